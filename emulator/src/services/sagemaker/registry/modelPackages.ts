import type {
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
import { checkEnum, checkName, constraints, requireMember } from '../validation';
import {
  APPROVAL,
  listModelPackageGroups,
  listModelPackages,
  type PackageGroup,
} from './modelPackageListing';
import { checkAdditionalSpecifications, checkMetadata, checkPackage } from './modelPackageRequests';
import { ModelRegistry, type PackageRecord } from './registryStore';

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

const describeGroup = (group: PackageGroup): DescribeModelPackageGroupOutput => ({
  ModelPackageGroupName: group.name,
  ModelPackageGroupArn: group.arn,
  ModelPackageGroupDescription: group.description,
  CreationTime: group.creationTime,
  ModelPackageGroupStatus: 'Completed',
  // Required in the API model; its members name a Studio user or IAM identity the emulator does not track.
  CreatedBy: {},
});

/**
 * The model registry: versioned packages in groups and unversioned packages by name, with approval
 * status, metrics, metadata and additional inference specifications.
 */
export function modelPackageOperations(sm: SageMakerContext) {
  const registry = new ModelRegistry();
  const { groups, packages } = registry;
  sm.env.onReset(() => registry.clear());
  const now = () => new Date(sm.env.clock.now());
  const groupArn = (ctx: RequestContext, name: string) => sagemakerArn(ctx, 'model-package-group', name);
  const groupOf = (nameOrArn: string) => registry.groupOf(nameOrArn);
  const packageOf = (nameOrArn: string) => registry.packageOf(nameOrArn);
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
      const target = registry.place(input, ctx);
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
