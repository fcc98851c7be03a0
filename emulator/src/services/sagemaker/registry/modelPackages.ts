import type {
  AdditionalInferenceSpecificationDefinition,
  CreateModelPackageGroupInput,
  CreateModelPackageGroupOutput,
  CreateModelPackageInput,
  CreateModelPackageOutput,
  DeleteModelPackageGroupInput,
  DescribeModelPackageGroupInput,
  DescribeModelPackageGroupOutput,
  DescribeModelPackageInput,
  DescribeModelPackageOutput,
  ListModelPackageGroupsInput,
  ListModelPackageGroupsOutput,
  ListModelPackagesInput,
  ListModelPackagesOutput,
  UpdateModelPackageInput,
  UpdateModelPackageOutput,
} from '@aws-sdk/client-sagemaker';
import { validationError, AwsError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import type { SageMakerContext } from '../index';
import {
  APPROVAL,
  listModelPackageGroups,
  listModelPackages,
  type ModelPackage,
  type PackageGroup,
} from './modelPackageListing';
import { checkEnum, checkName, constraints, requireMember } from '../validation';

const METADATA_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_INFERENCE_SPECIFICATIONS = 15;

interface PackageRecord extends ModelPackage {
  request: CreateModelPackageInput;
  approvalDescription?: string;
  metadata: Record<string, string>;
  additional: AdditionalInferenceSpecificationDefinition[];
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

/** AdditionalInferenceSpecifications: named, 1–15 containers each, at most 15 in all, names unique. */
function checkAdditionalSpecifications(
  current: AdditionalInferenceSpecificationDefinition[],
  added: AdditionalInferenceSpecificationDefinition[] | undefined,
  member: string,
): AdditionalInferenceSpecificationDefinition[] {
  if (added === undefined) return current;
  constraints.count(added, member, 1, MAX_INFERENCE_SPECIFICATIONS);
  const names = new Set(current.map((s) => s.Name));
  added.forEach((spec, index) => {
    const name = checkName(spec.Name, `${member}.${index + 1}.member.name`);
    if (names.has(name)) {
      throw validationError(
        `An additional inference specification named "${name}" already exists on this model package; names must be unique.`,
      );
    }
    names.add(name);
    const containers = spec.Containers ?? [];
    if (containers.length < 1 || containers.length > 15) {
      throw validationError(`${member}.${index + 1}.Containers must have 1 to 15 containers.`);
    }
    containers.forEach((c, i) =>
      requireMember(c.Image, `${member}.${index + 1}.member.containers.${i + 1}.member.image`),
    );
  });
  const all = [...current, ...added];
  if (all.length > MAX_INFERENCE_SPECIFICATIONS) {
    throw validationError(
      `A model package can have at most ${MAX_INFERENCE_SPECIFICATIONS} additional inference specifications; this would make ${all.length}.`,
    );
  }
  return all;
}

/** Where a new package goes: a version in a group, or an unversioned package under its own name. */
function placementOf(input: CreateModelPackageInput): { group: string } | { name: string } {
  if (input.ModelPackageName !== undefined && input.ModelPackageGroupName !== undefined) {
    throw validationError(
      'ModelPackageName and ModelPackageGroupName cannot both be given: give ModelPackageGroupName for a versioned package, or ModelPackageName for an unversioned one.',
    );
  }
  if (input.ModelPackageGroupName !== undefined)
    return { group: requireMember(input.ModelPackageGroupName, 'modelPackageGroupName') };
  if (input.ModelPackageName !== undefined)
    return { name: checkName(input.ModelPackageName, 'modelPackageName') };
  throw validationError(
    'Either ModelPackageGroupName (a versioned package) or ModelPackageName (an unversioned package) must be given.',
  );
}

function checkPackage(input: CreateModelPackageInput): void {
  checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
  constraints.length(input.ModelPackageDescription, 'modelPackageDescription', 0, 1024);
  const containers = input.InferenceSpecification?.Containers ?? [];
  if (input.InferenceSpecification && (containers.length < 1 || containers.length > 15)) {
    throw validationError('InferenceSpecification.Containers must have 1 to 15 containers.');
  }
  for (const container of containers)
    requireMember(container.Image, 'inferenceSpecification.containers.member.image');
  checkMetadata(input.CustomerMetadataProperties);
}

/**
 * The model registry: versioned packages in groups and unversioned packages by name, with approval
 * status, metrics, metadata and additional inference specifications.
 */
export function modelPackageOperations(sm: SageMakerContext) {
  const groups = new Map<string, PackageGroup>();
  const packages = new Map<string, PackageRecord>();
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
      packages.get(nameOrArn) ??
      [...packages.values()].find((p) =>
        p.group === undefined ? p.name === nameOrArn : `${p.group}/${p.version}` === nameOrArn,
      );
    if (!found) throw validationError(`ModelPackage ${nameOrArn} does not exist.`);
    return found;
  };
  const describe = (p: PackageRecord): DescribeModelPackageOutput => ({
    ModelPackageName: p.name,
    ModelPackageGroupName: p.group,
    ModelPackageVersion: p.version,
    ModelPackageArn: p.arn,
    ModelPackageDescription: p.description,
    CreationTime: p.creationTime,
    LastModifiedTime: p.lastModifiedTime,
    InferenceSpecification: p.request.InferenceSpecification,
    AdditionalInferenceSpecifications: p.additional.length ? p.additional : undefined,
    ModelApprovalStatus: p.approval,
    ApprovalDescription: p.approvalDescription,
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    ModelMetrics: p.request.ModelMetrics,
    CustomerMetadataProperties: Object.keys(p.metadata).length ? p.metadata : undefined,
    Domain: p.request.Domain,
    Task: p.request.Task,
  });

  /** A new package's name, ARN, group and version; a group's version counter moves only on success. */
  const identify = (input: CreateModelPackageInput, ctx: RequestContext) => {
    const placement = placementOf(input);
    if ('name' in placement) {
      const arn = sagemakerArn(ctx, 'model-package', placement.name);
      if (packages.has(arn)) throw validationError(`Model Package ${arn} already exists.`);
      return { name: placement.name, arn, commit: () => undefined };
    }
    const group = groupOf(placement.group);
    const version = group.versions + 1;
    return {
      name: group.name,
      group: group.name,
      version,
      arn: sagemakerArn(ctx, 'model-package', `${group.name}/${version}`),
      commit: () => {
        group.versions = version;
      },
    };
  };

  const describeGroup = (group: PackageGroup): DescribeModelPackageGroupOutput => ({
    ModelPackageGroupName: group.name,
    ModelPackageGroupArn: group.arn,
    ModelPackageGroupDescription: group.description,
    CreationTime: group.creationTime,
    ModelPackageGroupStatus: 'Completed',
    // Required in the API model; its members name a Studio user or IAM identity the emulator does not track.
    CreatedBy: {},
  });
  sm.searchable.register('ModelPackage', () =>
    [...packages.values()].map((p) => ({ ...describe(p), Tags: sm.tags.list(p.arn) })),
  );
  sm.searchable.register('ModelPackageGroup', () =>
    [...groups.values()].map((g) => ({ ...describeGroup(g), Tags: sm.tags.list(g.arn) })),
  );

  return {
    CreateModelPackageGroup: (
      input: CreateModelPackageGroupInput,
      ctx: RequestContext,
    ): CreateModelPackageGroupOutput => {
      const name = checkName(input.ModelPackageGroupName, 'modelPackageGroupName');
      constraints.length(input.ModelPackageGroupDescription, 'modelPackageGroupDescription', 0, 1024);
      if ([...groups.values()].some((g) => g.name.toLowerCase() === name.toLowerCase())) {
        throw validationError(`Model Package Group already exists: ${groupArn(ctx, name)}`);
      }
      const arn = groupArn(ctx, name);
      sm.tags.set(arn, input.Tags);
      groups.set(name, {
        name,
        arn,
        description: input.ModelPackageGroupDescription,
        creationTime: now(),
        versions: 0,
      });
      return { ModelPackageGroupArn: arn };
    },
    DescribeModelPackageGroup: (input: DescribeModelPackageGroupInput): DescribeModelPackageGroupOutput => {
      return describeGroup(groupOf(requireMember(input.ModelPackageGroupName, 'modelPackageGroupName')));
    },
    ListModelPackageGroups: (input: ListModelPackageGroupsInput): ListModelPackageGroupsOutput =>
      listModelPackageGroups(groups.values(), input),
    // DeleteModelPackageGroup answers with an empty body.
    DeleteModelPackageGroup: (input: DeleteModelPackageGroupInput): Record<string, never> => {
      const group = groupOf(requireMember(input.ModelPackageGroupName, 'modelPackageGroupName'));
      if ([...packages.values()].some((p) => p.group === group.name)) {
        throw new AwsError(
          'ConflictException',
          `Model Package Group ${group.name} still has model packages; delete them first.`,
        );
      }
      groups.delete(group.name);
      sm.tags.forget(group.arn);
      return {};
    },
    CreateModelPackage: (input: CreateModelPackageInput, ctx: RequestContext): CreateModelPackageOutput => {
      const target = identify(input, ctx);
      checkPackage(input);
      const additional = checkAdditionalSpecifications(
        [],
        input.AdditionalInferenceSpecifications,
        'additionalInferenceSpecifications',
      );
      sm.tags.set(target.arn, input.Tags);
      target.commit();
      packages.set(target.arn, {
        name: target.name,
        group: target.group,
        version: target.version,
        arn: target.arn,
        description: input.ModelPackageDescription,
        creationTime: now(),
        lastModifiedTime: now(),
        request: input,
        approval: input.ModelApprovalStatus ?? 'PendingManualApproval',
        metadata: { ...input.CustomerMetadataProperties },
        additional,
      });
      return { ModelPackageArn: target.arn };
    },
    DescribeModelPackage: (input: DescribeModelPackageInput): DescribeModelPackageOutput =>
      describe(packageOf(requireMember(input.ModelPackageName, 'modelPackageName'))),
    ListModelPackages: (input: ListModelPackagesInput): ListModelPackagesOutput =>
      listModelPackages(
        packages.values(),
        input,
        input.ModelPackageGroupName ? groupOf(input.ModelPackageGroupName).name : undefined,
      ),
    UpdateModelPackage: (input: UpdateModelPackageInput): UpdateModelPackageOutput => {
      const pkg = packageOf(requireMember(input.ModelPackageArn, 'modelPackageArn'));
      checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
      checkMetadata(input.CustomerMetadataProperties);
      // Validated before anything changes, so a refused update leaves the package as it was.
      const additional = checkAdditionalSpecifications(
        pkg.additional,
        input.AdditionalInferenceSpecificationsToAdd,
        'additionalInferenceSpecificationsToAdd',
      );
      if (input.ModelApprovalStatus) pkg.approval = input.ModelApprovalStatus;
      if (input.ApprovalDescription !== undefined) pkg.approvalDescription = input.ApprovalDescription;
      Object.assign(pkg.metadata, input.CustomerMetadataProperties ?? {});
      for (const key of input.CustomerMetadataPropertiesToRemove ?? []) delete pkg.metadata[key];
      if (input.InferenceSpecification)
        pkg.request = { ...pkg.request, InferenceSpecification: input.InferenceSpecification };
      pkg.additional = additional;
      pkg.lastModifiedTime = now();
      return { ModelPackageArn: pkg.arn };
    },
  };
}
