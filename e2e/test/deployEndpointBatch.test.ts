import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DescribeTransformJobCommand,
  ListTagsCommand,
  ListTransformJobsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, installChurnModel, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let s3: S3Client;
let modelData: string;
let awsEnv: Record<string, string>;

/** The example model's weights, as installChurnModel trains them into model.json. */
const WEIGHTS = [-3, 2.5, -1];
const BIAS = 0.3;
const churnProbability = (features: number[]) => {
  const z = BIAS + WEIGHTS.reduce((sum, w, i) => sum + w * (features[i] as number), 0);
  return Math.round((1 / (1 + Math.exp(-Math.max(Math.min(z, 35), -35)))) * 1e6) / 1e6;
};

const day1 = [
  [0.1, 0.2, 0.3],
  [1, 0, 0],
  [0, 1, 1],
];
const day2 = [
  [0.5, 0.5, 0.5],
  [0.9, 0.1, 0.4],
];
const csv = (rows: number[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

const put = (key: string, body: string) =>
  s3.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: body }));

beforeAll(async () => {
  emulator = await startEmulator({ timing: { provisioningMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  modelData = await installChurnModel(emulator);
  await put('scoring/in/day1.csv', csv(day1));
  await put('scoring/in/day2.csv', csv(day2));
  await put('scoring/ids/day1.csv', day1.map((row, i) => `c${i + 1},${row.join(',')}`).join('\n'));
  // Enough single-record requests that a cancel lands while the job runs.
  const many = Array.from({ length: 400 }, (_, i) => [i / 400, 1 - i / 400, 0.5]);
  for (let part = 0; part < 10; part++) await put(`scoring/big/part-${part}.csv`, csv(many));
  awsEnv = awsEnvironment(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const batch = (extra: Record<string, string> = {}) => ({
  'endpoint-type': 'batch-transform',
  'endpoint-name': 'churn-scoring',
  image: CHURN_IMAGE,
  'model-data-url': modelData,
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
  'batch-input': 's3://models/scoring/in/',
  'batch-output': 's3://models/scoring/out/',
  'batch-content-type': 'text/csv',
  'batch-strategy': 'SingleRecord',
  ...extra,
});
const deploy = (inputs: Record<string, string>, options: Parameters<typeof runAction>[1] = {}) =>
  runAction('deploy-endpoint', { inputs, env: awsEnv, ...options });

const outputObject = async (uri: string, name: string) => {
  const [, bucket, prefix] = /^s3:\/\/([^/]+)\/(.*)$/.exec(uri) as RegExpExecArray;
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${name}` }));
  return (await object.Body?.transformToString()) ?? '';
};
const describeJob = (name: string) =>
  sagemaker.send(new DescribeTransformJobCommand({ TransformJobName: name }));

describe('deploy-endpoint batch-transform, the bundled action against the emulator', () => {
  it('transforms a CSV prefix: one output object per input, one prediction per line, in order', async () => {
    const run = await deploy(batch());
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const jobName = run.outputs['transform-job-name'] as string;
    expect(jobName).toMatch(/^churn-scoring-f00dfee-\d{8}-\d{6}-\d{3}$/);
    expect(run.outputs).toMatchObject({
      status: 'completed',
      'output-path': `s3://models/scoring/out/${jobName}/`,
      records: '2',
    });
    for (const [name, rows] of [
      ['day1.csv.out', day1],
      ['day2.csv.out', day2],
    ] as const) {
      const lines = (await outputObject(run.outputs['output-path'] as string, name)).split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.map((line) => JSON.parse(line))).toEqual(
        rows.map((row) => ({ predictions: [churnProbability(row)] })),
      );
    }
    const job = await describeJob(jobName);
    expect(job).toMatchObject({ TransformJobStatus: 'Completed', ModelName: run.outputs['model-name'] });
    const tags = await sagemaker.send(new ListTagsCommand({ ResourceArn: job.TransformJobArn }));
    expect(tags.Tags).toEqual(expect.arrayContaining([expect.objectContaining({ Value: 'octo/churn' })]));
    expect(run.stdout).toMatch(/\] InProgress: \d of 2 object\(s\) written/);
    expect(run.summary).toContain('Completed');
    expect(run.summary).toContain('s3://models/scoring/in/ (2 object(s))');
    expect(run.summary).toContain(`#/transform-jobs/${jobName}`);
  });

  it('drops the ID column for the model and writes each ID with its prediction (DataProcessing)', async () => {
    const run = await deploy(
      batch({
        'batch-input': 's3://models/scoring/ids/',
        'batch-input-filter': '$[1:]',
        'batch-join-source': 'Input',
        'batch-output-filter': '$[0,-1]',
      }),
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ status: 'completed', records: '1' });
    const lines = (await outputObject(run.outputs['output-path'] as string, 'day1.csv.out')).split('\n');
    expect(lines.pop()).toBe('');
    // The model answers JSON: joined to a CSV record it is one field, quoted.
    expect(lines).toEqual(day1.map((row, i) => `c${i + 1},"{""predictions"": [${churnProbability(row)}]}"`));
  });

  it('re-runs the same commit as a new job, reusing the model, and plans from the earlier run', async () => {
    const first = await deploy(batch());
    expect(first.outputs.status).toBe('completed');
    const again = await deploy(batch());
    expect(again.errors).toEqual([]);
    expect(again.outputs.status).toBe('completed');
    expect(again.outputs['transform-job-name']).not.toBe(first.outputs['transform-job-name']);
    expect(again.outputs['model-name']).toBe(first.outputs['model-name']);
    expect(again.stdout).toContain(`Model ${again.outputs['model-name']} exists`);
    for (const run of [first, again]) {
      expect((await describeJob(run.outputs['transform-job-name'] as string)).TransformJobStatus).toBe(
        'Completed',
      );
    }

    const before = (await sagemaker.send(new ListTransformJobsCommand({}))).TransformJobSummaries ?? [];
    const plan = await deploy(batch({ mode: 'plan' }));
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs.status).toBe('planned');
    expect(plan.stdout).toMatch(
      /over 2 object\(s\) in s3:\/\/models\/scoring\/in\/.*expected ~[\dhms ]+ \(as churn-scoring-/,
    );
    const after = (await sagemaker.send(new ListTransformJobsCommand({}))).TransformJobSummaries ?? [];
    expect(after).toHaveLength(before.length);
  });

  it('fails the step with the job FailureReason when the model fails', async () => {
    const run = await deploy(batch({ environment: 'CHURN_MODEL_FAIL_RATE: "1"' }));
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.errors.join('\n')).toMatch(
      /Transform job churn-scoring-\S+ failed: ClientError: the model answered 500/,
    );
    expect(run.errors.join('\n')).toContain('injected failure');
    const job = await describeJob(run.outputs['transform-job-name'] as string);
    expect(job.TransformJobStatus).toBe('Failed');
  });

  it('stops the job when the step is cancelled, and says so', async () => {
    const run = await deploy(batch({ 'batch-input': 's3://models/scoring/big/' }), {
      cancelWhen: (out) => out.includes('Started transform job'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('stopping transform job');
    expect(run.outputs.status).toBe('stopped');
    expect(run.errors.join('\n')).toMatch(/The step was cancelled; transform job \S+ was stopped/);
    const job = await describeJob(run.outputs['transform-job-name'] as string);
    expect(job.TransformJobStatus).toBe('Stopped');
    const written = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'models',
        Prefix: `scoring/out/${run.outputs['transform-job-name']}/`,
      }),
    );
    expect(written.KeyCount ?? 0).toBeLessThan(10);
  });

  it('refuses endpoint inputs with batch-transform, each named, before any AWS call', async () => {
    emulator.log.clear();
    const run = await deploy(
      batch({ 'deployment-config': 'Canary10Percent5Minutes', alarms: 'churn-5xx', 'variant-name': 'Blue' }),
    );
    expect(run.exitCode).toBe(1);
    const errors = run.errors.join('\n');
    for (const input of ['deployment-config', 'alarms', 'variant-name'])
      expect(errors).toContain(`"${input}"`);
    expect(emulator.log.list()).toEqual([]);
  });

  it('refuses batch inputs with an endpoint type before any AWS call', async () => {
    emulator.log.clear();
    const run = await deploy(batch({ 'endpoint-type': 'real-time' }));
    expect(run.exitCode).toBe(1);
    const errors = run.errors.join('\n');
    for (const input of ['batch-input', 'batch-output', 'batch-content-type', 'batch-strategy']) {
      expect(errors).toContain(`"${input}"`);
    }
    expect(emulator.log.list()).toEqual([]);
  });
});
