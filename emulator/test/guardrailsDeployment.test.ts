import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateEndpointConfigCommand,
  CreateModelCommand,
  type DeploymentConfig,
  type DescribeEndpointCommandOutput,
  SageMakerClient,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { ECHO_IMAGE, bindEchoModel } from './echoModelFixture';
import { FakeAlarms, FakeHosting } from './fakeHosting';
import {
  ROLE_ARN,
  createEndpointInService,
  createModelAndConfig,
  describeEndpoint,
  settledEndpoint,
} from './hostingFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

// At time scale 60 a 60 s bake lasts one second; a traffic shift lasts provisioningMs.
const TIMING = { timeScale: 60, provisioningMs: 150, weightUpdateMs: 100 };

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let hosting: FakeHosting;
let alarms: FakeAlarms;
const registered = new Set<string>();

beforeAll(async () => {
  emulator = await startEmulator({ timing: TIMING });
  hosting = new FakeHosting();
  alarms = new FakeAlarms();
  emulator.env.stores.hosting = hosting;
  emulator.env.stores.alarms = alarms;
  emulator.env.stores.scalableTargets = { isRegistered: (id) => registered.has(id) };
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

const canary = (extra: Partial<DeploymentConfig> = {}, percent = 50, wait = 60): DeploymentConfig => ({
  BlueGreenUpdatePolicy: {
    TrafficRoutingConfiguration: {
      Type: 'CANARY',
      CanarySize: { Type: 'CAPACITY_PERCENT', Value: percent },
      WaitIntervalInSeconds: wait,
    },
    TerminationWaitInSeconds: 30,
  },
  ...extra,
});

const update = (name: string, config: string, deploymentConfig?: DeploymentConfig) =>
  sagemaker.send(
    new UpdateEndpointCommand({
      EndpointName: name,
      EndpointConfigName: config,
      DeploymentConfig: deploymentConfig,
    }),
  );

/** Each variant phase seen while polling until the endpoint settles, in order, without repeats. */
async function phasesUntilSettled(
  name: string,
): Promise<{ phases: string[]; settled: DescribeEndpointCommandOutput }> {
  const phases: string[] = [];
  const settled = await pollUntil(async () => {
    const endpoint = await describeEndpoint(sagemaker, name);
    const phase = endpoint.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status;
    if (phase && phases.at(-1) !== phase) phases.push(phase);
    return endpoint.EndpointStatus === 'InService' || endpoint.EndpointStatus === 'Failed'
      ? endpoint
      : undefined;
  });
  return { phases, settled };
}

const deploymentsOf = (name: string) => emulator.env.stores.deployments?.deploymentsOf(name) ?? [];

describe('UpdateEndpoint validation', () => {
  beforeAll(async () => {
    await createModelAndConfig(sagemaker, 'checks-1');
    await createModelAndConfig(sagemaker, 'checks-2', [{ InstanceType: 'ml.c5.xlarge' }]);
    await createEndpointInService(sagemaker, 'checks', 'checks-1');
  });

  const rejects = (deploymentConfig: DeploymentConfig, message: RegExp | string) =>
    expect(update('checks', 'checks-2', deploymentConfig)).rejects.toThrow(message);

  it('rejects a canary over half the variant, linear steps outside 10-50%, rolling batches outside 5-50%', async () => {
    await rejects(
      canary({}, 60),
      /CanarySize must be less than or equal to 50% of the variant's total instance count/,
    );
    await rejects(
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: {
            Type: 'CANARY',
            CanarySize: { Type: 'INSTANCE_COUNT', Value: 2 },
            WaitIntervalInSeconds: 60,
          },
        },
      },
      /CanarySize .*\(2 for variant "AllTraffic"\)/,
    );
    const linear = (Value: number) => ({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'LINEAR' as const,
          LinearStepSize: { Type: 'CAPACITY_PERCENT' as const, Value },
          WaitIntervalInSeconds: 60,
        },
      },
    });
    await rejects(linear(60), /LinearStepSize must be between 10% and 50%/);
    await rejects(linear(5), /LinearStepSize must be between 10% and 50%/);
    await rejects(
      {
        RollingUpdatePolicy: {
          MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 60 },
          WaitIntervalInSeconds: 60,
        },
      },
      /MaximumBatchSize must be between 5% and 50%/,
    );
  });

  it('rejects waits, timeouts, alarms, enums and policies out of range', async () => {
    await rejects(
      canary({}, 50, 3601),
      /waitIntervalInSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600/,
    );
    await rejects(
      {
        BlueGreenUpdatePolicy: { ...canary().BlueGreenUpdatePolicy!, MaximumExecutionTimeoutInSeconds: 599 },
      },
      /maximumExecutionTimeoutInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 600/,
    );
    await rejects(
      { BlueGreenUpdatePolicy: { ...canary().BlueGreenUpdatePolicy!, TerminationWaitInSeconds: 3601 } },
      /terminationWaitInSeconds/,
    );
    await rejects(
      canary({
        AutoRollbackConfiguration: { Alarms: Array.from({ length: 11 }, (_, i) => ({ AlarmName: `a${i}` })) },
      }),
      /alarms' failed to satisfy constraint: Member must have length less than or equal to 10/,
    );
    await rejects(
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: { Type: 'SOMETIMES' as never, WaitIntervalInSeconds: 1 },
        },
      },
      /enum value set: \[ALL_AT_ONCE, CANARY, LINEAR\]/,
    );
    await rejects(
      {
        ...canary(),
        RollingUpdatePolicy: {
          MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 },
          WaitIntervalInSeconds: 0,
        },
      },
      /Only one update policy should be used/,
    );
    expect((await describeEndpoint(sagemaker, 'checks')).EndpointStatus).toBe('InService');
  });

  it('refuses to change the instance type of a variant registered with Application Auto Scaling', async () => {
    registered.add('endpoint/checks/variant/AllTraffic');
    try {
      await expect(update('checks', 'checks-2')).rejects.toThrow(/registered with Application Auto Scaling/);
    } finally {
      registered.delete('endpoint/checks/variant/AllTraffic');
    }
  });

  it('refuses an update while the endpoint is updating', async () => {
    await update('checks', 'checks-2', canary({}, 50, 6));
    await expect(update('checks', 'checks-1')).rejects.toThrow(
      'Cannot update in-progress endpoint "arn:aws:sagemaker:us-east-1:123456789012:endpoint/checks".',
    );
    const done = await settledEndpoint(sagemaker, 'checks');
    expect(done.EndpointConfigName).toBe('checks-2');
  });
});

describe('blue/green deployments', () => {
  it('completes a canary: the canary share, a bake, all traffic, a final bake; blue stops after the termination wait', async () => {
    await createModelAndConfig(sagemaker, 'canary-1', [{ InitialInstanceCount: 4 }]);
    await createModelAndConfig(sagemaker, 'canary-2', [{ InitialInstanceCount: 4 }]);
    await createEndpointInService(sagemaker, 'canary', 'canary-1');
    const [blue] = hosting.fleetsOf('canary', 'canary-1');
    const deploymentConfig = canary(
      { AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'canary-quiet' }] } },
      25,
    );
    await update('canary', 'canary-2', deploymentConfig);

    const during = await describeEndpoint(sagemaker, 'canary');
    expect(during).toMatchObject({
      EndpointStatus: 'Updating',
      EndpointConfigName: 'canary-1',
      PendingDeploymentSummary: { EndpointConfigName: 'canary-2', StartTime: expect.any(Date) },
    });
    const { phases, settled } = await phasesUntilSettled('canary');
    expect(phases).toEqual(['Creating', 'ActivatingTraffic', 'Baking', 'ActivatingTraffic', 'Baking']);
    expect(settled).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: 'canary-2',
      LastDeploymentConfig: deploymentConfig,
      ProductionVariants: [{ VariantName: 'AllTraffic', CurrentInstanceCount: 4, DesiredInstanceCount: 4 }],
    });
    expect(settled.FailureReason).toBeUndefined();
    expect(settled.PendingDeploymentSummary).toBeUndefined();

    // Traffic as hosting saw it: blue alone, a quarter on green, all on green.
    expect(hosting.configSharesOf('canary')).toEqual([
      { 'canary-1': 1 },
      { 'canary-1': 0.75, 'canary-2': 0.25 },
      { 'canary-2': 1 },
      { 'canary-2': 1 },
    ]);
    const [record] = deploymentsOf('canary');
    expect(record).toMatchObject({
      fromConfig: 'canary-1',
      toConfig: 'canary-2',
      strategy: 'CANARY',
      outcome: 'succeeded',
    });
    const steps = record!.events.filter((e) => e.kind === 'shift' || e.kind === 'bake');
    expect(steps.map((e) => [e.kind, e.greenPercent])).toEqual([
      ['shift', 25],
      ['bake', 25],
      ['shift', 100],
      ['bake', 100],
    ]);
    // The bake is waited out before the rest of the traffic moves: the shift to 100 % comes after it.
    // (How long it lasts is the benchmarks' business; a loaded machine only makes it longer.)
    expect(steps[2]!.at.getTime()).toBeGreaterThan(steps[1]!.at.getTime());
    // TerminationWaitInSeconds 30 is half a second here: blue is still up, then stops.
    expect(blue?.stopped).toBe(false);
    await pollUntil(async () => (blue?.stopped ? true : undefined));
  });

  it('rolls a canary back when a guarding alarm goes into ALARM during the bake', async () => {
    await createModelAndConfig(sagemaker, 'alarm-1');
    await createModelAndConfig(sagemaker, 'alarm-2');
    await createEndpointInService(sagemaker, 'alarm', 'alarm-1');
    const [blue] = hosting.fleetsOf('alarm', 'alarm-1');
    alarms.set('alarm-5xx', 'OK');
    const deploymentConfig = canary(
      { AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'alarm-5xx' }] } },
      50,
      300,
    );
    await update('alarm', 'alarm-2', deploymentConfig);
    await pollUntil(async () => {
      const endpoint = await describeEndpoint(sagemaker, 'alarm');
      return endpoint.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status === 'Baking' ? endpoint : undefined;
    });
    const baking = await describeEndpoint(sagemaker, 'alarm');
    expect(baking.ProductionVariants?.[0]?.VariantStatus?.[0]).toMatchObject({
      Status: 'Baking',
      StatusMessage: 'Baking the canary for 300 seconds with 50% of traffic on the new fleet.',
      StartTime: expect.any(Date),
    });
    alarms.set('alarm-5xx', 'ALARM');
    const settled = await settledEndpoint(sagemaker, 'alarm');
    expect(settled).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: 'alarm-1',
      FailureReason:
        'Deployment was rolled back: alarm "alarm-5xx" went into ALARM while baking with 50% of traffic on the new fleet.',
      LastDeploymentConfig: deploymentConfig,
    });
    expect(settled.PendingDeploymentSummary).toBeUndefined();
    expect(hosting.configSharesOf('alarm').at(-1)).toEqual({ 'alarm-1': 1 });
    expect(hosting.routesOf('alarm')?.[0]?.fleets.map((f) => f.fleet)).toEqual([blue]);
    expect(hosting.fleetsOf('alarm', 'alarm-2').every((f) => f.stopped)).toBe(true);
    expect(blue?.stopped).toBe(false);
    expect(deploymentsOf('alarm')[0]).toMatchObject({
      outcome: 'rolled-back',
      failureReason: settled.FailureReason,
    });
  });

  it('shifts a linear deployment in equal steps, baking after each', async () => {
    await createModelAndConfig(sagemaker, 'linear-1', [{ InitialInstanceCount: 4 }]);
    await createModelAndConfig(sagemaker, 'linear-2', [{ InitialInstanceCount: 4 }]);
    await createEndpointInService(sagemaker, 'linear', 'linear-1');
    await update('linear', 'linear-2', {
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'LINEAR',
          LinearStepSize: { Type: 'INSTANCE_COUNT', Value: 1 },
          WaitIntervalInSeconds: 12,
        },
      },
    });
    const { settled } = await phasesUntilSettled('linear');
    expect(settled.EndpointConfigName).toBe('linear-2');
    expect(hosting.configSharesOf('linear').slice(1)).toEqual([
      { 'linear-1': 0.75, 'linear-2': 0.25 },
      { 'linear-1': 0.5, 'linear-2': 0.5 },
      { 'linear-1': 0.25, 'linear-2': 0.75 },
      { 'linear-2': 1 },
      { 'linear-2': 1 },
    ]);
    const events = deploymentsOf('linear')[0]!.events.filter((e) => e.kind === 'bake');
    expect(events.map((e) => [e.greenPercent, e.message])).toEqual([
      [25, 'Baking step 1 of 4 for 12 seconds with 25% of traffic on the new fleet.'],
      [50, 'Baking step 2 of 4 for 12 seconds with 50% of traffic on the new fleet.'],
      [75, 'Baking step 3 of 4 for 12 seconds with 75% of traffic on the new fleet.'],
      [100, 'Baking step 4 of 4 for 12 seconds with all traffic on the new fleet.'],
    ]);
  });

  it('updates all at once without a bake when there is no DeploymentConfig', async () => {
    await createModelAndConfig(sagemaker, 'plain-1');
    await createModelAndConfig(sagemaker, 'plain-2');
    await createEndpointInService(sagemaker, 'plain', 'plain-1');
    await update('plain', 'plain-2');
    const { phases, settled } = await phasesUntilSettled('plain');
    expect(phases).not.toContain('Baking');
    expect(settled.EndpointConfigName).toBe('plain-2');
    expect(deploymentsOf('plain')[0]).toMatchObject({ strategy: 'ALL_AT_ONCE', outcome: 'succeeded' });
    expect(hosting.configSharesOf('plain').slice(1)).toEqual([{ 'plain-2': 1 }, { 'plain-2': 1 }]);
  });

  it('stays on the old config, InService with a FailureReason, when the new fleet cannot start', async () => {
    await createModelAndConfig(sagemaker, 'nostart-1');
    await createModelAndConfig(sagemaker, 'nostart-2');
    await createEndpointInService(sagemaker, 'nostart', 'nostart-1');
    hosting.failStartsOf(
      (spec) => spec.endpointConfigName === 'nostart-2',
      'Image nowhere:1 has no binding.',
    );
    await update('nostart', 'nostart-2', canary());
    const settled = await settledEndpoint(sagemaker, 'nostart');
    expect(settled).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: 'nostart-1',
      FailureReason: 'Image nowhere:1 has no binding.',
    });
    expect(hosting.configSharesOf('nostart').at(-1)).toEqual({ 'nostart-1': 1 });
  });
});

describe('rolling deployments', () => {
  it('provisions the new fleet batch by batch, each batch taking its share and baking', async () => {
    await createModelAndConfig(sagemaker, 'rolling-1', [{ InitialInstanceCount: 4 }]);
    await createModelAndConfig(sagemaker, 'rolling-2', [{ InitialInstanceCount: 4 }]);
    await createEndpointInService(sagemaker, 'rolling', 'rolling-1');
    const [blue] = hosting.fleetsOf('rolling', 'rolling-1');
    await update('rolling', 'rolling-2', {
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
        WaitIntervalInSeconds: 6,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'rolling-quiet' }] },
    });
    const { phases, settled } = await phasesUntilSettled('rolling');
    expect(phases).toEqual(expect.arrayContaining(['Updating', 'ActivatingTraffic', 'Baking']));
    expect(settled).toMatchObject({
      EndpointConfigName: 'rolling-2',
      ProductionVariants: [{ CurrentInstanceCount: 4, DesiredInstanceCount: 4 }],
    });
    expect(hosting.fleetsOf('rolling', 'rolling-2').map((f) => f.spec.instanceCount)).toEqual([1, 1, 1, 1]);
    expect(hosting.configSharesOf('rolling').slice(1)).toEqual([
      { 'rolling-1': 0.75, 'rolling-2': 0.25 },
      { 'rolling-1': 0.5, 'rolling-2': 0.5 },
      { 'rolling-1': 0.25, 'rolling-2': 0.75 },
      { 'rolling-2': 1 },
      { 'rolling-2': 1 },
    ]);
    expect(deploymentsOf('rolling')[0]).toMatchObject({ strategy: 'ROLLING', outcome: 'succeeded' });
    await pollUntil(async () => (blue?.stopped ? true : undefined));
  });

  it('rolls back every batch when an alarm fires mid-way', async () => {
    await createModelAndConfig(sagemaker, 'rollback-1', [{ InitialInstanceCount: 4 }]);
    await createModelAndConfig(sagemaker, 'rollback-2', [{ InitialInstanceCount: 4 }]);
    await createEndpointInService(sagemaker, 'rollback', 'rollback-1');
    await update('rollback', 'rollback-2', {
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 },
        WaitIntervalInSeconds: 30,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'rollback-latency' }] },
    });
    await pollUntil(async () => (hosting.fleetsOf('rollback', 'rollback-2').length === 2 ? true : undefined));
    alarms.set('rollback-latency', 'ALARM');
    const settled = await settledEndpoint(sagemaker, 'rollback');
    expect(settled.EndpointConfigName).toBe('rollback-1');
    expect(settled.FailureReason).toMatch(/alarm "rollback-latency" went into ALARM/);
    expect(hosting.fleetsOf('rollback', 'rollback-2').every((f) => f.stopped)).toBe(true);
    expect(hosting.configSharesOf('rollback').at(-1)).toEqual({ 'rollback-1': 1 });
  });
});

describe('MaximumExecutionTimeoutInSeconds', () => {
  it('rolls back a deployment that runs past it', async () => {
    // At time scale 1200 the minimum timeout (600 s) is half a second, shorter than a 3600 s bake (3 s).
    const fast = await startEmulator({ timing: { ...TIMING, timeScale: 1200 } });
    try {
      fast.env.stores.hosting = new FakeHosting();
      const client = new SageMakerClient(sdkClientConfig(fast));
      await createModelAndConfig(client, 'slow-1');
      await createModelAndConfig(client, 'slow-2');
      await createEndpointInService(client, 'slow', 'slow-1');
      await client.send(
        new UpdateEndpointCommand({
          EndpointName: 'slow',
          EndpointConfigName: 'slow-2',
          DeploymentConfig: {
            BlueGreenUpdatePolicy: {
              ...canary({}, 50, 3600).BlueGreenUpdatePolicy!,
              MaximumExecutionTimeoutInSeconds: 600,
            },
          },
        }),
      );
      const settled = await settledEndpoint(client, 'slow');
      expect(settled).toMatchObject({
        EndpointConfigName: 'slow-1',
        FailureReason:
          'Deployment was rolled back: it did not complete within MaximumExecutionTimeoutInSeconds (600 seconds).',
      });
    } finally {
      await fast.stop();
    }
  });
});

describe('with the real hosting and CloudWatch', () => {
  it('serves both fleets during a linear bake, and a guarding alarm set to ALARM sends all traffic back to blue', async () => {
    const real = await startEmulator({ timing: TIMING });
    try {
      bindEchoModel(real);
      const client = new SageMakerClient(sdkClientConfig(real));
      const runtime = new SageMakerRuntimeClient(sdkClientConfig(real));
      const cloudwatch = new CloudWatchClient(sdkClientConfig(real));
      for (const version of ['1', '2']) {
        await client.send(
          new CreateModelCommand({
            ModelName: `echo-${version}`,
            ExecutionRoleArn: ROLE_ARN,
            PrimaryContainer: { Image: ECHO_IMAGE, Environment: { ECHO_NAME: `echo-${version}` } },
          }),
        );
        await client.send(
          new CreateEndpointConfigCommand({
            EndpointConfigName: `echo-${version}`,
            ProductionVariants: [
              {
                VariantName: 'AllTraffic',
                ModelName: `echo-${version}`,
                InstanceType: 'ml.m5.large',
                InitialInstanceCount: 2,
              },
            ],
          }),
        );
      }
      await cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: 'echo-guard',
          Namespace: 'AWS/SageMaker',
          MetricName: 'Invocation5XXErrors',
          Dimensions: [{ Name: 'EndpointName', Value: 'echo' }],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        }),
      );
      expect((await createEndpointInService(client, 'echo', 'echo-1')).EndpointStatus).toBe('InService');
      await client.send(
        new UpdateEndpointCommand({
          EndpointName: 'echo',
          EndpointConfigName: 'echo-2',
          DeploymentConfig: {
            BlueGreenUpdatePolicy: {
              TrafficRoutingConfiguration: {
                Type: 'LINEAR',
                LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 50 },
                WaitIntervalInSeconds: 600,
              },
            },
            AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'echo-guard' }] },
          },
        }),
      );
      await pollUntil(async () => {
        const endpoint = await describeEndpoint(client, 'echo');
        return endpoint.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status === 'Baking' ? true : undefined;
      });
      const invoke = async () => {
        const answer = await runtime.send(
          new InvokeEndpointCommand({
            EndpointName: 'echo',
            ContentType: 'application/json',
            Body: '{"numbers":[1]}',
          }),
        );
        return JSON.parse(Buffer.from(answer.Body as Uint8Array).toString()).container as string;
      };
      const containers = new Set<string>();
      for (let i = 0; i < 40 && containers.size < 2; i++) containers.add(await invoke());
      expect([...containers].sort()).toEqual(['echo-1', 'echo-2']);

      // What the rollback action does to stop a deployment in flight.
      await cloudwatch.send(
        new SetAlarmStateCommand({
          AlarmName: 'echo-guard',
          StateValue: 'ALARM',
          StateReason: 'forced rollback',
        }),
      );
      const settled = await settledEndpoint(client, 'echo');
      expect(settled).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'echo-1' });
      expect(settled.FailureReason).toMatch(
        /alarm "echo-guard" went into ALARM while baking with 50% of traffic/,
      );
      for (let i = 0; i < 10; i++) expect(await invoke()).toBe('echo-1');
    } finally {
      await real.stop();
    }
  });
});
