import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  DescribeScheduledActionsCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, installChurnModel, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

// An auto-scaled endpoint, deployed with scheduled capacity, then rolled back across an instance-type
// change: the path on which deploy-endpoint and rollback use all of their Application Auto Scaling
// permissions, deploy-endpoint removes the threshold alarms it made for the update, and rollback checks
// the alarms that guard it.

let emulator: RunningEmulator;
let modelData: string;
let awsEnv: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  modelData = await installChurnModel(emulator);
  awsEnv = awsEnvironment(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const endpoint = 'churn-scaled';
const resourceId = `endpoint/${endpoint}/variant/AllTraffic`;
const deployInputs = (release: string, instanceType: string) => ({
  'endpoint-name': endpoint,
  image: CHURN_IMAGE,
  'model-data-url': modelData,
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
  'instance-count': '2',
  'instance-type': instanceType,
  environment: `RELEASE: "${release}"`,
  'autoscaling-min': '1',
  'autoscaling-max': '4',
  'autoscaling-target-invocations': '70',
  'autoscaling-schedule': '- schedule: cron(0 8 * * ? *)\n  min: 2\n  max: 4',
});

describe('rollback of an auto-scaled endpoint, the bundled actions against the emulator', () => {
  it('rolls back across an instance-type change and restores the target, its policy and its schedule', async () => {
    const first = await runAction('deploy-endpoint', {
      inputs: deployInputs('1', 'ml.m5.large'),
      env: awsEnv,
    });
    expect(first.errors).toEqual([]);
    // Threshold alarms that guard the update only, deleted once it is done.
    const second = await runAction('deploy-endpoint', {
      inputs: {
        ...deployInputs('2', 'ml.m5.xlarge'),
        'alarm-thresholds': '5xx-rate=50%',
        'keep-alarms': 'false',
      },
      env: awsEnv,
    });
    expect(second.errors).toEqual([]);
    const cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
    expect(emulator.log.list({ operation: 'PutMetricAlarm' })).not.toEqual([]);
    expect((await cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);

    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'churn-scaled-latency',
        Namespace: 'AWS/SageMaker',
        MetricName: 'ModelLatency',
        Dimensions: [
          { Name: 'EndpointName', Value: endpoint },
          { Name: 'VariantName', Value: 'AllTraffic' },
        ],
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1_000_000,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    const run = await runAction('rollback', {
      inputs: { 'endpoint-name': endpoint, alarms: 'churn-scaled-latency', reason: 'release 2 is slower' },
      env: awsEnv,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['rolled-back-to']).toBe(first.outputs['endpoint-config-name']);
    expect(run.stdout).toContain(`Auto scaling of ${resourceId} restored.`);

    const sagemaker = new SageMakerClient(sdkClientConfig(emulator));
    const served = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: endpoint }));
    expect(served.EndpointConfigName).toBe(first.outputs['endpoint-config-name']);
    const autoscaling = new ApplicationAutoScalingClient(sdkClientConfig(emulator));
    const scope = { ServiceNamespace: 'sagemaker' as const, ResourceId: resourceId };
    const targets = await autoscaling.send(
      new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ResourceIds: [resourceId] }),
    );
    expect(targets.ScalableTargets).toEqual([expect.objectContaining({ MinCapacity: 1, MaxCapacity: 4 })]);
    const policies = await autoscaling.send(new DescribeScalingPoliciesCommand(scope));
    expect(policies.ScalingPolicies?.map((p) => p.PolicyName)).toEqual([`${endpoint}-invocations`]);
    const scheduled = await autoscaling.send(new DescribeScheduledActionsCommand(scope));
    expect(scheduled.ScheduledActions).toEqual([
      expect.objectContaining({
        ScheduledActionName: `${endpoint}-schedule-1`,
        Schedule: 'cron(0 8 * * ? *)',
        ScalableTargetAction: { MinCapacity: 2, MaxCapacity: 4 },
      }),
    ]);
  });
});
