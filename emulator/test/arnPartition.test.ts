import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateModelPackageGroupCommand,
  CreatePipelineCommand,
  CreateTrainingJobCommand,
  SageMakerClient,
  StartPipelineExecutionCommand,
} from '@aws-sdk/client-sagemaker';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { startEmulator, type RunningEmulator } from '../src';
import { partitionOf } from '../src/services/sagemaker/arn';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { trainingJobRequest } from './trainingFixture';

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

  it('gives training jobs, pipelines and their executions the partition of their region', async () => {
    const region = 'cn-north-1';
    const sagemaker = new SageMakerClient({ ...sdkClientConfig(emulator), region });
    const prefix = `arn:aws-cn:sagemaker:${region}:123456789012`;
    const job = await sagemaker.send(
      new CreateTrainingJobCommand({
        ...trainingJobRequest('partitioned-job', 's3://training-data/none'),
        RoleArn: 'arn:aws-cn:iam::123456789012:role/SageMakerExecution',
      }),
    );
    expect(job.TrainingJobArn).toBe(`${prefix}:training-job/partitioned-job`);
    const pipeline = await sagemaker.send(
      new CreatePipelineCommand({
        PipelineName: 'partitioned-pipeline',
        RoleArn: 'arn:aws-cn:iam::123456789012:role/SageMakerExecution',
        PipelineDefinition: JSON.stringify({
          Version: '2020-12-01',
          Steps: [{ Name: 'Stop', Type: 'Fail', Arguments: { ErrorMessage: 'x' } }],
        }),
      }),
    );
    expect(pipeline.PipelineArn).toBe(`${prefix}:pipeline/partitioned-pipeline`);
    const execution = await sagemaker.send(
      new StartPipelineExecutionCommand({ PipelineName: 'partitioned-pipeline' }),
    );
    expect(execution.PipelineExecutionArn).toMatch(
      new RegExp(`^${prefix}:pipeline/partitioned-pipeline/execution/[a-z0-9]{12}$`),
    );
  });

  it('gives CloudWatch alarms the partition of their region', async () => {
    const cloudwatch = new CloudWatchClient({ ...sdkClientConfig(emulator), region: 'cn-north-1' });
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'partitioned-alarm',
        Namespace: 'Shop',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    const described = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['partitioned-alarm'] }));
    expect(described.MetricAlarms?.[0]?.AlarmArn).toBe(
      'arn:aws-cn:cloudwatch:cn-north-1:123456789012:alarm:partitioned-alarm',
    );
  });
});
