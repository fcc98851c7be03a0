import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import {
  CHURN_IMAGE,
  churnModelDir,
  installChurnModel,
  pollUntil,
  sdkClientConfig,
} from '@modelship/emulator/testing';
import { awsEnvironment, secretsOf } from '../awsEnvironment';
import { deployInputs, endpointState, ROLE } from './endpointFixture';
import { runScenario, ScenarioRuns } from './scenario';
import { ScenarioResults } from './scenarioResults';

/** What a runner does on cancel: SIGINT, then SIGTERM 7.5 s later if the step is still running. */
const RUNNER_TERMINATE_AFTER_MS = 7_500;

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let modelData: string;
const results = new ScenarioResults('cancel');

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50, weightUpdateMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
  const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'churn-data' }));
  const body = await readFile(path.join(churnModelDir, 'data', 'train', 'train.csv'));
  await s3.send(new PutObjectCommand({ Bucket: 'churn-data', Key: 'train/train.csv', Body: body }));
  s3.destroy();
}, 60_000);

afterAll(async () => {
  sagemaker.destroy();
  await emulator.stop();
  await results.write();
});

const newRuns = () => new ScenarioRuns(awsEnvironment(emulator), secretsOf());
/** The last ::error:: and ::warning:: lines: what the step told the person who cancelled it. */
const toldAfterCancel = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => /^::(error|warning)/.test(l))
    .map((l) => l.replace(/^::\w+[^:]*::/, '').replace(/%0A/g, ' '))
    .join(' / ')
    .slice(0, 300);

/** Phases of a weights-mode deployment, each named by the first line it prints. */
const DEPLOY_PHASES = [
  { phase: 'resolve', marker: /::group::Resolve/ },
  { phase: 'provision', marker: /Created model/ },
  { phase: 'new variant added at weight 0', marker: /Adding the new model as variant/ },
  { phase: 'mid-shift bake at 50 %', marker: /Weights: 50%/ },
];

describe('cancel: SIGINT, then SIGTERM, as a runner sends', () => {
  beforeAll(async () => {
    const created = await newRuns().run('deploy-endpoint', { inputs: deployInputs('cancel-w', modelData) });
    expect(created.exitCode).toBe(0);
  }, 120_000);

  it.each(DEPLOY_PHASES.map((p, i) => ({ ...p, release: String(i + 2) })))(
    'deploy-endpoint in weights mode, cancelled at $phase: same config and weights as before',
    async ({ phase, marker, release }) => {
      await runScenario(
        results,
        { category: 'cancel', action: 'deploy-endpoint', scenario: `weights mode, cancelled at ${phase}` },
        newRuns(),
        async (runs) => {
          const before = await endpointState(sagemaker, 'cancel-w');
          const run = await runs.run('deploy-endpoint', {
            inputs: deployInputs('cancel-w', modelData, {
              environment: `RELEASE: "${release}"`,
              'traffic-shifting': 'weights',
              'deployment-config': 'Linear50PercentEvery1Minute',
            }),
            cancelWhen: (out) => marker.test(out),
            terminateAfterMs: RUNNER_TERMINATE_AFTER_MS,
            timeoutMs: 150_000,
          });
          expect(run.stdout).toMatch(marker);
          expect(run.exitCode).toBe(1);
          expect(run.stdout).toContain('Received SIGINT');
          const told = toldAfterCancel(run.stdout);
          expect(told).toMatch(/cancel/i);
          expect(await endpointState(sagemaker, 'cancel-w')).toEqual(before);
          return { note: told };
        },
      );
    },
    180_000,
  );

  it.each([
    { phase: 'job created', marker: /Started training job/ },
    { phase: 'job training', marker: /\] Training/ },
  ])(
    'train, cancelled at $phase: the training job is stopped',
    async ({ phase, marker }) => {
      await runScenario(
        results,
        { category: 'cancel', action: 'train', scenario: `training job, cancelled at ${phase}` },
        newRuns(),
        async (runs) => {
          const jobName = `cancel-${phase.replace(/\W+/g, '-')}`;
          const run = await runs.run('train', {
            inputs: {
              'job-name': jobName,
              image: CHURN_IMAGE,
              'execution-role-arn': ROLE,
              'input-data': 'train: s3://churn-data/train/',
              'output-path': 's3://churn-models/jobs/',
              hyperparameters: 'epochs: 400',
            },
            cancelWhen: (out) => marker.test(out),
            terminateAfterMs: RUNNER_TERMINATE_AFTER_MS,
            timeoutMs: 120_000,
          });
          expect(run.exitCode).toBe(1);
          const told = toldAfterCancel(run.stdout);
          expect(told).toContain(`stopping training job ${jobName}`);
          const status = await pollUntil(
            async () => {
              const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
              return job.TrainingJobStatus === 'Stopping' ? undefined : job.TrainingJobStatus;
            },
            20_000,
            `training job ${jobName} to leave Stopping`,
          );
          expect(status).toBe('Stopped');
          return { note: told };
        },
      );
    },
    150_000,
  );
});
