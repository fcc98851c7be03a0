import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from './sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
beforeAll(async () => {
  emulator = await startEmulator();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

const spec = (tag: string) => ({
  Containers: [{ Image: `repo/churn:${tag}`, ModelDataUrl: `s3://b/${tag}.tar.gz` }],
  SupportedContentTypes: ['application/json'],
  SupportedResponseMIMETypes: ['application/json'],
});

describe('the model registry', () => {
  it('versions packages in a group, sorts and filters them, and records approvals', async () => {
    await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    const arns: string[] = [];
    for (const [tag, status] of [
      ['v1', 'Approved'],
      ['v2', 'Approved'],
      ['v3', 'PendingManualApproval'],
    ] as const) {
      const created = await sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: 'churn',
          InferenceSpecification: spec(tag),
          ModelApprovalStatus: status,
          CustomerMetadataProperties: { commit: tag },
        }),
      );
      arns.push(created.ModelPackageArn as string);
    }
    expect(arns).toEqual(
      [1, 2, 3].map((v) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/${v}`),
    );

    const ascending = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn' }));
    expect(ascending.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([1, 2, 3]);
    const newestApproved = await sagemaker.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: 'churn',
        ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    );
    expect(newestApproved.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([2]);

    await sagemaker.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: arns[1],
        ModelApprovalStatus: 'Rejected',
        ApprovalDescription: 'p99 regression',
      }),
    );
    const rejected = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arns[1] }));
    expect(rejected).toMatchObject({
      ModelApprovalStatus: 'Rejected',
      ApprovalDescription: 'p99 regression',
      ModelPackageVersion: 2,
      CustomerMetadataProperties: { commit: 'v2' },
    });
    expect(rejected.InferenceSpecification?.Containers?.[0]?.Image).toBe('repo/churn:v2');
  });

  it('rejects a missing group and a bad approval status', async () => {
    await expect(
      sagemaker.send(
        new CreateModelPackageCommand({ ModelPackageGroupName: 'nope', InferenceSpecification: spec('x') }),
      ),
    ).rejects.toThrow(/does not exist/);
    await expect(
      sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: 'churn',
          InferenceSpecification: spec('x'),
          ModelApprovalStatus: 'Maybe' as never,
        }),
      ),
    ).rejects.toThrow(/enum value set/);
  });
});
