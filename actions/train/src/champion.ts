import { GetObjectCommand } from '@aws-sdk/client-s3';
import { DescribeModelPackageCommand, ListModelPackagesCommand } from '@aws-sdk/client-sagemaker';
import { metricsOfReport, splitS3Uri } from './metricsReport';
import type { TrainPorts } from './ports';

/** The newest Approved version of the group, and its metrics from the report registered with it. */
export interface Champion {
  arn: string;
  version?: number;
  metrics: Record<string, number>;
}

/**
 * The champion of a model package group, or undefined when the group has no Approved version (or does
 * not exist yet). ListModelPackages sorts Ascending by default, so the newest needs Descending.
 */
export async function findChampion(
  ports: Pick<TrainPorts, 'sagemaker' | 's3'>,
  group: string,
): Promise<Champion | undefined> {
  const listed = await ports.sagemaker
    .send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: group,
        ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    )
    .catch((err: unknown) => {
      if (isMissingGroup(err)) return { ModelPackageSummaryList: [] };
      throw err;
    });
  const arn = listed.ModelPackageSummaryList?.[0]?.ModelPackageArn;
  if (!arn) return undefined;
  const described = await ports.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
  const reportUri = described.ModelMetrics?.ModelQuality?.Statistics?.S3Uri;
  return {
    arn,
    version: described.ModelPackageVersion,
    metrics: reportUri ? await readReport(ports, reportUri) : {},
  };
}

async function readReport(ports: Pick<TrainPorts, 's3'>, uri: string): Promise<Record<string, number>> {
  try {
    const object = await ports.s3.send(new GetObjectCommand(splitS3Uri(uri)));
    return metricsOfReport((await object.Body?.transformToString()) ?? '');
  } catch (err) {
    // A report that is gone leaves a champion without metrics: its conditions then fail, saying so.
    if ((err as { name?: string }).name === 'NoSuchKey') return {};
    throw err;
  }
}

/** A group that does not exist yet has no champion; it is created when the first version is registered. */
export const isMissingGroup = (err: unknown) =>
  (err as { name?: string }).name === 'ValidationException' && /does not exist/i.test((err as Error).message);
