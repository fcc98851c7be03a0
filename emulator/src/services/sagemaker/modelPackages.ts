import { validationError, AwsError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import { sagemakerArn } from './arn';
import type { SageMakerContext } from './index';
import { checkEnum, checkName, checkRange, paginate, requireMember } from './validation';

const APPROVAL = ['Approved', 'Rejected', 'PendingManualApproval'];
const METADATA_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

interface PackageGroup {
  name: string;
  arn: string;
  description?: string;
  creationTime: Date;
  versions: number;
}

interface ModelPackage {
  group: string;
  version: number;
  arn: string;
  creationTime: Date;
  lastModifiedTime: Date;
  request: Record<string, any>;
  approval: string;
  approvalDescription?: string;
  metadata: Record<string, string>;
}

function checkMetadata(properties: Record<string, string> | undefined): void {
  if (!properties) return;
  const entries = Object.entries(properties);
  if (entries.length < 1 || entries.length > 50)
    throw validationError('CustomerMetadataProperties must have 1 to 50 entries.');
  for (const [key, value] of entries) {
    if (key.length < 1 || key.length > 128 || !METADATA_PATTERN.test(key))
      throw validationError(`Invalid CustomerMetadataProperties key "${key}".`);
    if (value.length < 1 || value.length > 256 || !METADATA_PATTERN.test(value))
      throw validationError(`Invalid CustomerMetadataProperties value for "${key}".`);
  }
}

/** CreationTimeAfter/CreationTimeBefore (epoch seconds on the wire) as a filter on creation time. */
function creationWindow(input: Record<string, any>): (item: { creationTime: Date }) => boolean {
  const after = input.CreationTimeAfter !== undefined ? Number(input.CreationTimeAfter) * 1000 : undefined;
  const before = input.CreationTimeBefore !== undefined ? Number(input.CreationTimeBefore) * 1000 : undefined;
  return (item) =>
    (after === undefined || item.creationTime.getTime() > after) &&
    (before === undefined || item.creationTime.getTime() < before);
}

/** The model registry: versioned packages in groups, with approval status, metrics and metadata. */
export function modelPackageOperations(sm: SageMakerContext) {
  const groups = new Map<string, PackageGroup>();
  const packages = new Map<string, ModelPackage>();
  sm.env.onReset(() => {
    groups.clear();
    packages.clear();
  });
  const now = () => new Date(sm.env.clock.now());
  const groupArn = (ctx: RequestContext, name: string) => sagemakerArn(ctx, 'model-package-group', name);
  const groupOf = (nameOrArn: string) => {
    const name = nameOrArn.startsWith('arn:') ? (nameOrArn.split('/').pop() ?? '') : nameOrArn;
    const group = [...groups.values()].find((g) => g.name.toLowerCase() === name.toLowerCase());
    if (!group) throw validationError(`Model Package Group ${name} does not exist.`);
    return group;
  };
  const packageOf = (nameOrArn: string) => {
    const found =
      packages.get(nameOrArn) ?? [...packages.values()].find((p) => `${p.group}/${p.version}` === nameOrArn);
    if (!found) throw validationError(`ModelPackage ${nameOrArn} does not exist.`);
    return found;
  };
  const describe = (p: ModelPackage) => ({
    ModelPackageName: p.group,
    ModelPackageGroupName: p.group,
    ModelPackageVersion: p.version,
    ModelPackageArn: p.arn,
    ModelPackageDescription: p.request.ModelPackageDescription,
    CreationTime: p.creationTime,
    LastModifiedTime: p.lastModifiedTime,
    InferenceSpecification: p.request.InferenceSpecification,
    ModelApprovalStatus: p.approval,
    ApprovalDescription: p.approvalDescription,
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    ModelMetrics: p.request.ModelMetrics,
    CustomerMetadataProperties: Object.keys(p.metadata).length ? p.metadata : undefined,
    Domain: p.request.Domain,
    Task: p.request.Task,
  });

  return {
    CreateModelPackageGroup: (input: Record<string, any>, ctx: RequestContext) => {
      const name = checkName(input.ModelPackageGroupName, 'modelPackageGroupName');
      if ((input.ModelPackageGroupDescription ?? '').length > 1024)
        throw validationError('ModelPackageGroupDescription is at most 1024 characters.');
      if ([...groups.values()].some((g) => g.name.toLowerCase() === name.toLowerCase())) {
        throw validationError(`Model Package Group already exists: ${groupArn(ctx, name)}`);
      }
      const arn = groupArn(ctx, name);
      groups.set(name, {
        name,
        arn,
        description: input.ModelPackageGroupDescription,
        creationTime: now(),
        versions: 0,
      });
      sm.tags.set(arn, input.Tags);
      return { ModelPackageGroupArn: arn };
    },
    DescribeModelPackageGroup: (input: Record<string, any>) => {
      const group = groupOf(requireMember(input.ModelPackageGroupName, 'modelPackageGroupName'));
      return {
        ModelPackageGroupName: group.name,
        ModelPackageGroupArn: group.arn,
        ModelPackageGroupDescription: group.description,
        CreationTime: group.creationTime,
        ModelPackageGroupStatus: 'Completed',
      };
    },
    ListModelPackageGroups: (input: Record<string, any>) => {
      checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime']);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const created = creationWindow(input);
      const items = [...groups.values()]
        .filter((g) => (!input.NameContains || g.name.includes(input.NameContains)) && created(g))
        .sort((a, b) =>
          input.SortBy === 'Name'
            ? a.name.localeCompare(b.name)
            : a.creationTime.getTime() - b.creationTime.getTime(),
        );
      // The documented default order is Ascending, as for ListModelPackages.
      if (input.SortOrder === 'Descending') items.reverse();
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        ModelPackageGroupSummaryList: page.map((g) => ({
          ModelPackageGroupName: g.name,
          ModelPackageGroupArn: g.arn,
          CreationTime: g.creationTime,
          ModelPackageGroupStatus: 'Completed',
        })),
        NextToken: next,
      };
    },
    DeleteModelPackageGroup: (input: Record<string, any>) => {
      const group = groupOf(requireMember(input.ModelPackageGroupName, 'modelPackageGroupName'));
      if ([...packages.values()].some((p) => p.group === group.name)) {
        throw new AwsError(
          'ConflictException',
          `Model Package Group ${group.name} still has model packages; delete them first.`,
        );
      }
      groups.delete(group.name);
      return {};
    },
    CreateModelPackage: (input: Record<string, any>, ctx: RequestContext) => {
      const group = groupOf(requireMember(input.ModelPackageGroupName, 'modelPackageGroupName'));
      checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
      if ((input.ModelPackageDescription ?? '').length > 1024)
        throw validationError(
          "1 validation error detected: Value at 'modelPackageDescription' failed to satisfy constraint: Member must have length less than or equal to 1024",
        );
      const containers = input.InferenceSpecification?.Containers ?? [];
      if (input.InferenceSpecification && (containers.length < 1 || containers.length > 15)) {
        throw validationError('InferenceSpecification.Containers must have 1 to 15 containers.');
      }
      for (const container of containers)
        requireMember(container.Image, 'inferenceSpecification.containers.member.image');
      checkMetadata(input.CustomerMetadataProperties);
      group.versions += 1;
      const arn = sagemakerArn(ctx, 'model-package', `${group.name}/${group.versions}`);
      packages.set(arn, {
        group: group.name,
        version: group.versions,
        arn,
        creationTime: now(),
        lastModifiedTime: now(),
        request: input,
        approval: input.ModelApprovalStatus ?? 'PendingManualApproval',
        metadata: { ...input.CustomerMetadataProperties },
      });
      sm.tags.set(arn, input.Tags);
      return { ModelPackageArn: arn };
    },
    DescribeModelPackage: (input: Record<string, any>) =>
      describe(packageOf(requireMember(input.ModelPackageName, 'modelPackageName'))),
    ListModelPackages: (input: Record<string, any>) => {
      checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime']);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
      checkEnum(input.ModelPackageType, 'modelPackageType', ['Versioned', 'Unversioned', 'Both']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const group = input.ModelPackageGroupName ? groupOf(input.ModelPackageGroupName).name : undefined;
      const created = creationWindow(input);
      // Only versioned packages exist here. The documented type default is Unversioned, yet callers that
      // filter by group (the AWS templates) leave the type out and get versions, so only an explicit
      // Unversioned empties the list.
      const items = [...packages.values()]
        .filter(
          (p) =>
            input.ModelPackageType !== 'Unversioned' &&
            (!group || p.group === group) &&
            (!input.ModelApprovalStatus || p.approval === input.ModelApprovalStatus) &&
            (!input.NameContains || p.group.includes(input.NameContains)) &&
            created(p),
        )
        .sort((a, b) =>
          input.SortBy === 'Name'
            ? a.group.localeCompare(b.group) || a.version - b.version
            : a.creationTime.getTime() - b.creationTime.getTime() || a.version - b.version,
        );
      // The documented default order is Ascending.
      if (input.SortOrder === 'Descending') items.reverse();
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        ModelPackageSummaryList: page.map((p) => ({
          ModelPackageName: p.group,
          ModelPackageGroupName: p.group,
          ModelPackageVersion: p.version,
          ModelPackageArn: p.arn,
          CreationTime: p.creationTime,
          ModelPackageStatus: 'Completed',
          ModelApprovalStatus: p.approval,
        })),
        NextToken: next,
      };
    },
    UpdateModelPackage: (input: Record<string, any>) => {
      const pkg = packageOf(requireMember(input.ModelPackageArn, 'modelPackageArn'));
      checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
      checkMetadata(input.CustomerMetadataProperties);
      if (input.ModelApprovalStatus) pkg.approval = input.ModelApprovalStatus;
      if (input.ApprovalDescription !== undefined) pkg.approvalDescription = input.ApprovalDescription;
      Object.assign(pkg.metadata, input.CustomerMetadataProperties ?? {});
      for (const key of input.CustomerMetadataPropertiesToRemove ?? []) delete pkg.metadata[key];
      if (input.InferenceSpecification)
        pkg.request = { ...pkg.request, InferenceSpecification: input.InferenceSpecification };
      pkg.lastModifiedTime = now();
      return { ModelPackageArn: pkg.arn };
    },
  };
}
