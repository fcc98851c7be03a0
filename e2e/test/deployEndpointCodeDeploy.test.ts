import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentGroupCommand,
  GetDeploymentTargetCommand,
  ListDeploymentsCommand,
  ListDeploymentTargetsCommand,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { pollUntil, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let codedeploy: CodeDeployClient;
let cloudwatch: CloudWatchClient;
let awsEnv: Record<string, string>;
let workspace: string;

const APP = 'churn-lambda';
const GROUP = 'churn-live';
const ALARM = 'churn-lambda-errors';

beforeAll(async () => {
  // At time scale 60 a one-minute canary bakes for one second, a five-minute one for five.
  emulator = await startEmulator({ timing: { timeScale: 60 } });
  codedeploy = new CodeDeployClient(sdkClientConfig(emulator));
  cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
  workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-codedeploy-'));
  awsEnv = {
    ...awsEnvironment(emulator),
    GITHUB_WORKSPACE: workspace,
  };
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: ALARM,
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: 'churn-fn' }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
  await codedeploy.send(new CreateApplicationCommand({ applicationName: APP, computePlatform: 'Lambda' }));
  await codedeploy.send(
    new CreateDeploymentGroupCommand({
      applicationName: APP,
      deploymentGroupName: GROUP,
      serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeployServiceRole',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      alarmConfiguration: { enabled: true, alarms: [{ name: ALARM }] },
      autoRollbackConfiguration: {
        enabled: true,
        events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'],
      },
    }),
  );
});
afterAll(async () => {
  await emulator.stop();
});

const appSpec = (current: string, target: string) =>
  [
    'version: 0.0',
    'Resources:',
    '  - churn:',
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    '        Name: churn-fn',
    '        Alias: live',
    `        CurrentVersion: "${current}"`,
    `        TargetVersion: "${target}"`,
    '',
  ].join('\n');

const deploy = (inputs: Record<string, string>) =>
  runAction('deploy-endpoint', {
    inputs: {
      target: 'codedeploy',
      'codedeploy-application': APP,
      'codedeploy-deployment-group': GROUP,
      ...inputs,
    },
    env: awsEnv,
  });

const lambdaTraffic = async (deploymentId: string) => {
  const { targetIds = [] } = await codedeploy.send(new ListDeploymentTargetsCommand({ deploymentId }));
  const { deploymentTarget } = await codedeploy.send(
    new GetDeploymentTargetCommand({ deploymentId, targetId: targetIds[0] }),
  );
  return deploymentTarget?.lambdaTarget?.lambdaFunctionInfo;
};

describe('deploy-endpoint with target codedeploy, the bundled action against the emulator', () => {
  it('deploys a canary from an AppSpec file in the workspace, and succeeds when CodeDeploy does', async () => {
    await writeFile(path.join(workspace, 'appspec.yml'), appSpec('1', '2'));
    const run = await deploy({ appspec: 'appspec.yml', 'deployment-config': 'Canary10Percent1Minute' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'deployed', 'rolled-back': 'false' });
    const deploymentId = run.outputs['codedeploy-deployment-id'] as string;
    expect(await lambdaTraffic(deploymentId)).toMatchObject({ targetVersion: '2', targetVersionWeight: 1 });
    expect(run.summary).toContain('churn-fn:live@1 → churn-fn:live@2');
    expect(run.summary).toContain('modelship-Lambda-Canary10Percent1Minute');
  });

  it('fails the step, as rolled back, when the alarm fires during the bake', async () => {
    const running = deploy({ appspec: appSpec('2', '3'), 'deployment-config': 'Canary10Percent5Minutes' });
    const deploymentId = await pollUntil(async () => {
      const { deployments = [] } = await codedeploy.send(
        new ListDeploymentsCommand({
          applicationName: APP,
          deploymentGroupName: GROUP,
          includeOnlyStatuses: ['InProgress'],
        }),
      );
      return deployments[0] && (await lambdaTraffic(deployments[0]))?.targetVersionWeight === 0.1
        ? deployments[0]
        : undefined;
    });
    await cloudwatch.send(
      new SetAlarmStateCommand({
        AlarmName: ALARM,
        StateValue: 'ALARM',
        StateReason: 'e2e: version 3 errors',
      }),
    );

    const run = await running;
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'rolled-back': 'true',
      'codedeploy-deployment-id': deploymentId,
    });
    expect(run.errors.join('\n')).toMatch(/was rolled back\. .*ALARM_ACTIVE.*churn-lambda-errors/);
    expect((await lambdaTraffic(deploymentId))?.targetVersionWeight).toBe(0);
  });

  it('refuses what target codedeploy cannot use before any AWS call', async () => {
    emulator.log.clear();
    const run = await deploy({ image: 'churn:1', appspec: appSpec('3', '4') });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('leave it out with target: codedeploy');
    expect(emulator.log.list()).toEqual([]);
  });
});
