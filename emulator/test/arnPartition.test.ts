import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateModelPackageGroupCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { partitionOf } from '../src/services/sagemaker/arn';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.stop();
});

describe('ARN partitions', () => {
  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['eu-west-1', 'aws'],
  ])('a group created in %s has an ARN in the %s partition', async (region, partition) => {
    const sagemaker = new SageMakerClient({ ...sdkClientConfig(emulator), region });
    const created = await sagemaker.send(
      new CreateModelPackageGroupCommand({ ModelPackageGroupName: `group-${region}` }),
    );
    expect(created.ModelPackageGroupArn).toBe(
      `arn:${partition}:sagemaker:${region}:123456789012:model-package-group/group-${region}`,
    );
    expect(partitionOf(region)).toBe(partition);
  });
});
