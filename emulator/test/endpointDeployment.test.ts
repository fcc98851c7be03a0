import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeAlarmsCommand, CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  type DescribeEndpointCommandOutput,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import { CHURN_IMAGE, installChurnModel } from '../src/testing/churnModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let runtime: SageMakerRuntimeClient;
let cloudwatch: CloudWatchClient;
let modelData: string;

beforeAll(async () => {
  // At time scale 60 a 60 s bake or alarm period lasts one second.
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
  cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const role = 'arn:aws:iam::123456789012:role/sagemaker';

async function createModelAndConfig(
  name: string,
  environment: Record<string, string> = {},
  variants = [{ name: 'AllTraffic', count: 2, weight: 1 }],
) {
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: name,
      ExecutionRoleArn: role,
      PrimaryContainer: { Image: CHURN_IMAGE, ModelDataUrl: modelData, Environment: environment },
    }),
  );
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: variants.map((v) => ({
        VariantName: v.name,
        ModelName: name,
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: v.count,
        InitialVariantWeight: v.weight,
      })),
    }),
  );
}

const describe_ = (name: string) => sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));
const inService = (name: string) =>
  pollUntil(async () => {
    const ep = await describe_(name);
    return ep.EndpointStatus === 'InService' || ep.EndpointStatus === 'Failed' ? ep : undefined;
  });
const invoke = (name: string) =>
  runtime.send(
    new InvokeEndpointCommand({
      EndpointName: name,
      ContentType: 'application/json',
      Body: JSON.stringify({ instances: [[0.1, 0.9, 0.2]] }),
    }),
  );

describe('SageMaker endpoints served by real model processes', () => {
  it('creates an endpoint that turns InService and answers invocations', async () => {
    await createModelAndConfig('churn-v1');
    await sagemaker.send(
      new CreateEndpointCommand({ EndpointName: 'churn', EndpointConfigName: 'churn-v1' }),
    );
    expect((await describe_('churn')).EndpointStatus).toBe('Creating');
    const ep = await inService('churn');
    expect(ep.EndpointStatus).toBe('InService');
    expect(ep.ProductionVariants?.[0]).toMatchObject({ VariantName: 'AllTraffic', CurrentInstanceCount: 2 });
    const answer = await invoke('churn');
    expect(JSON.parse(Buffer.from(answer.Body as Uint8Array).toString())).toEqual({
      predictions: [expect.any(Number)],
    });
    expect(answer.InvokedProductionVariant).toBe('AllTraffic');
  });

  it('rejects an update while the endpoint is updating, as SageMaker does', async () => {
    await createModelAndConfig('churn-busy');
    await sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'churn',
        EndpointConfigName: 'churn-busy',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: {
              Type: 'CANARY',
              CanarySize: { Type: 'CAPACITY_PERCENT', Value: 50 },
              WaitIntervalInSeconds: 60,
            },
          },
        },
      }),
    );
    await expect(
      sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn', EndpointConfigName: 'churn-v1' })),
    ).rejects.toThrow(/Cannot update in-progress endpoint/);
    const ep = await inService('churn');
    expect(ep.EndpointConfigName).toBe('churn-busy');
  });

  it('completes a canary update, baking with traffic on both fleets, and ends on the new config', async () => {
    await createModelAndConfig('churn-v2');
    await sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'churn',
        EndpointConfigName: 'churn-v2',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: {
              Type: 'CANARY',
              CanarySize: { Type: 'CAPACITY_PERCENT', Value: 50 },
              WaitIntervalInSeconds: 60,
            },
            TerminationWaitInSeconds: 0,
          },
        },
      }),
    );
    const baking = await pollUntil(async () => {
      const ep = await describe_('churn');
      return ep.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status === 'Baking'
        ? ep
        : undefined;
    });
    expect(baking.EndpointStatus).toBe('Updating');
    expect(baking.PendingDeploymentSummary?.EndpointConfigName).toBe('churn-v2');
    const done = await inService('churn');
    expect(done).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-v2' });
    expect(done.FailureReason).toBeUndefined();
    await expect(invoke('churn')).resolves.toMatchObject({ InvokedProductionVariant: 'AllTraffic' });
  });

  it('rolls a canary back to the old config when the new model trips a 5XX alarm during the bake', async () => {
    await createModelAndConfig('churn-bad', { CHURN_MODEL_FAIL_RATE: '1' });
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'churn-bad-5xx',
        Namespace: 'AWS/SageMaker',
        MetricName: 'Invocation5XXErrors',
        Dimensions: [
          { Name: 'EndpointName', Value: 'churn' },
          { Name: 'VariantName', Value: 'AllTraffic' },
          { Name: 'EndpointConfigName', Value: 'churn-bad' },
        ],
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 0.01,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      }),
    );
    await sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'churn',
        EndpointConfigName: 'churn-bad',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: {
              Type: 'CANARY',
              CanarySize: { Type: 'CAPACITY_PERCENT', Value: 50 },
              WaitIntervalInSeconds: 300,
            },
          },
          AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'churn-bad-5xx' }] },
        },
      }),
    );
    // Traffic during the bake reaches the broken canary; its 5XX errors trip the alarm.
    let failures = 0;
    const ended: DescribeEndpointCommandOutput = await pollUntil(async () => {
      await invoke('churn').catch(() => (failures += 1));
      const ep = await describe_('churn');
      return ep.EndpointStatus === 'InService' ? ep : undefined;
    });
    expect(failures).toBeGreaterThan(0);
    expect(ended.EndpointConfigName).toBe('churn-v2');
    expect(ended.FailureReason).toMatch(/alarm "churn-bad-5xx" went into ALARM/);
    const alarms = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['churn-bad-5xx'] }));
    expect(alarms.MetricAlarms?.[0]?.StateValue).toBe('ALARM');
    // After the rollback all traffic is back on the old, healthy fleet.
    for (let i = 0; i < 10; i++) await expect(invoke('churn')).resolves.toBeDefined();
  });

  it('shifts traffic between two variants with UpdateEndpointWeightsAndCapacities', async () => {
    await createModelAndConfig('ab', {}, [
      { name: 'blue', count: 1, weight: 1 },
      { name: 'green', count: 1, weight: 0 },
    ]);
    await sagemaker.send(new CreateEndpointCommand({ EndpointName: 'ab', EndpointConfigName: 'ab' }));
    await inService('ab');
    for (let i = 0; i < 5; i++) expect((await invoke('ab')).InvokedProductionVariant).toBe('blue');
    await sagemaker.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'ab',
        DesiredWeightsAndCapacities: [
          { VariantName: 'blue', DesiredWeight: 0 },
          { VariantName: 'green', DesiredWeight: 1 },
        ],
      }),
    );
    expect((await describe_('ab')).EndpointStatus).toBe('Updating');
    const ep = await inService('ab');
    expect(ep.ProductionVariants?.map((v) => [v.VariantName, v.CurrentWeight])).toEqual([
      ['blue', 0],
      ['green', 1],
    ]);
    for (let i = 0; i < 5; i++) expect((await invoke('ab')).InvokedProductionVariant).toBe('green');
  });

  it('fails an endpoint whose image has no binding, with a reason that says how to bind it', async () => {
    await sagemaker.send(
      new CreateModelCommand({
        ModelName: 'unbound',
        ExecutionRoleArn: role,
        PrimaryContainer: { Image: 'nowhere/unknown:1' },
      }),
    );
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'unbound',
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: 'unbound',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
          },
        ],
      }),
    );
    await sagemaker.send(
      new CreateEndpointCommand({ EndpointName: 'unbound', EndpointConfigName: 'unbound' }),
    );
    const ep = await inService('unbound');
    expect(ep.EndpointStatus).toBe('Failed');
    expect(ep.FailureReason).toMatch(/no binding .* emulator config/);
  });

  it('validates like the service', async () => {
    await expect(sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'nope' }))).rejects.toMatchObject(
      {
        name: 'ValidationException',
        message: 'Could not find endpoint "nope".',
      },
    );
    await expect(
      sagemaker.send(
        new UpdateEndpointCommand({
          EndpointName: 'churn',
          EndpointConfigName: 'churn-v1',
          DeploymentConfig: {
            BlueGreenUpdatePolicy: {
              TrafficRoutingConfiguration: {
                Type: 'LINEAR',
                LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 60 },
                WaitIntervalInSeconds: 60,
              },
            },
          },
        }),
      ),
    ).rejects.toThrow(/LinearStepSize must be between 10% and 50%/);
    await expect(
      sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'x',
          ProductionVariants: [
            { VariantName: 'v', ModelName: 'missing', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 },
          ],
        }),
      ),
    ).rejects.toThrow(/Could not find model/);
  });
});
