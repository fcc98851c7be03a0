import type {
  ListModelPackageGroupsInput,
  ListModelPackageGroupsOutput,
  ListModelPackagesInput,
  ListModelPackagesOutput,
  ModelApprovalStatus,
} from '@aws-sdk/client-sagemaker';
import { checkEnum, checkRange, paginate } from '../validation';

export const APPROVAL: ModelApprovalStatus[] = ['Approved', 'Rejected', 'PendingManualApproval'];

export interface PackageGroup {
  name: string;
  arn: string;
  description?: string;
  creationTime: Date;
  versions: number;
}

/** A versioned package has a group and a version; an unversioned one only its own name. */
export interface ModelPackage {
  name: string;
  group?: string;
  version?: number;
  arn: string;
  description?: string;
  creationTime: Date;
  lastModifiedTime: Date;
  approval: ModelApprovalStatus;
}

/** Timestamps arrive as epoch seconds (a number, or a string from some clients), typed as Date by the SDK. */
function epochMs(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.getTime();
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(value));
}

function createdWithin(input: { CreationTimeAfter?: unknown; CreationTimeBefore?: unknown }) {
  const after = epochMs(input.CreationTimeAfter);
  const before = epochMs(input.CreationTimeBefore);
  return (item: { creationTime: Date }) =>
    (after === undefined || item.creationTime.getTime() > after) &&
    (before === undefined || item.creationTime.getTime() < before);
}

/**
 * Which kinds of package a listing shows. The documented default is Unversioned; a listing of one group
 * without a type (what the AWS templates send) shows that group's versions, since a group holds nothing else.
 */
function typeFilter(input: ListModelPackagesInput): (p: ModelPackage) => boolean {
  const type = input.ModelPackageType ?? (input.ModelPackageGroupName ? 'Versioned' : 'Unversioned');
  if (type === 'Both') return () => true;
  return type === 'Versioned' ? (p) => p.group !== undefined : (p) => p.group === undefined;
}

/** ListModelPackages: filters, CreationTime or Name order (Ascending by default), then pages. */
export function listModelPackages(
  packages: Iterable<ModelPackage>,
  input: ListModelPackagesInput,
  groupName: string | undefined,
): ListModelPackagesOutput {
  checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime']);
  checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
  checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
  checkEnum(input.ModelPackageType, 'modelPackageType', ['Versioned', 'Unversioned', 'Both']);
  checkRange(input.MaxResults, 'maxResults', 1, 100);
  const ofType = typeFilter(input);
  const created = createdWithin(input);
  const items = [...packages]
    .filter(
      (p) =>
        ofType(p) &&
        (!groupName || p.group === groupName) &&
        (!input.ModelApprovalStatus || p.approval === input.ModelApprovalStatus) &&
        (!input.NameContains || p.name.includes(input.NameContains)) &&
        created(p),
    )
    .sort((a, b) =>
      input.SortBy === 'Name'
        ? a.name.localeCompare(b.name) || (a.version ?? 0) - (b.version ?? 0)
        : a.creationTime.getTime() - b.creationTime.getTime() || (a.version ?? 0) - (b.version ?? 0),
    );
  if (input.SortOrder === 'Descending') items.reverse();
  const { page, next } = paginate(items, input.MaxResults, input.NextToken);
  return {
    ModelPackageSummaryList: page.map((p) => ({
      ModelPackageName: p.name,
      ModelPackageGroupName: p.group,
      ModelPackageVersion: p.version,
      ModelPackageArn: p.arn,
      ModelPackageDescription: p.description,
      CreationTime: p.creationTime,
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: p.approval,
    })),
    NextToken: next,
  };
}

/** ListModelPackageGroups: NameContains and creation window, Ascending by default, then pages. */
export function listModelPackageGroups(
  groups: Iterable<PackageGroup>,
  input: ListModelPackageGroupsInput,
): ListModelPackageGroupsOutput {
  checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime']);
  checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
  checkRange(input.MaxResults, 'maxResults', 1, 100);
  const created = createdWithin(input);
  const items = [...groups]
    .filter((g) => (!input.NameContains || g.name.includes(input.NameContains)) && created(g))
    .sort((a, b) =>
      input.SortBy === 'Name'
        ? a.name.localeCompare(b.name)
        : a.creationTime.getTime() - b.creationTime.getTime(),
    );
  if (input.SortOrder === 'Descending') items.reverse();
  const { page, next } = paginate(items, input.MaxResults, input.NextToken);
  return {
    ModelPackageGroupSummaryList: page.map((g) => ({
      ModelPackageGroupName: g.name,
      ModelPackageGroupArn: g.arn,
      ModelPackageGroupDescription: g.description,
      CreationTime: g.creationTime,
      ModelPackageGroupStatus: 'Completed',
    })),
    NextToken: next,
  };
}
