import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  ApplicationAutoScalingClient,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  DescribeScheduledActionsCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DescribeAlarmsCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  AddTagsCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListEndpointConfigsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateModelPackageCommand,
  type DescribeEndpointCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { PROVENANCE_KEYS, readInputs } from '@modelship/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { inputs as inputSchema } from '../src/inputs';
import { rollback } from '../src/rollback';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

const sagemaker = mockClient(SageMakerClient);
const cloudwatch = mockClient(CloudWatchClient);
const autoscaling = mockClient(ApplicationAutoScalingClient);
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';
const packageArn = (version: number) => `${ARN}:model-package/churn/${version}`;

interface FakeConfig {
  tags: Record<string, string>;
  model: string;
  createdAt: number;
  instanceType?: string;
}

/** A small SageMaker behind the mocks: configs with tags, one endpoint, and what happens on each call. */
let configs: Record<string, FakeConfig>;
let endpoint: Partial<DescribeEndpointCommandOutput> | undefined;
/** What the endpoint turns into on the next DescribeEndpoint, to play out an update over time. */
let afterNextDescribe: Array<Partial<DescribeEndpointCommandOutput>>;
let outputs: Record<string, string>;
let logger: RecordingLogger;

const notFound = (what: string) =>
  Object.assign(new Error(`Could not find ${what}.`), { name: 'ValidationException' });

beforeEach(() => {
  sagemaker.reset();
  cloudwatch.reset();
  autoscaling.reset();
  outputs = {};
  logger = new RecordingLogger();
  afterNextDescribe = [];
  configs = {
    'churn-v1': { tags: {}, model: 'churn-model-v1', createdAt: 1 },
    'churn-v2': {
      tags: {
        [PROVENANCE_KEYS.previousEndpointConfig]: 'churn-v1',
        [PROVENANCE_KEYS.modelPackageArn]: packageArn(2),
      },
      model: 'churn-model-v2',
      createdAt: 2,
    },
  };
  endpoint = {
    EndpointName: 'churn',
    EndpointArn: `${ARN}:endpoint/churn`,
    EndpointStatus: 'InService',
    EndpointConfigName: 'churn-v2',
  };
  sagemaker.on(DescribeEndpointCommand).callsFake((input) => {
    if (!endpoint || input.EndpointName !== endpoint.EndpointName)
      throw notFound(`endpoint "${input.EndpointName}"`);
    const answer = { ...endpoint };
    const next = afterNextDescribe.shift();
    if (next) endpoint = { ...endpoint, ...next };
    return answer;
  });
  sagemaker.on(DescribeEndpointConfigCommand).callsFake((input) => {
    const config = configs[input.EndpointConfigName];
    if (!config) throw notFound(`endpoint configuration "${input.EndpointConfigName}"`);
    return {
      EndpointConfigName: input.EndpointConfigName,
      EndpointConfigArn: `${ARN}:endpoint-config/${input.EndpointConfigName}`,
      CreationTime: new Date(config.createdAt * 1000),
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: config.model,
          InstanceType: config.instanceType ?? 'ml.m5.large',
          InitialInstanceCount: 2,
        },
      ],
    };
  });
  sagemaker.on(ListTagsCommand).callsFake((input) => {
    const name = input.ResourceArn.split('/').pop() as string;
    return { Tags: Object.entries(configs[name]?.tags ?? {}).map(([Key, Value]) => ({ Key, Value })) };
  });
  sagemaker.on(ListEndpointConfigsCommand).callsFake(() => ({
    EndpointConfigs: Object.entries(configs).map(([name, c]) => ({
      EndpointConfigName: name,
      EndpointConfigArn: `${ARN}:endpoint-config/${name}`,
      CreationTime: new Date(c.createdAt * 1000),
    })),
  }));
  // An update takes one poll, then the endpoint serves the requested config.
  sagemaker.on(UpdateEndpointCommand).callsFake((input) => {
    endpoint = {
      ...endpoint,
      EndpointStatus: 'Updating',
      PendingDeploymentSummary: { EndpointConfigName: input.EndpointConfigName, StartTime: new Date(0) },
    };
    afterNextDescribe = [
      {
        EndpointStatus: 'InService',
        EndpointConfigName: input.EndpointConfigName,
        PendingDeploymentSummary: undefined,
      },
    ];
    return { EndpointArn: endpoint?.EndpointArn };
  });
  sagemaker.on(AddTagsCommand).resolves({});
  sagemaker.on(UpdateModelPackageCommand).resolves({ ModelPackageArn: packageArn(2) });
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
});

const run = (raw: Record<string, string> = {}, clock = new FakeClock(1_000_000)) =>
  rollback(
    {
      sagemaker: new SageMakerClient({ region: 'us-east-1' }),
      cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
      autoscaling: new ApplicationAutoScalingClient({ region: 'us-east-1' }),
      clock,
      logger,
      signal: new AbortController().signal,
      setOutput: (name, value) => (outputs[name] = value),
    },
    {
      inputs: readInputs(inputSchema, (name) => ({ 'endpoint-name': 'churn', ...raw })[name] ?? ''),
      region: 'us-east-1',
      provenance: { gitSha: 'f00dfeedcafe0123456789abcdef0123456789ab', action: 'rollback' },
      startedAtMs: clock.now(),
    },
  );

const updates = () => sagemaker.commandCalls(UpdateEndpointCommand).map((c) => c.args[0].input);

describe('rollback: to previous', () => {
  it('updates to the config recorded as previous, all at once, and checks InService on it', async () => {
    const result = await run({ reason: 'p99 doubled' });
    expect(result).toMatchObject({
      status: 'rolled-back',
      from: 'churn-v2',
      to: 'churn-v1',
      servingConfig: 'churn-v1',
    });
    expect(updates()).toEqual([
      {
        EndpointName: 'churn',
        EndpointConfigName: 'churn-v1',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 },
          },
        },
      },
    ]);
    expect(outputs).toMatchObject({
      'rolled-back-from': 'churn-v2',
      'rolled-back-to': 'churn-v1',
      'endpoint-config-name': 'churn-v1',
    });
    expect(sagemaker.commandCalls(AddTagsCommand)[0]?.args[0].input.Tags).toContainEqual({
      Key: 'modelship:rollback-reason',
      Value: 'p99 doubled',
    });
    expect(sagemaker.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
  });

  it('suspends auto scaling around a rollback that changes the instance type, and restores it after', async () => {
    (configs['churn-v1'] as FakeConfig).instanceType = 'ml.c5.xlarge';
    const scope = {
      ServiceNamespace: 'sagemaker' as const,
      ResourceId: 'endpoint/churn/variant/AllTraffic',
      ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' as const,
    };
    const order: string[] = [];
    autoscaling
      .on(DescribeScalableTargetsCommand)
      .resolves({ ScalableTargets: [{ ...scope, MinCapacity: 2, MaxCapacity: 6 } as never] });
    autoscaling.on(DescribeScalingPoliciesCommand).resolves({ ScalingPolicies: [] });
    autoscaling.on(DescribeScheduledActionsCommand).resolves({ ScheduledActions: [] });
    autoscaling.on(DeregisterScalableTargetCommand).callsFake(() => order.push('deregister'));
    autoscaling.on(RegisterScalableTargetCommand).callsFake(() => order.push('register'));
    sagemaker.on(UpdateEndpointCommand).callsFake((input) => {
      order.push(`update ${input.EndpointConfigName}`);
      endpoint = { ...endpoint, EndpointStatus: 'InService', EndpointConfigName: input.EndpointConfigName };
      return {};
    });

    const result = await run();
    expect(result.status).toBe('rolled-back');
    expect(order).toEqual(['deregister', 'update churn-v1', 'register']);
    expect(autoscaling.commandCalls(RegisterScalableTargetCommand)[0]?.args[0].input).toMatchObject({
      ...scope,
      MinCapacity: 2,
      MaxCapacity: 6,
    });
    expect(result.steps.join('\n')).toContain(
      'instance type ml.m5.large → ml.c5.xlarge, auto scaling suspended',
    );
  });

  it('is already-there, changing nothing, when the endpoint serves the target', async () => {
    const result = await run({ to: 'churn-v2' });
    expect(result.status).toBe('already-there');
    expect(updates()).toEqual([]);
    expect(sagemaker.commandCalls(AddTagsCommand)).toHaveLength(0);
    expect(outputs['endpoint-config-name']).toBe('churn-v2');
  });

  it('fails when the rollback is itself rolled back, saying where the endpoint is', async () => {
    sagemaker.on(UpdateEndpointCommand).callsFake(() => {
      endpoint = { ...endpoint, EndpointStatus: 'Updating' };
      afterNextDescribe = [{ EndpointStatus: 'InService', FailureReason: 'alarm guard went into ALARM' }];
      return {};
    });
    const result = await run();
    expect(result.status).toBe('failed');
    expect(result.failure).toMatch(/was itself rolled back: alarm guard went into ALARM/);
    expect(result.servingConfig).toBe('churn-v2');
  });

  it('lists the candidates, newest first, when nothing is recorded', async () => {
    endpoint = { ...endpoint, EndpointConfigName: 'churn-v1' };
    configs['churn-v0'] = { tags: {}, model: 'churn-model-v0', createdAt: 0 };
    const failure = run().then(
      () => 'resolved',
      (err: Error) => err.message,
    );
    const message = await failure;
    expect(message).toContain('records no previous endpoint config');
    expect(message).toMatch(/churn-v2 \(model churn-model-v2, created [^)]+\)\n {2}- churn-v0/);
    expect(updates()).toEqual([]);
  });
});

describe('rollback: bad requests change nothing', () => {
  it('fails clearly on an unknown endpoint', async () => {
    await expect(run({ 'endpoint-name': 'nope' })).rejects.toThrow(
      'Endpoint nope does not exist in us-east-1, so there is nothing to roll back; nothing changed.',
    );
  });

  it('fails clearly on an unknown config, listing the ones there are', async () => {
    await expect(run({ to: 'churn-v9' })).rejects.toThrow(
      /Endpoint config churn-v9 does not exist[\s\S]*churn-v1 \(model churn-model-v1/,
    );
    expect(updates()).toEqual([]);
  });

  it('refuses guarding alarms that are already in ALARM', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'churn-5xx', StateValue: 'ALARM' }] });
    await expect(run({ alarms: 'churn-5xx' })).rejects.toThrow(/churn-5xx is in ALARM now/);
    expect(updates()).toEqual([]);
  });

  it('names a missing alarm and one in ALARM together, creating and updating nothing', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'churn-5xx', StateValue: 'ALARM' }] });
    await expect(run({ alarms: 'churn-5xx,churn-p99' })).rejects.toThrow(
      /Alarm churn-p99 does not exist, so it cannot guard the rollback\. Alarm churn-5xx is in ALARM now/,
    );
    expect(updates()).toEqual([]);
    expect(sagemaker.commandCalls(CreateModelCommand)).toEqual([]);
    expect(Object.keys(outputs)).toEqual([]);
  });

  it('fails on a Failed endpoint, which only DeleteEndpoint can help', async () => {
    endpoint = { ...endpoint, EndpointStatus: 'Failed', FailureReason: 'image not found' };
    await expect(run()).rejects.toThrow(
      /is Failed \(image not found\); SageMaker allows only DeleteEndpoint/,
    );
  });
});

describe('rollback: a deployment in flight', () => {
  const inFlight = (alarms: string[]) => {
    endpoint = {
      ...endpoint,
      EndpointStatus: 'Updating',
      EndpointConfigName: 'churn-v2',
      PendingDeploymentSummary: { EndpointConfigName: 'churn-v3', StartTime: new Date(0) },
      LastDeploymentConfig: {
        AutoRollbackConfiguration: { Alarms: alarms.map((AlarmName) => ({ AlarmName })) },
      },
    };
    configs['churn-v3'] = {
      tags: {
        [PROVENANCE_KEYS.previousEndpointConfig]: 'churn-v2',
        [PROVENANCE_KEYS.modelPackageArn]: packageArn(3),
      },
      model: 'churn-model-v3',
      createdAt: 3,
    };
  };

  it('force: trips every guarding alarm, then sees SageMaker return to the old config', async () => {
    inFlight(['churn-v3-5xx', 'churn-v3-p99']);
    cloudwatch.on(SetAlarmStateCommand).callsFake(() => {
      // SageMaker notices within a poll or two and rolls back to the config it started from.
      afterNextDescribe = [{}, { EndpointStatus: 'InService', PendingDeploymentSummary: undefined }];
      return {};
    });
    const result = await run({ reason: 'bad release', 'reject-model-package': 'true' });
    expect(
      cloudwatch
        .commandCalls(SetAlarmStateCommand)
        .map((c) => [c.args[0].input.AlarmName, c.args[0].input.StateValue]),
    ).toEqual([
      ['churn-v3-5xx', 'ALARM'],
      ['churn-v3-p99', 'ALARM'],
    ]);
    expect(cloudwatch.commandCalls(SetAlarmStateCommand)[0]?.args[0].input.StateReason).toBe(
      'modelship rollback forced the guardrails rollback of endpoint churn (update to churn-v3): bad release',
    );
    expect(result).toMatchObject({
      status: 'rolled-back',
      from: 'churn-v3',
      to: 'churn-v2',
      servingConfig: 'churn-v2',
      rejectedPackageArn: packageArn(3),
    });
    expect(updates()).toEqual([]);
    expect(sagemaker.commandCalls(UpdateModelPackageCommand)[0]?.args[0].input).toEqual({
      ModelPackageArn: packageArn(3),
      ModelApprovalStatus: 'Rejected',
      ApprovalDescription: 'bad release',
    });
    expect(result.steps.join('\n')).toMatch(/Set alarm churn-v3-5xx, churn-v3-p99 to ALARM/);
    expect(result.steps.join('\n')).toMatch(
      /SageMaker rolled the update back: churn is InService on churn-v2 again/,
    );
  });

  it('force: tries reject-model-package once, and says once that there was nothing to reject', async () => {
    inFlight(['churn-v3-5xx']);
    delete configs['churn-v3']?.tags[PROVENANCE_KEYS.modelPackageArn];
    cloudwatch.on(SetAlarmStateCommand).callsFake(() => {
      afterNextDescribe = [{ EndpointStatus: 'InService', PendingDeploymentSummary: undefined }];
      return {};
    });
    const result = await run({ 'reject-model-package': 'true' });
    expect(result.status).toBe('rolled-back');
    expect(sagemaker.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
    expect(logger.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      'reject-model-package: endpoint config churn-v3 records no model package (tag modelship:model-package-arn), so nothing was marked Rejected.',
    ]);
  });

  it('force: rolls back itself when the update finished before SageMaker acted on the alarm', async () => {
    inFlight(['churn-v3-5xx']);
    cloudwatch.on(SetAlarmStateCommand).callsFake(() => {
      afterNextDescribe = [
        { EndpointStatus: 'InService', EndpointConfigName: 'churn-v3', PendingDeploymentSummary: undefined },
      ];
      return {};
    });
    const result = await run();
    expect(result.status).toBe('rolled-back');
    expect(updates().map((u) => u.EndpointConfigName)).toEqual(['churn-v2']);
  });

  it('force: fails clearly, changing nothing, when the update has no alarms to trip', async () => {
    inFlight([]);
    await expect(run()).rejects.toThrow(
      /cannot be forced back: its DeploymentConfig has no AutoRollbackConfiguration alarms/,
    );
    expect(cloudwatch.commandCalls(SetAlarmStateCommand)).toHaveLength(0);
    expect(updates()).toEqual([]);
  });

  it('fail: fails at once', async () => {
    inFlight(['churn-v3-5xx']);
    await expect(run({ 'in-flight': 'fail' })).rejects.toThrow(
      'Endpoint churn is Updating (update to churn-v3) and in-flight is fail, so nothing changed.',
    );
  });

  it('wait: waits for the update to end, then rolls back to the config it started from', async () => {
    inFlight([]);
    afterNextDescribe = [
      {},
      {},
      { EndpointStatus: 'InService', EndpointConfigName: 'churn-v3', PendingDeploymentSummary: undefined },
    ];
    const clock = new FakeClock(1_000_000);
    const result = await run({ 'in-flight': 'wait' }, clock);
    expect(result).toMatchObject({ status: 'rolled-back', from: 'churn-v3', to: 'churn-v2' });
    expect(updates().map((u) => u.EndpointConfigName)).toEqual(['churn-v2']);
    expect(clock.now()).toBeGreaterThan(1_000_000);
  });

  it('wait: is already-there when the update rolled itself back', async () => {
    inFlight([]);
    afterNextDescribe = [{}, { EndpointStatus: 'InService', PendingDeploymentSummary: undefined }];
    const result = await run({ 'in-flight': 'wait' });
    expect(result.status).toBe('already-there');
    expect(updates()).toEqual([]);
  });

  it('gives up when timeout-minutes runs out, saying SageMaker goes on', async () => {
    inFlight([]);
    const result = await run({ 'in-flight': 'wait', 'timeout-minutes': '1' });
    expect(result.status).toBe('failed');
    expect(result.failure).toMatch(/still Updating when timeout-minutes ran out/);
  });
});

describe('rollback: to last-approved', () => {
  const role = 'arn:aws:iam::123456789012:role/sagemaker';
  const summary = (version: number) => ({
    ModelPackageGroupName: 'churn',
    ModelPackageArn: packageArn(version),
    ModelPackageVersion: version,
    ModelApprovalStatus: 'Approved' as const,
    ModelPackageStatus: 'Completed' as const,
    CreationTime: new Date(version * 1000),
  });

  beforeEach(() => {
    sagemaker.on(DescribeModelCommand).rejects(notFound('model'));
    sagemaker.on(CreateModelCommand).resolves({});
    sagemaker.on(CreateEndpointConfigCommand).callsFake((input) => {
      configs[input.EndpointConfigName] = { tags: {}, model: 'created', createdAt: 9 };
      return {};
    });
    sagemaker.on(DescribeModelPackageCommand).callsFake((input) => ({
      ModelPackageArn: input.ModelPackageName,
      ModelApprovalStatus: 'Approved',
      InferenceSpecification: {
        Containers: [{ Image: 'churn:1', ModelDataUrl: 's3://models/churn-1.tar.gz' }],
      },
    }));
  });

  it('serves the newest approved version other than the one serving, on a new model and config', async () => {
    sagemaker.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [summary(2), summary(1)] });
    const result = await run({
      to: 'last-approved',
      'model-package-group': 'churn',
      'execution-role-arn': role,
      reason: 'v2 misbehaves',
    });
    expect(sagemaker.commandCalls(ListModelPackagesCommand)[0]?.args[0].input).toMatchObject({
      ModelPackageGroupName: 'churn',
      ModelApprovalStatus: 'Approved',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
    });
    expect(sagemaker.commandCalls(DescribeModelPackageCommand)[0]?.args[0].input.ModelPackageName).toBe(
      packageArn(1),
    );
    const model = sagemaker.commandCalls(CreateModelCommand)[0]?.args[0].input;
    expect(model).toMatchObject({
      ModelName: expect.stringMatching(/^churn-f00dfee-[0-9a-f]{6}$/),
      ExecutionRoleArn: role,
      PrimaryContainer: { Image: 'churn:1', ModelDataUrl: 's3://models/churn-1.tar.gz' },
    });
    const config = sagemaker.commandCalls(CreateEndpointConfigCommand)[0]?.args[0].input;
    expect(config?.ProductionVariants?.[0]).toMatchObject({
      VariantName: 'AllTraffic',
      ModelName: model?.ModelName,
      InstanceType: 'ml.m5.large',
      InitialInstanceCount: 2,
    });
    expect(config?.Tags).toEqual(
      expect.arrayContaining([
        { Key: PROVENANCE_KEYS.modelPackageArn, Value: packageArn(1) },
        { Key: PROVENANCE_KEYS.previousEndpointConfig, Value: 'churn-v2' },
        { Key: 'modelship:rollback-reason', Value: 'v2 misbehaves' },
      ]),
    );
    expect(result).toMatchObject({
      status: 'rolled-back',
      to: config?.EndpointConfigName,
      modelPackageArn: packageArn(1),
    });
    expect(outputs['model-package-arn']).toBe(packageArn(1));
  });

  it('fails clearly, creating nothing, when the group has no other approved version', async () => {
    sagemaker.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [summary(2)] });
    await expect(
      run({ to: 'last-approved', 'model-package-group': 'churn', 'execution-role-arn': role }),
    ).rejects.toThrow(
      `Model package group churn has no Approved version other than the one churn serves or is being updated to (${packageArn(2)}); nothing changed.`,
    );
    expect(sagemaker.commandCalls(CreateModelCommand)).toHaveLength(0);
    expect(updates()).toEqual([]);
  });
});

describe('rollback: reject-model-package', () => {
  it('marks the package of the config rolled back from Rejected, with the reason', async () => {
    const result = await run({ 'reject-model-package': 'true', reason: 'integration tests failed' });
    expect(sagemaker.commandCalls(UpdateModelPackageCommand)[0]?.args[0].input).toEqual({
      ModelPackageArn: packageArn(2),
      ModelApprovalStatus: 'Rejected',
      ApprovalDescription: 'integration tests failed',
    });
    expect(result.rejectedPackageArn).toBe(packageArn(2));
  });

  it('says so, and rejects nothing, when the config records no package', async () => {
    delete configs['churn-v2']?.tags[PROVENANCE_KEYS.modelPackageArn];
    const result = await run({ 'reject-model-package': 'true' });
    expect(result.status).toBe('rolled-back');
    expect(sagemaker.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
    expect(logger.text('warning')).toMatch(/records no model package .* nothing was marked Rejected/);
  });
});
