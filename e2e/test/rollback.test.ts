import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmHistoryCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, installChurnModel, pollUntil, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let modelData: string;
let awsEnv: Record<string, string>;

beforeAll(async () => {
  // At time scale 60, a one-minute bake or alarm period lasts one second.
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
  awsEnv = awsEnvironment(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const role = 'arn:aws:iam::123456789012:role/sagemaker';
const deployInputs = (endpoint: string, release: string, extra: Record<string, string> = {}) => ({
  'endpoint-name': endpoint,
  image: CHURN_IMAGE,
  'model-data-url': modelData,
  'execution-role-arn': role,
  'instance-count': '2',
  environment: `RELEASE: "${release}"`,
  ...extra,
});
const deploy = (inputs: Record<string, string>) => runAction('deploy-endpoint', { inputs, env: awsEnv });
const rollback = (inputs: Record<string, string>) => runAction('rollback', { inputs, env: awsEnv });
const describeEndpoint = (name: string) =>
  sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));

describe('rollback, the bundled action against the emulator', () => {
  it('rolls back to the previous config after a completed deployment', async () => {
    const first = await deploy(deployInputs('rb-done', '1'));
    expect(first.exitCode).toBe(0);
    const second = await deploy(deployInputs('rb-done', '2'));
    expect(second.exitCode).toBe(0);
    expect(second.outputs['previous-endpoint-config-name']).toBe(first.outputs['endpoint-config-name']);

    const run = await rollback({ 'endpoint-name': 'rb-done', reason: 'release 2 misbehaves' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'rolled-back-from': second.outputs['endpoint-config-name'],
      'rolled-back-to': first.outputs['endpoint-config-name'],
      'endpoint-config-name': first.outputs['endpoint-config-name'],
    });
    expect(await describeEndpoint('rb-done')).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: first.outputs['endpoint-config-name'],
    });
    expect(run.summary).toContain('Rolled back');
    expect(run.summary).toContain(
      `${second.outputs['endpoint-config-name']} → ${first.outputs['endpoint-config-name']}`,
    );
    expect(run.summary).toContain('release 2 misbehaves');
  });

  it('is a success that changes nothing when the endpoint already serves the target', async () => {
    const current = (await describeEndpoint('rb-done')).EndpointConfigName as string;
    emulator.log.clear();
    const run = await rollback({ 'endpoint-name': 'rb-done', to: current });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'already-there', 'endpoint-config-name': current });
    expect(emulator.log.list().map((r) => r.operation)).not.toContain('UpdateEndpoint');
    expect(run.summary).toContain('Already there');
  });

  it('forces a guardrails rollback while a canary bakes: the endpoint ends on the old config', async () => {
    const first = await deploy(deployInputs('rb-canary', '1'));
    expect(first.exitCode).toBe(0);
    const old = first.outputs['endpoint-config-name'] as string;
    // A 30-minute bake (30 s at time scale 60), not waited for: the update is in flight when rollback runs.
    const started = await deploy(
      deployInputs('rb-canary', '2', {
        'deployment-config': 'Canary50Percent30Minutes',
        'alarm-thresholds': '5xx-rate=1%',
        wait: 'false',
      }),
    );
    expect(started.exitCode).toBe(0);
    expect(started.outputs.status).toBe('in-progress');
    const pending = started.outputs['endpoint-config-name'] as string;
    await pollUntil(
      async () => {
        const endpoint = await describeEndpoint('rb-canary');
        const baking = endpoint.ProductionVariants?.some((v) =>
          v.VariantStatus?.some((s) => s.Status === 'Baking'),
        );
        return baking ? true : undefined;
      },
      20_000,
      'the canary to bake',
    );

    const run = await rollback({ 'endpoint-name': 'rb-canary', reason: 'stop the canary' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'rolled-back-from': pending,
      'rolled-back-to': old,
      'endpoint-config-name': old,
    });
    expect(run.stdout).toContain(`Set alarm ${pending}-5xx-rate to ALARM`);
    expect(await describeEndpoint('rb-canary')).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: old,
    });
    const history = await new CloudWatchClient(sdkClientConfig(emulator)).send(
      new DescribeAlarmHistoryCommand({ AlarmName: `${pending}-5xx-rate`, HistoryItemType: 'StateUpdate' }),
    );
    expect(JSON.stringify(history.AlarmHistoryItems)).toContain('modelship rollback');
    expect(run.summary).toContain('to ALARM so that SageMaker rolls back the in-flight update');
  });

  it('serves the newest other approved version with to: last-approved, and rejects the one that served', async () => {
    await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn-models' }));
    const versions: string[] = [];
    for (const release of ['1', '2', '3']) {
      const created = await sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: 'churn-models',
          ModelApprovalStatus: 'Approved',
          InferenceSpecification: {
            Containers: [{ Image: CHURN_IMAGE, ModelDataUrl: modelData, Environment: { RELEASE: release } }],
            SupportedContentTypes: ['application/json'],
            SupportedResponseMIMETypes: ['application/json'],
          },
        }),
      );
      versions.push(created.ModelPackageArn as string);
    }
    const [, v2, v3] = versions as [string, string, string];
    const deployed = await deploy({
      'endpoint-name': 'rb-registry',
      'model-package-arn': v3,
      'execution-role-arn': role,
      'instance-count': '1',
    });
    expect(deployed.errors).toEqual([]);
    expect(deployed.exitCode).toBe(0);

    const run = await rollback({
      'endpoint-name': 'rb-registry',
      to: 'last-approved',
      'model-package-group': 'churn-models',
      'execution-role-arn': role,
      'reject-model-package': 'true',
      reason: 'v3 fails the integration tests',
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'rolled-back', 'model-package-arn': v2 });
    const endpoint = await describeEndpoint('rb-registry');
    expect(endpoint).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: run.outputs['rolled-back-to'],
    });
    const config = await sagemaker.send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: endpoint.EndpointConfigName }),
    );
    const model = await sagemaker.send(
      new DescribeModelCommand({ ModelName: config.ProductionVariants?.[0]?.ModelName }),
    );
    expect(model.PrimaryContainer?.Environment).toEqual({ RELEASE: '2' });
    expect(await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: v3 }))).toMatchObject({
      ModelApprovalStatus: 'Rejected',
      ApprovalDescription: 'v3 fails the integration tests',
    });
    expect(run.summary).toContain(v3);
  });

  it('fails clearly on an unknown endpoint', async () => {
    const run = await rollback({ 'endpoint-name': 'rb-nope' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.errors.join('\n')).toContain(
      'Endpoint rb-nope does not exist in us-east-1, so there is nothing to roll back; nothing changed.',
    );
  });

  it('names the configs it could return to when `to` names one that does not exist', async () => {
    const before = (await describeEndpoint('rb-done')).EndpointConfigName;
    const run = await rollback({ 'endpoint-name': 'rb-done', to: 'rb-done-no-such-config' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    const errors = run.errors.join('\n');
    expect(errors).toContain(
      'Endpoint config rb-done-no-such-config does not exist, so rb-done cannot be rolled back to it; nothing changed.',
    );
    // The runner's ::error:: encodes newlines as %0A.
    expect(errors).toMatch(/Recent endpoint configs of this endpoint, newest first:(%0A|\n) {2}- rb-done/);
    expect((await describeEndpoint('rb-done')).EndpointConfigName).toBe(before);
  });

  it('refuses bad input before any AWS call: last-approved without a group', async () => {
    emulator.log.clear();
    const run = await rollback({ 'endpoint-name': 'rb-done', to: 'last-approved' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('Input "model-package-group" is missing');
    expect(emulator.log.list()).toEqual([]);
  });
});
