import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  CodeDeployClient,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import { parseDeploymentConfig, readInputs } from '@modelship/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { deployWithCodeDeploy } from '../src/codeDeployDeployment';
import { deployInputProblems } from '../src/deployInputProblems';
import { inputs as inputSchema } from '../src/inputs';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

const codedeploy = mockClient(CodeDeployClient);
const cloudwatch = mockClient(CloudWatchClient);
const appSpec = JSON.stringify({
  version: 0.0,
  Resources: [
    {
      churn: {
        Type: 'AWS::Lambda::Function',
        Properties: { Name: 'churn-fn', Alias: 'live', CurrentVersion: '3', TargetVersion: '4' },
      },
    },
  ],
});

let outputs: Record<string, string>;
/** What GetDeployment answers, poll after poll; the last answer repeats. */
let polls: Array<Partial<DeploymentInfo>>;

beforeEach(() => {
  codedeploy.reset();
  cloudwatch.reset();
  outputs = {};
  polls = [{ status: 'InProgress' }, { status: 'Succeeded' }];
  codedeploy.on(GetDeploymentGroupCommand).resolves({
    deploymentGroupInfo: {
      computePlatform: 'Lambda',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'churn-errors' }] },
    },
  });
  cloudwatch
    .on(DescribeAlarmsCommand)
    .resolves({ MetricAlarms: [{ AlarmName: 'churn-errors', StateValue: 'OK' }] });
  codedeploy.on(CreateDeploymentCommand).resolves({ deploymentId: 'd-NEWDEPLOY' });
  codedeploy.on(GetDeploymentCommand).callsFake(() => ({
    deploymentInfo: { deploymentId: 'd-NEWDEPLOY', ...(polls.length > 1 ? polls.shift() : polls[0]) },
  }));
});

const run = (raw: Record<string, string> = {}) => {
  const inputs = readInputs(
    inputSchema,
    (name) =>
      (
        ({
          target: 'codedeploy',
          'codedeploy-application': 'churn-app',
          'codedeploy-deployment-group': 'churn-live',
          appspec: appSpec,
          ...raw,
        }) as Record<string, string>
      )[name] ?? '',
  );
  return deployWithCodeDeploy(
    {
      codedeploy: new CodeDeployClient({ region: 'us-east-1' }),
      cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
      clock: new FakeClock(1_000_000),
      logger: new RecordingLogger(),
      signal: new AbortController().signal,
      setOutput: (name, value) => (outputs[name] = value),
    },
    {
      inputs,
      appSpec,
      strategy: parseDeploymentConfig(inputs['deployment-config']),
      provenance: { gitSha: 'f00dfeedcafe0123456789abcdef0123456789ab', action: 'deploy-endpoint' },
      startedAtMs: 1_000_000,
    },
  );
};

describe('deploy-endpoint with target codedeploy', () => {
  it('deploys the AppSpec with the predefined config that means the same, and succeeds on Succeeded', async () => {
    const result = await run({ 'deployment-config': 'Canary10Percent5Minutes' });
    const input = codedeploy.commandCalls(CreateDeploymentCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      applicationName: 'churn-app',
      deploymentGroupName: 'churn-live',
      deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } },
    });
    expect(input?.description).toContain('commit f00dfeedcafe0123456789abcdef0123456789ab');
    expect(codedeploy.commandCalls(CreateDeploymentConfigCommand)).toHaveLength(0);
    expect(result).toMatchObject({ status: 'deployed', from: 'churn-fn:live@3', to: 'churn-fn:live@4' });
    expect(outputs['codedeploy-deployment-id']).toBe('d-NEWDEPLOY');
  });

  it('creates a custom config once for a preset CodeDeploy has no predefined config for', async () => {
    await run({ 'deployment-config': 'Canary25Percent2Minutes' });
    expect(codedeploy.commandCalls(CreateDeploymentConfigCommand)[0]?.args[0].input).toMatchObject({
      deploymentConfigName: 'modelship-Lambda-Canary25Percent2Minutes',
      trafficRoutingConfig: {
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: 25, canaryInterval: 2 },
      },
    });
  });

  it('reports a deployment CodeDeploy stopped on an alarm and rolled back as rolled-back, with the reason', async () => {
    polls = [
      {
        status: 'Stopped',
        errorInformation: {
          code: 'ALARM_ACTIVE',
          message: 'One or more alarms have been activated: churn-errors',
        },
        rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK1' },
      },
    ];
    const result = await run();
    expect(result.status).toBe('rolled-back');
    expect(result.rollbackDeploymentId).toBe('d-ROLLBACK1');
    expect(result.reason).toMatch(/ended Stopped \(ALARM_ACTIVE\): .*churn-errors/);
  });

  it('reports a failure without a rollback as failed', async () => {
    polls = [
      { status: 'Failed', errorInformation: { code: 'HOOK_EXECUTION_FAILURE', message: 'hook said no' } },
    ];
    expect(await run()).toMatchObject({ status: 'failed', reason: expect.stringContaining('hook said no') });
  });

  it('changes nothing when a guarding alarm is already in ALARM, or the group is unknown', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'churn-errors', StateValue: 'ALARM' }] });
    await expect(run()).rejects.toThrow(
      /churn-errors is in ALARM now, so CodeDeploy would stop the deployment at once/,
    );
    codedeploy
      .on(GetDeploymentGroupCommand)
      .rejects(Object.assign(new Error('No group'), { name: 'DeploymentGroupDoesNotExistException' }));
    await expect(run()).rejects.toThrow(
      /deployment group churn-app\/churn-live does not exist; nothing changed/,
    );
    expect(codedeploy.commandCalls(CreateDeploymentCommand)).toHaveLength(0);
  });

  it('refuses an AppSpec for another platform than the group deploys to', async () => {
    codedeploy.on(GetDeploymentGroupCommand).resolves({ deploymentGroupInfo: { computePlatform: 'ECS' } });
    await expect(run()).rejects.toThrow(/deploys to ECS, but the AppSpec describes a Lambda resource/);
  });

  it('plans without creating anything', async () => {
    expect((await run({ mode: 'plan' })).status).toBe('planned');
    expect(codedeploy.commandCalls(CreateDeploymentCommand)).toHaveLength(0);
  });

  it('asks for what target codedeploy needs and refuses inputs that act on SageMaker endpoints', () => {
    const problems = deployInputProblems(
      readInputs(
        inputSchema,
        (name) =>
          (
            ({
              target: 'codedeploy',
              image: 'x',
              'alarm-thresholds': '5xx-rate=1%',
              'deployment-config': 'Rolling20PercentEvery1Minute',
            }) as Record<string, string>
          )[name] ?? '',
      ),
    );
    expect(problems.map((p) => p.input).sort()).toEqual([
      'alarm-thresholds',
      'appspec',
      'codedeploy-application',
      'codedeploy-deployment-group',
      'deployment-config',
      'image',
    ]);
    expect(deployInputProblems(readInputs(inputSchema, () => '')).map((p) => p.input)).toContain(
      'endpoint-name',
    );
  });
});
