import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  BatchGetDeploymentsCommand,
  CodeDeployClient,
  CreateDeploymentCommand,
  GetDeploymentCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import { readInputs } from '@modelship/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { rollbackCodeDeploy } from '../src/codeDeployRollback';
import { inputs as inputSchema } from '../src/inputs';
import { rollbackInputProblems } from '../src/rollbackInputProblems';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

const codedeploy = mockClient(CodeDeployClient);
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

/** A small CodeDeploy: deployments by id, and what each turns into on its next GetDeployment. */
let deployments: Record<string, DeploymentInfo>;
let nextStates: Record<string, Array<Partial<DeploymentInfo>>>;
let outputs: Record<string, string>;
let logger: RecordingLogger;

const deployment = (id: string, extra: Partial<DeploymentInfo> = {}): DeploymentInfo => ({
  deploymentId: id,
  applicationName: 'churn-app',
  deploymentGroupName: 'churn-group',
  status: 'InProgress',
  creator: 'user',
  createTime: new Date(1_000),
  revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } },
  ...extra,
});

beforeEach(() => {
  codedeploy.reset();
  outputs = {};
  logger = new RecordingLogger();
  deployments = { 'd-AAAAAAAAA': deployment('d-AAAAAAAAA') };
  nextStates = {};
  codedeploy.on(GetDeploymentCommand).callsFake(({ deploymentId }) => {
    const info = deployments[deploymentId];
    if (!info)
      throw Object.assign(new Error(`The deployment ${deploymentId} could not be found.`), {
        name: 'DeploymentDoesNotExistException',
      });
    const answer = { ...info };
    const next = nextStates[deploymentId]?.shift();
    if (next) deployments[deploymentId] = { ...info, ...next };
    return { deploymentInfo: answer };
  });
  codedeploy.on(ListDeploymentsCommand).callsFake(({ includeOnlyStatuses }) => ({
    deployments: Object.values(deployments)
      .filter((d) => !includeOnlyStatuses || includeOnlyStatuses.includes(d.status as never))
      .map((d) => d.deploymentId as string),
  }));
  codedeploy.on(BatchGetDeploymentsCommand).callsFake(({ deploymentIds }) => ({
    deploymentsInfo: (deploymentIds ?? []).map((id: string) => deployments[id]),
  }));
  // StopDeployment with auto rollback: Stopped now, and a rollback deployment that succeeds on its second poll.
  codedeploy.on(StopDeploymentCommand).callsFake(({ deploymentId }) => {
    deployments['d-ROLLBACK1'] = deployment('d-ROLLBACK1', { creator: 'codeDeployRollback' });
    nextStates['d-ROLLBACK1'] = [{ status: 'Succeeded' }];
    deployments[deploymentId] = {
      ...(deployments[deploymentId] as DeploymentInfo),
      status: 'Stopped',
      errorInformation: { code: 'MANUAL_STOP', message: 'stopped by a user' },
      rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK1' },
    };
    return { status: 'Pending' };
  });
  codedeploy.on(CreateDeploymentCommand).callsFake(() => {
    deployments['d-REDEPLOY1'] = deployment('d-REDEPLOY1', { createTime: new Date(2_000) });
    nextStates['d-REDEPLOY1'] = [{ status: 'Succeeded' }];
    return { deploymentId: 'd-REDEPLOY1' };
  });
});

const run = (raw: Record<string, string>) =>
  rollbackCodeDeploy(
    {
      codedeploy: new CodeDeployClient({ region: 'us-east-1' }),
      clock: new FakeClock(1_000_000),
      logger,
      signal: new AbortController().signal,
      setOutput: (name, value) => (outputs[name] = value),
    },
    {
      inputs: readInputs(inputSchema, (name) => ({ target: 'codedeploy', ...raw })[name] ?? ''),
      region: 'us-east-1',
      startedAtMs: 1_000_000,
    },
  );

describe('rollback with target codedeploy', () => {
  it('stops an in-flight deployment with auto rollback and succeeds when the rollback deployment does', async () => {
    const result = await run({ 'codedeploy-deployment-id': 'd-AAAAAAAAA' });
    expect(codedeploy.commandCalls(StopDeploymentCommand)[0]?.args[0].input).toEqual({
      deploymentId: 'd-AAAAAAAAA',
      autoRollbackEnabled: true,
    });
    expect(result.status).toBe('rolled-back');
    expect(result.from).toBe('churn-fn:live@4');
    expect(result.to).toBe('churn-fn:live@3');
    expect(outputs).toMatchObject({
      'rolled-back-from': 'churn-fn:live@4',
      'rolled-back-to': 'churn-fn:live@3',
      'codedeploy-rollback-deployment-id': 'd-ROLLBACK1',
    });
    expect(result.steps.join('\n')).toMatch(
      /Stopped CodeDeploy deployment d-AAAAAAAAA[\s\S]*d-ROLLBACK1 succeeded/,
    );
  });

  it('fails, saying why, when the rollback deployment itself fails', async () => {
    codedeploy.on(StopDeploymentCommand).callsFake(({ deploymentId }) => {
      deployments['d-ROLLBACK1'] = deployment('d-ROLLBACK1', {
        status: 'Failed',
        errorInformation: { code: 'HOOK_EXECUTION_FAILURE', message: 'hook said no' },
      });
      deployments[deploymentId] = {
        ...(deployments[deploymentId] as DeploymentInfo),
        status: 'Stopped',
        rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK1' },
      };
      return { status: 'Pending' };
    });
    const result = await run({ 'codedeploy-deployment-id': 'd-AAAAAAAAA' });
    expect(result.status).toBe('failed');
    expect(result.failure).toMatch(/d-ROLLBACK1 ended Failed: hook said no/);
  });

  it('finds the active deployment of a group when no id is given', async () => {
    deployments['d-OLDDONE00'] = deployment('d-OLDDONE00', {
      status: 'Succeeded',
      createTime: new Date(500),
    });
    const result = await run({
      'codedeploy-application': 'churn-app',
      'codedeploy-deployment-group': 'churn-group',
    });
    expect(codedeploy.commandCalls(StopDeploymentCommand)[0]?.args[0].input.deploymentId).toBe('d-AAAAAAAAA');
    expect(result.status).toBe('rolled-back');
  });

  it('with no active deployment in the group, looks at the newest one', async () => {
    deployments = {
      'd-OLDDONE00': deployment('d-OLDDONE00', { status: 'Succeeded', createTime: new Date(500) }),
      'd-ROLLBACK1': deployment('d-ROLLBACK1', {
        status: 'Succeeded',
        creator: 'codeDeployRollback',
        createTime: new Date(3_000),
      }),
    };
    const result = await run({
      'codedeploy-application': 'churn-app',
      'codedeploy-deployment-group': 'churn-group',
    });
    expect(result.status).toBe('already-there');
    expect(result.codeDeploy?.deploymentId).toBe('d-ROLLBACK1');
    expect(codedeploy.commandCalls(CreateDeploymentCommand)).toHaveLength(0);
  });

  it('is already there when CodeDeploy rolled the deployment back by itself', async () => {
    deployments['d-AAAAAAAAA'] = deployment('d-AAAAAAAAA', {
      status: 'Stopped',
      rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK1' },
    });
    deployments['d-ROLLBACK1'] = deployment('d-ROLLBACK1', {
      status: 'Succeeded',
      creator: 'codeDeployRollback',
    });
    const result = await run({ 'codedeploy-deployment-id': 'd-AAAAAAAAA' });
    expect(result.status).toBe('already-there');
    expect(codedeploy.commandCalls(StopDeploymentCommand)).toHaveLength(0);
    expect(codedeploy.commandCalls(CreateDeploymentCommand)).toHaveLength(0);
  });

  it('moves the alias back with a new deployment when the deployment already succeeded', async () => {
    deployments['d-AAAAAAAAA'] = deployment('d-AAAAAAAAA', { status: 'Succeeded' });
    const result = await run({ 'codedeploy-deployment-id': 'd-AAAAAAAAA', reason: 'p99 too high' });
    const input = codedeploy.commandCalls(CreateDeploymentCommand)[0]?.args[0].input;
    const reversed = JSON.parse(input?.revision?.appSpecContent?.content as string);
    expect(reversed.Resources[0].churn.Properties).toEqual({
      Name: 'churn-fn',
      Alias: 'live',
      CurrentVersion: '4',
      TargetVersion: '3',
    });
    expect(input?.deploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    expect(input?.overrideAlarmConfiguration).toEqual({ enabled: false, alarms: [] });
    expect(input?.description).toContain('p99 too high');
    expect(result.status).toBe('rolled-back');
    expect(outputs['codedeploy-rollback-deployment-id']).toBe('d-REDEPLOY1');
  });

  it('refuses a finished ECS deployment, whose AppSpec does not name what served before', async () => {
    deployments['d-AAAAAAAAA'] = deployment('d-AAAAAAAAA', {
      status: 'Succeeded',
      revision: {
        revisionType: 'AppSpecContent',
        appSpecContent: {
          content:
            'Resources:\n  - svc:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:td/churn:7\n',
        },
      },
    });
    await expect(run({ 'codedeploy-deployment-id': 'd-AAAAAAAAA' })).rejects.toThrow(
      /ECS AppSpec does not name the task definition/,
    );
    expect(codedeploy.commandCalls(CreateDeploymentCommand)).toHaveLength(0);
  });

  it('with in-flight fail, fails at once and changes nothing', async () => {
    await expect(run({ 'codedeploy-deployment-id': 'd-AAAAAAAAA', 'in-flight': 'fail' })).rejects.toThrow(
      /is InProgress and in-flight is fail/,
    );
    expect(codedeploy.commandCalls(StopDeploymentCommand)).toHaveLength(0);
  });

  it('names an unknown deployment id before anything changes', async () => {
    await expect(run({ 'codedeploy-deployment-id': 'd-MISSING00' })).rejects.toThrow(
      /d-MISSING00 does not exist in us-east-1/,
    );
  });

  it('asks for a deployment id or a group, and refuses inputs that only apply to endpoints', () => {
    const problems = rollbackInputProblems(
      readInputs(
        inputSchema,
        (name) => ({ target: 'codedeploy', to: 'last-approved', 'reject-model-package': 'true' })[name] ?? '',
      ),
    );
    expect(problems.map((p) => p.input)).toEqual(
      expect.arrayContaining(['codedeploy-deployment-id', 'to', 'reject-model-package']),
    );
    const sagemakerProblems = rollbackInputProblems(readInputs(inputSchema, () => ''));
    expect(sagemakerProblems.map((p) => p.input)).toContain('endpoint-name');
  });
});
