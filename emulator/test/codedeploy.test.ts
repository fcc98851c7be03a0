import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  CreateDeploymentGroupCommand,
  DeleteDeploymentConfigCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  GetDeploymentTargetCommand,
  ListDeploymentConfigsCommand,
  ListDeploymentsCommand,
  ListDeploymentTargetsCommand,
  PutLifecycleEventHookExecutionStatusCommand,
  StopDeploymentCommand,
  waitUntilDeploymentSuccessful,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startEmulator, type RunningEmulator } from '../src';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

// At 60, one AWS minute passes in one second: long enough to observe a canary's bake by polling.
const TIME_SCALE = 60;
const ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRole';
const APP = 'scorer-app';
const GROUP = 'scorer-group';
const ALARM = 'scorer-errors';

let emulator: RunningEmulator;
let codedeploy: CodeDeployClient;
let cloudwatch: CloudWatchClient;
beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: TIME_SCALE } });
  codedeploy = new CodeDeployClient(sdkClientConfig(emulator));
  cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.reset();
});

const lambdaAppSpec = (hooks = true) =>
  [
    'version: 0.0',
    'Resources:',
    '  - scorer:',
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    '        Name: scorer',
    '        Alias: live',
    '        CurrentVersion: "1"',
    '        TargetVersion: "2"',
    ...(hooks ? ['Hooks:', '  - BeforeAllowTraffic: preTraffic', '  - AfterAllowTraffic: postTraffic'] : []),
  ].join('\n');

const revision = (content = lambdaAppSpec()) => ({
  revisionType: 'AppSpecContent' as const,
  appSpecContent: { content },
});

async function lambdaGroup(
  deploymentConfigName: string,
  extra: Partial<ConstructorParameters<typeof CreateDeploymentGroupCommand>[0]> = {},
) {
  await codedeploy.send(new CreateApplicationCommand({ applicationName: APP, computePlatform: 'Lambda' }));
  await codedeploy.send(
    new CreateDeploymentGroupCommand({
      applicationName: APP,
      deploymentGroupName: GROUP,
      serviceRoleArn: ROLE,
      deploymentConfigName,
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      ...extra,
    }),
  );
}

const customConfig = (name: string, trafficRoutingConfig: object) =>
  codedeploy.send(
    new CreateDeploymentConfigCommand({
      deploymentConfigName: name,
      computePlatform: 'Lambda',
      trafficRoutingConfig,
    }),
  );

const deploy = async (input: Partial<ConstructorParameters<typeof CreateDeploymentCommand>[0]> = {}) => {
  const { deploymentId } = await codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: APP,
      deploymentGroupName: GROUP,
      revision: revision(),
      ...input,
    }),
  );
  expect(deploymentId).toMatch(/^d-[A-Z0-9]{9}$/);
  return deploymentId!;
};

const deployment = async (deploymentId: string): Promise<DeploymentInfo> =>
  (await codedeploy.send(new GetDeploymentCommand({ deploymentId }))).deploymentInfo!;

const lambdaTarget = async (deploymentId: string) => {
  const { targetIds } = await codedeploy.send(new ListDeploymentTargetsCommand({ deploymentId }));
  expect(targetIds).toEqual(['scorer:live']);
  const { deploymentTarget } = await codedeploy.send(
    new GetDeploymentTargetCommand({ deploymentId, targetId: 'scorer:live' }),
  );
  expect(deploymentTarget?.deploymentTargetType).toBe('LambdaTarget');
  return deploymentTarget!.lambdaTarget!;
};

const weightOf = async (deploymentId: string) =>
  (await lambdaTarget(deploymentId)).lambdaFunctionInfo!.targetVersionWeight;

const untilStatus = (deploymentId: string, status: string) =>
  pollUntil(
    async () => {
      const info = await deployment(deploymentId);
      return info.status === status ? info : undefined;
    },
    15_000,
    `deployment ${deploymentId} to be ${status}`,
  );

const untilWeight = (deploymentId: string, weight: number) =>
  pollUntil(
    async () => ((await weightOf(deploymentId)) === weight ? weight : undefined),
    15_000,
    `the target weight of ${deploymentId} to be ${weight}`,
  );

describe('CodeDeploy Lambda canary', () => {
  it('shifts 10%, bakes, shifts the rest and succeeds, with lifecycle events recorded', async () => {
    await customConfig('Canary10Percent1Minute', {
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: 10, canaryInterval: 1 },
    });
    await lambdaGroup('Canary10Percent1Minute');
    const id = await deploy({ description: 'scorer v2' });

    const baking = await pollUntil(
      async () => {
        const target = await lambdaTarget(id);
        return target.lambdaFunctionInfo?.targetVersionWeight === 0.1 ? target : undefined;
      },
      5_000,
      'the canary weight 0.1',
    );
    expect(baking.lambdaFunctionInfo).toEqual({
      functionName: 'scorer',
      functionAlias: 'live',
      currentVersion: '1',
      targetVersion: '2',
      targetVersionWeight: 0.1,
    });
    expect(baking.status).toBe('InProgress');
    expect((await deployment(id)).status).toBe('InProgress');

    await waitUntilDeploymentSuccessful(
      { client: codedeploy, minDelay: 0.1, maxDelay: 0.2, maxWaitTime: 15 },
      { deploymentId: id },
    );
    const info = await deployment(id);
    expect(info).toMatchObject({
      applicationName: APP,
      deploymentGroupName: GROUP,
      deploymentConfigName: 'Canary10Percent1Minute',
      status: 'Succeeded',
      creator: 'user',
      computePlatform: 'Lambda',
      description: 'scorer v2',
      revision: { revisionType: 'AppSpecContent' },
    });
    expect(info.completeTime!.getTime()).toBeGreaterThanOrEqual(info.createTime!.getTime());
    // The bake is one AWS minute: at least a scaled second between the start and the end.
    expect(info.completeTime!.getTime() - info.startTime!.getTime()).toBeGreaterThanOrEqual(900);

    const done = await lambdaTarget(id);
    expect(done.status).toBe('Succeeded');
    expect(done.lambdaFunctionInfo?.targetVersionWeight).toBe(1);
    expect(done.targetArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:scorer:live');
    expect(done.lifecycleEvents?.map((e) => [e.lifecycleEventName, e.status])).toEqual([
      ['BeforeAllowTraffic', 'Succeeded'],
      ['AllowTraffic', 'Succeeded'],
      ['AfterAllowTraffic', 'Succeeded'],
    ]);
    const before = done.lifecycleEvents![0]!;
    expect(before.diagnostics?.message).toMatch(
      /Hook preTraffic was not invoked: the modelship emulator has no Lambda/,
    );

    const group = await codedeploy.send(
      new GetDeploymentGroupCommand({ applicationName: APP, deploymentGroupName: GROUP }),
    );
    expect(group.deploymentGroupInfo?.lastSuccessfulDeployment).toMatchObject({
      deploymentId: id,
      status: 'Succeeded',
    });
    const listed = await codedeploy.send(
      new ListDeploymentsCommand({
        applicationName: APP,
        deploymentGroupName: GROUP,
        includeOnlyStatuses: ['Succeeded'],
      }),
    );
    expect(listed.deployments).toEqual([id]);
  });

  it('records a hook result reported with PutLifecycleEventHookExecutionStatus, once', async () => {
    await lambdaGroup('CodeDeployDefault.LambdaAllAtOnce');
    const id = await deploy();
    await untilStatus(id, 'Succeeded');
    const message = (await lambdaTarget(id)).lifecycleEvents![2]!.diagnostics!.message!;
    const executionId = /lifecycleEventHookExecutionId ([0-9a-f-]+)/.exec(message)![1];
    await expect(
      codedeploy.send(
        new PutLifecycleEventHookExecutionStatusCommand({
          deploymentId: id,
          lifecycleEventHookExecutionId: executionId,
          status: 'Pending',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidLifecycleEventHookExecutionStatusException' });
    const put = await codedeploy.send(
      new PutLifecycleEventHookExecutionStatusCommand({
        deploymentId: id,
        lifecycleEventHookExecutionId: executionId,
        status: 'Succeeded',
      }),
    );
    expect(put.lifecycleEventHookExecutionId).toBe(executionId);
    const after = (await lambdaTarget(id)).lifecycleEvents![2]!;
    expect(after.diagnostics?.message).toMatch(
      /reported Succeeded through PutLifecycleEventHookExecutionStatus/,
    );
    await expect(
      codedeploy.send(
        new PutLifecycleEventHookExecutionStatusCommand({
          deploymentId: id,
          lifecycleEventHookExecutionId: executionId,
          status: 'Failed',
        }),
      ),
    ).rejects.toMatchObject({ name: 'LifecycleEventAlreadyCompletedException' });
    await expect(
      codedeploy.send(
        new PutLifecycleEventHookExecutionStatusCommand({
          deploymentId: id,
          lifecycleEventHookExecutionId: 'nope',
          status: 'Failed',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidLifecycleEventHookExecutionIdException' });
  });
});

describe('CodeDeploy alarms and rollback', () => {
  it('stops a canary whose alarm goes into ALARM during the bake and rolls it back', async () => {
    // A 5-minute period: SetAlarmState's ALARM holds for 5 scaled seconds, past the stop.
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: ALARM,
        Namespace: 'Scorer',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
    await customConfig('Canary10Percent2Minutes', {
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: 10, canaryInterval: 2 },
    });
    await lambdaGroup('Canary10Percent2Minutes', {
      alarmConfiguration: { enabled: true, alarms: [{ name: ALARM }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_STOP_ON_ALARM'] },
    });
    const id = await deploy();
    await untilWeight(id, 0.1);
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'ALARM', StateReason: 'test: errors' }),
    );

    const stopped = await untilStatus(id, 'Stopped');
    expect(stopped.errorInformation?.code).toBe('ALARM_ACTIVE');
    expect(stopped.errorInformation?.message).toContain(`<${ALARM}>`);
    const rollbackId = stopped.rollbackInfo?.rollbackDeploymentId;
    expect(rollbackId).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(stopped.rollbackInfo?.rollbackMessage).toContain(rollbackId);

    const rollback = await untilStatus(rollbackId!, 'Succeeded');
    expect(rollback).toMatchObject({
      creator: 'codeDeployRollback',
      deploymentGroupName: GROUP,
      deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
      rollbackInfo: { rollbackTriggeringDeploymentId: id },
    });
    // The rollback moved the alias back: none of the traffic is on version 2 any more.
    expect(await weightOf(id)).toBe(0);
    expect((await lambdaTarget(rollbackId!)).lambdaFunctionInfo).toMatchObject({
      currentVersion: '2',
      targetVersion: '1',
      targetVersionWeight: 1,
    });
    expect((await lambdaTarget(id)).lifecycleEvents?.map((e) => e.status)).toEqual([
      'Succeeded',
      'Failed',
      'Skipped',
    ]);
  });

  it('stops a deployment whose alarm does not exist, unless poll failures are ignored', async () => {
    await lambdaGroup('CodeDeployDefault.LambdaAllAtOnce', {
      alarmConfiguration: { enabled: true, alarms: [{ name: 'no-such-alarm' }] },
    });
    const stopped = await untilStatus(await deploy(), 'Stopped');
    expect(stopped.errorInformation).toMatchObject({
      code: 'ALARM_ACTIVE',
      message: expect.stringContaining('no-such-alarm'),
    });
    expect(stopped.rollbackInfo).toBeUndefined();

    const ignoring = await deploy({
      overrideAlarmConfiguration: {
        enabled: true,
        ignorePollAlarmFailure: true,
        alarms: [{ name: 'no-such-alarm' }],
      },
    });
    await untilStatus(ignoring, 'Succeeded');
  });

  it('stops a linear deployment on request and rolls it back; a finished deployment cannot be stopped', async () => {
    await customConfig('Linear10PercentEvery1Minute', {
      type: 'TimeBasedLinear',
      timeBasedLinear: { linearPercentage: 10, linearInterval: 1 },
    });
    await lambdaGroup('Linear10PercentEvery1Minute');
    const id = await deploy();
    await untilWeight(id, 0.2);

    const stop = await codedeploy.send(
      new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }),
    );
    expect(['Pending', 'Succeeded']).toContain(stop.status);
    const stopped = await untilStatus(id, 'Stopped');
    expect(stopped.errorInformation?.code).toBe('MANUAL_STOP');
    const rollbackId = stopped.rollbackInfo!.rollbackDeploymentId!;
    const rollback = await untilStatus(rollbackId, 'Succeeded');
    expect(rollback.creator).toBe('codeDeployRollback');
    expect(await weightOf(id)).toBe(0);

    await expect(codedeploy.send(new StopDeploymentCommand({ deploymentId: id }))).rejects.toMatchObject({
      name: 'DeploymentAlreadyCompletedException',
    });
    await expect(
      codedeploy.send(new StopDeploymentCommand({ deploymentId: rollbackId })),
    ).rejects.toMatchObject({
      name: 'DeploymentAlreadyCompletedException',
    });
  });

  it('leaves the traffic where it was when stopped without rollback', async () => {
    await customConfig('Linear10PercentEvery1Minute', {
      type: 'TimeBasedLinear',
      timeBasedLinear: { linearPercentage: 10, linearInterval: 1 },
    });
    await lambdaGroup('Linear10PercentEvery1Minute');
    const id = await deploy();
    await untilWeight(id, 0.1);
    await codedeploy.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: false }));
    const stopped = await deployment(id);
    expect(stopped.status).toBe('Stopped');
    expect(stopped.rollbackInfo).toBeUndefined();
    expect(await weightOf(id)).toBe(0.1);
  });
});

describe('CodeDeploy ECS', () => {
  it('moves all traffic to the green task set and reads the AppSpec from S3', async () => {
    const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
    const appSpec = [
      'Resources:',
      '  - TargetService:',
      '      Type: AWS::ECS::Service',
      '      Properties:',
      '        TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/scorer:2',
      '        LoadBalancerInfo:',
      '          ContainerName: scorer',
      '          ContainerPort: 8080',
    ].join('\n');
    await s3.send(new CreateBucketCommand({ Bucket: 'revisions' }));
    await s3.send(new PutObjectCommand({ Bucket: 'revisions', Key: 'appspec.yaml', Body: appSpec }));
    await codedeploy.send(
      new CreateApplicationCommand({ applicationName: 'ecs-app', computePlatform: 'ECS' }),
    );
    await codedeploy.send(
      new CreateDeploymentGroupCommand({
        applicationName: 'ecs-app',
        deploymentGroupName: 'ecs-group',
        serviceRoleArn: ROLE,
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
        ecsServices: [{ clusterName: 'models', serviceName: 'scorer' }],
      }),
    );
    const { deploymentId } = await codedeploy.send(
      new CreateDeploymentCommand({
        applicationName: 'ecs-app',
        deploymentGroupName: 'ecs-group',
        revision: {
          revisionType: 'S3',
          s3Location: { bucket: 'revisions', key: 'appspec.yaml', bundleType: 'YAML' },
        },
      }),
    );
    await untilStatus(deploymentId!, 'Succeeded');
    const { deploymentTargets } = await codedeploy.send(
      new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: ['models:scorer'] }),
    );
    const ecs = deploymentTargets?.[0]?.ecsTarget;
    expect(ecs?.targetArn).toBe('arn:aws:ecs:us-east-1:123456789012:service/models/scorer');
    expect(ecs?.taskSetsInfo?.map((t) => [t.taskSetLabel, t.trafficWeight])).toEqual([
      ['Blue', 0],
      ['Green', 100],
    ]);
    expect(ecs?.lifecycleEvents?.map((e) => e.lifecycleEventName)).toEqual([
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'AllowTestTraffic',
      'AfterAllowTestTraffic',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
    ]);
  });
});

describe('CodeDeploy validation', () => {
  it('lists the predefined configs and refuses to delete them', async () => {
    const { deploymentConfigsList } = await codedeploy.send(new ListDeploymentConfigsCommand({}));
    expect(deploymentConfigsList).toEqual(
      expect.arrayContaining([
        'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
        'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
        'CodeDeployDefault.ECSAllAtOnce',
      ]),
    );
    expect(deploymentConfigsList).toHaveLength(14);
    const { deploymentConfigInfo } = await codedeploy.send(
      new GetDeploymentConfigCommand({
        deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent30Minutes',
      }),
    );
    expect(deploymentConfigInfo).toMatchObject({
      computePlatform: 'Lambda',
      trafficRoutingConfig: {
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: 10, canaryInterval: 30 },
      },
    });
    await expect(
      codedeploy.send(
        new DeleteDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidOperationException' });
    await expect(
      customConfig('TooMuch', {
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: 100, canaryInterval: 5 },
      }),
    ).rejects.toMatchObject({ name: 'InvalidTrafficRoutingConfigurationException' });
  });

  it('refuses unknown applications, groups and configs, and configs of another platform', async () => {
    await expect(deploy()).rejects.toMatchObject({ name: 'ApplicationDoesNotExistException' });
    await expect(
      codedeploy.send(
        new CreateApplicationCommand({ applicationName: 'servers', computePlatform: 'Server' }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidComputePlatformException',
      message: expect.stringContaining('Lambda and ECS'),
    });
    await codedeploy.send(new CreateApplicationCommand({ applicationName: APP, computePlatform: 'Lambda' }));
    await expect(
      codedeploy.send(new CreateApplicationCommand({ applicationName: APP, computePlatform: 'Lambda' })),
    ).rejects.toMatchObject({ name: 'ApplicationAlreadyExistsException' });
    await expect(deploy()).rejects.toMatchObject({ name: 'DeploymentGroupDoesNotExistException' });

    const group = { applicationName: APP, deploymentGroupName: GROUP, serviceRoleArn: ROLE };
    await expect(
      codedeploy.send(new CreateDeploymentGroupCommand({ ...group, deploymentConfigName: 'NoSuchConfig' })),
    ).rejects.toMatchObject({ name: 'DeploymentConfigDoesNotExistException' });
    await expect(
      codedeploy.send(
        new CreateDeploymentGroupCommand({
          ...group,
          deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidDeploymentConfigNameException',
      message: expect.stringContaining('ECS'),
    });
    await expect(
      codedeploy.send(new CreateDeploymentGroupCommand({ ...group, serviceRoleArn: undefined })),
    ).rejects.toMatchObject({ name: 'RoleRequiredException' });
    await expect(
      codedeploy.send(
        new CreateDeploymentGroupCommand({
          ...group,
          alarmConfiguration: {
            enabled: true,
            alarms: Array.from({ length: 11 }, (_, i) => ({ name: `a${i}` })),
          },
        }),
      ),
    ).rejects.toMatchObject({ name: 'AlarmsLimitExceededException' });
    await codedeploy.send(new CreateDeploymentGroupCommand(group));
    const info = await codedeploy.send(
      new GetDeploymentGroupCommand({ applicationName: APP, deploymentGroupName: GROUP }),
    );
    expect(info.deploymentGroupInfo).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
      computePlatform: 'Lambda',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    });

    await expect(deploy({ deploymentConfigName: 'NoSuchConfig' })).rejects.toMatchObject({
      name: 'DeploymentConfigDoesNotExistException',
    });
    await expect(
      deploy({ deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes' }),
    ).rejects.toMatchObject({
      name: 'InvalidDeploymentConfigNameException',
    });
    await expect(codedeploy.send(new GetDeploymentCommand({ deploymentId: 'nope' }))).rejects.toMatchObject({
      name: 'InvalidDeploymentIdException',
    });
    await expect(
      codedeploy.send(new GetDeploymentCommand({ deploymentId: 'd-AAAAAAAAA' })),
    ).rejects.toMatchObject({
      name: 'DeploymentDoesNotExistException',
    });
  });

  it('refuses a bad AppSpec and a second deployment while one is active', async () => {
    await customConfig('Canary10Percent1Minute', {
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: 10, canaryInterval: 1 },
    });
    await lambdaGroup('Canary10Percent1Minute');
    await expect(deploy({ revision: revision('Resources: [') })).rejects.toMatchObject({
      name: 'InvalidRevisionException',
    });
    await expect(
      deploy({ revision: revision(lambdaAppSpec().replace('Alias: live', '')) }),
    ).rejects.toMatchObject({
      name: 'InvalidRevisionException',
      message: expect.stringContaining('Alias'),
    });
    await expect(
      deploy({
        revision: {
          revisionType: 'AppSpecContent',
          appSpecContent: { content: lambdaAppSpec(), sha256: 'ab' },
        },
      }),
    ).rejects.toMatchObject({ name: 'InvalidRevisionException', message: expect.stringContaining('sha256') });
    await expect(deploy({ revision: undefined })).rejects.toMatchObject({
      name: 'RevisionRequiredException',
    });

    const first = await deploy();
    await expect(deploy()).rejects.toMatchObject({
      name: 'DeploymentLimitExceededException',
      message: expect.stringContaining(first),
    });
    await untilStatus(first, 'Succeeded');
    await untilStatus(
      await deploy({ deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' }),
      'Succeeded',
    );
  });
});
