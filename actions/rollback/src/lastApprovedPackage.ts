import type { ModelPackageSummary } from '@aws-sdk/client-sagemaker';

/**
 * The newest Approved package that is not excluded (the one serving now, and the one an in-flight
 * update is deploying). The list comes sorted newest first; sorting again guards against a service or
 * a page that does not honour SortOrder, whose documented default is Ascending.
 */
export function pickLastApproved(
  summaries: ModelPackageSummary[],
  excludedArns: ReadonlySet<string>,
): ModelPackageSummary | undefined {
  return [...summaries]
    .filter((s) => s.ModelApprovalStatus === undefined || s.ModelApprovalStatus === 'Approved')
    .filter((s) => s.ModelPackageArn && !excludedArns.has(s.ModelPackageArn))
    .sort((a, b) => (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0))[0];
}
