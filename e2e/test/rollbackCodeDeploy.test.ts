import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentCommand,
  CreateDeploymentGroupCommand,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListDeploymentTargetsCommand,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { pollUntil, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let codedeploy: CodeDeployClient;
let awsEnv: Record<string, string>;

const APP = 'churn-lambda';
const GROUP = 'churn-live';

beforeAll(async () => {
  // At time scale 60 the predefined ten-minute canary bakes for ten seconds: time to stop it mid-bake.
  emulator = await startEmulator({ timing: { timeScale: 60 } });
  codedeploy = new CodeDeployClient(sdkClientConfig(emulator));
  awsEnv = awsEnvironment(emulator);
  await codedeploy.send(new CreateApplicationCommand({ applicationName: APP, computePlatform: 'Lambda' }));
  await codedeploy.send(
    new CreateDeploymentGroupCommand({
      applicationName: APP,
      deploymentGroupName: GROUP,
      serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeployServiceRole',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      autoRollbackConfiguration: {
        enabled: true,
        events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'],
      },
    }),
  );
});
afterAll(async () => {
  await emulator.stop();
});

const appSpec = (current: string, target: string) =>
  JSON.stringify({
    version: 0.0,
    Resources: [
      {
        churn: {
          Type: 'AWS::Lambda::Function',
          Properties: { Name: 'churn-fn', Alias: 'live', CurrentVersion: current, TargetVersion: target },
        },
      },
    ],
  });

const startDeployment = async (config: string, current: string, target: string) =>
  (
    await codedeploy.send(
      new CreateDeploymentCommand({
        applicationName: APP,
        deploymentGroupName: GROUP,
        deploymentConfigName: config,
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec(current, target) } },
      }),
    )
  ).deploymentId as string;

/** The alias' traffic as CodeDeploy reports it for one deployment. */
const lambdaTraffic = async (deploymentId: string) => {
  const { targetIds = [] } = await codedeploy.send(new ListDeploymentTargetsCommand({ deploymentId }));
  const { deploymentTarget } = await codedeploy.send(
    new GetDeploymentTargetCommand({ deploymentId, targetId: targetIds[0] }),
  );
  return deploymentTarget?.lambdaTarget?.lambdaFunctionInfo;
};
const statusOf = async (deploymentId: string) =>
  (await codedeploy.send(new GetDeploymentCommand({ deploymentId }))).deploymentInfo?.status;

const rollback = (inputs: Record<string, string>) =>
  runAction('rollback', { inputs: { target: 'codedeploy', ...inputs }, env: awsEnv });

describe('rollback with target codedeploy, the bundled action against the emulator', () => {
  it('stops a canary while it bakes; CodeDeploy moves the alias back and the step says so', async () => {
    const canary = await startDeployment('CodeDeployDefault.LambdaCanary10Percent10Minutes', '3', '4');
    await pollUntil(async () =>
      (await lambdaTraffic(canary))?.targetVersionWeight === 0.1 ? true : undefined,
    );

    const run = await rollback({
      'codedeploy-application': APP,
      'codedeploy-deployment-group': GROUP,
      reason: 'error rate of version 4',
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'rolled-back-from': 'churn-fn:live@4',
      'rolled-back-to': 'churn-fn:live@3',
    });
    const rollbackId = run.outputs['codedeploy-rollback-deployment-id'] as string;
    expect(rollbackId).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(await statusOf(canary)).toBe('Stopped');
    expect(await statusOf(rollbackId)).toBe('Succeeded');
    expect((await lambdaTraffic(canary))?.targetVersionWeight).toBe(0);
    expect(run.summary).toContain('churn-fn:live@4 → churn-fn:live@3');
    expect(run.summary).toContain('error rate of version 4');
  });

  it('undoes a deployment that already succeeded with a deployment back to the version before', async () => {
    const done = await startDeployment('CodeDeployDefault.LambdaAllAtOnce', '4', '5');
    await pollUntil(async () => ((await statusOf(done)) === 'Succeeded' ? true : undefined));

    const run = await rollback({ 'codedeploy-deployment-id': done });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('rolled-back');
    const back = run.outputs['codedeploy-rollback-deployment-id'] as string;
    expect(await statusOf(back)).toBe('Succeeded');
    expect(await lambdaTraffic(back)).toMatchObject({
      currentVersion: '5',
      targetVersion: '4',
      targetVersionWeight: 1,
    });
  });

  it("finds the group's newest deployment when none is active, and goes back on a custom linear config", async () => {
    const done = await startDeployment('CodeDeployDefault.LambdaAllAtOnce', '4', '6');
    await pollUntil(async () => ((await statusOf(done)) === 'Succeeded' ? true : undefined));

    const run = await rollback({
      'codedeploy-application': APP,
      'codedeploy-deployment-group': GROUP,
      'deployment-config': 'Linear50PercentEvery1Minute',
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'rolled-back-from': 'churn-fn:live@6',
      'rolled-back-to': 'churn-fn:live@4',
    });
    const back = run.outputs['codedeploy-rollback-deployment-id'] as string;
    const { deploymentInfo } = await codedeploy.send(new GetDeploymentCommand({ deploymentId: back }));
    expect(deploymentInfo).toMatchObject({
      status: 'Succeeded',
      deploymentConfigName: expect.stringMatching(/Linear50PercentEvery1Minute/),
    });
  });

  it('refuses codedeploy without a deployment or a group, before any AWS call', async () => {
    emulator.log.clear();
    const run = await rollback({});
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('codedeploy-deployment-id');
    expect(emulator.log.list()).toEqual([]);
  });
});
