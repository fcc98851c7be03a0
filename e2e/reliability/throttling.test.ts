import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, churnModelDir, installChurnModel, sdkClientConfig } from '@modelship/emulator/testing';
import { repoRoot } from '../../scripts/actionRunner.js';
import { awsEnvironment, ecrPassword, secretsOf } from '../awsEnvironment';
import {
  deployInputs as deployEndpointInputs,
  endpointState as describeEndpointState,
  ROLE as role,
} from './endpointFixture';
import { runScenario, ScenarioRuns } from './scenario';
import { ScenarioResults } from './scenarioResults';

/** The services the issue names; every fourth call or so to each answers ThrottlingException. */
const THROTTLED_SERVICES = ['sagemaker', 'cloudwatch', 'ecr', 'codebuild'];
const THROTTLE_RATE = 0.3;

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let modelData: string;
let secrets: Record<string, string>;
const results = new ScenarioResults('throttling');

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50, weightUpdateMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
  secrets = secretsOf({ 'ECR password': await ecrPassword(emulator) });
  const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'churn-data' }));
  await s3.send(new CreateBucketCommand({ Bucket: 'churn-models' }));
  const body = await readFile(path.join(churnModelDir, 'data', 'train', 'train.csv'));
  await s3.send(new PutObjectCommand({ Bucket: 'churn-data', Key: 'train/train.csv', Body: body }));
  s3.destroy();
}, 60_000);

afterAll(async () => {
  sagemaker.destroy();
  await emulator.stop();
  await results.write();
});

const newRuns = () => new ScenarioRuns(awsEnvironment(emulator), secrets);

/**
 * Throttling on, for the measured run only; returns how many calls it throttled and how long the run took.
 * The first call to each service is always throttled, so that no run passes untouched by chance (a
 * training job makes few calls: at 30 % a run of them could all go through).
 */
async function throttled<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; throttledCalls: number; note: string }> {
  emulator.log.clear();
  for (const service of THROTTLED_SERVICES) {
    emulator.faults.add({ kind: 'throttle', service, count: 1 });
    emulator.faults.add({ kind: 'throttle', service, rate: THROTTLE_RATE });
  }
  try {
    const outcome = await timed(work);
    expect(throttledCount()).toBeGreaterThan(0);
    return { ...outcome, throttledCalls: throttledCount(), note: callsNote() };
  } finally {
    emulator.faults.clear();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

/** How many calls the run made, and the longest run of throttled answers to one operation in a row. */
function callsNote(): string {
  const calls = emulator.log.list().filter((r) => THROTTLED_SERVICES.includes(r.service));
  const streaks = new Map<string, number>();
  let longest = 0;
  for (const call of calls) {
    const key = `${call.service}:${call.operation}`;
    const streak = call.errorCode === 'ThrottlingException' ? (streaks.get(key) ?? 0) + 1 : 0;
    streaks.set(key, streak);
    longest = Math.max(longest, streak);
  }
  return `${calls.length} calls; longest throttled streak on one operation: ${longest}`;
}

const callSequence = () =>
  emulator.log.list().map((r) => `${r.service}:${r.operation}:${r.errorCode ?? r.status}`);

const throttledCount = () => emulator.log.list().filter((r) => r.errorCode === 'ThrottlingException').length;

const deployInputs = (endpoint: string, extra: Record<string, string>) =>
  deployEndpointInputs(endpoint, modelData, extra);
const endpointState = (name: string) => describeEndpointState(sagemaker, name);

/** One endpoint runs every step without faults, its twin runs the same steps throttled. */
const ENDPOINTS = { baseline: 'thr-base', faulted: 'thr-faulted' } as const;

describe('throttling on 30 % of SageMaker, CloudWatch, ECR and CodeBuild calls', () => {
  beforeAll(async () => {
    const runs = newRuns();
    for (const endpoint of Object.values(ENDPOINTS)) {
      const created = await runs.run('deploy-endpoint', { inputs: deployInputs(endpoint, {}) });
      expect(created.exitCode).toBe(0);
    }
  }, 120_000);

  const steps: Array<{ scenario: string; inputs: Record<string, string> }> = [
    {
      scenario: 'canary deployment (SageMaker guardrails, threshold alarm)',
      inputs: {
        environment: 'RELEASE: "2"',
        'deployment-config': 'Canary50Percent1Minute',
        'alarm-thresholds': '5xx-rate=5%',
      },
    },
    {
      scenario: 'weights-mode deployment (the action shifts weights)',
      inputs: {
        environment: 'RELEASE: "3"',
        'traffic-shifting': 'weights',
        'deployment-config': 'Linear50PercentEvery2Seconds',
      },
    },
  ];

  it.each(steps)(
    '$scenario ends deployed on the new config',
    async ({ scenario, inputs }) => {
      await runScenario(
        results,
        { category: 'throttling', action: 'deploy-endpoint', scenario },
        newRuns(),
        async (runs) => {
          const baseline = await timed(() =>
            runs.run('deploy-endpoint', { inputs: deployInputs(ENDPOINTS.baseline, inputs) }),
          );
          expect(baseline.value.errors).toEqual([]);
          expect(baseline.value.exitCode).toBe(0);
          const before = (await endpointState(ENDPOINTS.faulted)).config;
          const faulted = await throttled(() =>
            runs.run('deploy-endpoint', { inputs: deployInputs(ENDPOINTS.faulted, inputs) }),
          );
          const run = faulted.value;
          expect(run.errors).toEqual([]);
          expect(run.exitCode).toBe(0);
          expect(run.outputs).toMatchObject({ status: 'deployed', 'previous-endpoint-config-name': before });
          const state = await endpointState(ENDPOINTS.faulted);
          expect(state).toMatchObject({ status: 'InService', config: run.outputs['endpoint-config-name'] });
          expect(state.models).toEqual([run.outputs['model-name']]);
          expect(faulted.throttledCalls).toBeGreaterThan(0);
          return {
            baselineMs: baseline.ms,
            faultedMs: faulted.ms,
            faultsInjected: faulted.throttledCalls,
            note: faulted.note,
          };
        },
      );
    },
    180_000,
  );

  it('rollback to the previous config ends InService on it', async () => {
    await runScenario(
      results,
      { category: 'throttling', action: 'rollback', scenario: 'rollback to previous' },
      newRuns(),
      async (runs) => {
        const baseline = await timed(() =>
          runs.run('rollback', { inputs: { 'endpoint-name': ENDPOINTS.baseline, reason: 'baseline' } }),
        );
        expect(baseline.value.errors).toEqual([]);
        expect(baseline.value.exitCode).toBe(0);
        const serving = (await endpointState(ENDPOINTS.faulted)).config;
        const faulted = await throttled(() =>
          runs.run('rollback', { inputs: { 'endpoint-name': ENDPOINTS.faulted, reason: 'throttled' } }),
        );
        const run = faulted.value;
        // On a failure, the calls the run made show which one gave up.
        const calls = run.errors.length ? callSequence() : [];
        expect({ errors: run.errors, calls }).toEqual({ errors: [], calls: [] });
        expect(run.exitCode).toBe(0);
        expect(run.outputs['rolled-back-from']).toBe(serving);
        const state = await endpointState(ENDPOINTS.faulted);
        expect(state).toMatchObject({ status: 'InService', config: run.outputs['rolled-back-to'] });
        expect(state.config).not.toBe(serving);
        return {
          baselineMs: baseline.ms,
          faultedMs: faulted.ms,
          faultsInjected: faulted.throttledCalls,
          note: faulted.note,
        };
      },
    );
  }, 180_000);

  it('a training job ends Completed with its model artifact', async () => {
    const trainInputs = (jobName: string) => ({
      'job-name': jobName,
      image: CHURN_IMAGE,
      'execution-role-arn': role,
      'input-data': 'train: s3://churn-data/train/',
      'output-path': 's3://churn-models/jobs/',
      hyperparameters: 'epochs: 20',
    });
    await runScenario(
      results,
      { category: 'throttling', action: 'train', scenario: 'training job' },
      newRuns(),
      async (runs) => {
        const baseline = await timed(() => runs.run('train', { inputs: trainInputs('thr-train-base') }));
        expect(baseline.value.errors).toEqual([]);
        expect(baseline.value.exitCode).toBe(0);
        const faulted = await throttled(() =>
          runs.run('train', { inputs: trainInputs('thr-train-faulted') }),
        );
        const run = faulted.value;
        expect(run.errors).toEqual([]);
        expect(run.exitCode).toBe(0);
        const job = await sagemaker.send(
          new DescribeTrainingJobCommand({ TrainingJobName: 'thr-train-faulted' }),
        );
        expect(job.TrainingJobStatus).toBe('Completed');
        expect(run.outputs['model-data-url']).toBe(job.ModelArtifacts?.S3ModelArtifacts);
        return {
          baselineMs: baseline.ms,
          faultedMs: faulted.ms,
          faultsInjected: faulted.throttledCalls,
          note: faulted.note,
        };
      },
    );
  }, 180_000);
});

const buildahAvailable = existsSync('/usr/bin/buildah') && existsSync('/usr/bin/docker-registry');
// Under CI the build must run: a missing buildah or registry fails it there instead of skipping it.
const describeBuild = buildahAvailable || process.env.CI === 'true' ? describe : describe.skip;

describeBuild('throttling during a build', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'modelship-reliability-build-'));
    await cp(path.join(repoRoot, 'e2e/fixtures/tiny-image'), path.join(work, 'model'), { recursive: true });
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('a buildah build pushes its image to ECR', async () => {
    const build = (runs: ScenarioRuns, repository: string) =>
      runs.run('build-container', {
        // tiny-image has no `serve` program to start: the /ping check is not what this test is about.
        inputs: { repository, context: 'model', builder: 'buildah', tags: 'v1', 'sagemaker-check': 'false' },
        env: { GITHUB_WORKSPACE: work, RUNNER_TEMP: work },
        timeoutMs: 150_000,
      });
    await runScenario(
      results,
      { category: 'throttling', action: 'build-container', scenario: 'buildah build and push' },
      newRuns(),
      async (runs) => {
        const baseline = await timed(() => build(runs, 'thr/base'));
        expect(baseline.value.errors).toEqual([]);
        const faulted = await throttled(() => build(runs, 'thr/faulted'));
        const run = faulted.value;
        expect(run.errors).toEqual([]);
        expect(run.exitCode).toBe(0);
        const ecr = new ECRClient(sdkClientConfig(emulator));
        const image = (
          await ecr.send(
            new DescribeImagesCommand({ repositoryName: 'thr/faulted', imageIds: [{ imageTag: 'v1' }] }),
          )
        ).imageDetails?.[0];
        ecr.destroy();
        expect(image?.imageDigest).toBe(run.outputs['image-digest']);
        return {
          baselineMs: baseline.ms,
          faultedMs: faulted.ms,
          faultsInjected: faulted.throttledCalls,
          note: faulted.note,
        };
      },
    );
  }, 320_000);
});
