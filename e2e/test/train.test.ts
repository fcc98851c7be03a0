import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreatePipelineCommand,
  DescribeModelPackageCommand,
  DescribeTrainingJobCommand,
  ListModelPackagesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, churnModelDir, installChurnModel, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let s3: S3Client;
let awsEnv: Record<string, string>;

const role = 'arn:aws:iam::123456789012:role/sagemaker';
const metricDefinitions =
  "validation:accuracy: 'validation:accuracy=([0-9.]+)'\ntrain:loss: 'train:loss=([0-9.]+)'";

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  await installChurnModel(emulator);
  for (const bucket of ['churn-data', 'churn-models'])
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const channel of ['train', 'validation']) {
    const body = await readFile(path.join(churnModelDir, 'data', channel, `${channel}.csv`));
    await s3.send(
      new PutObjectCommand({ Bucket: 'churn-data', Key: `${channel}/${channel}.csv`, Body: body }),
    );
  }
  awsEnv = awsEnvironment(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const jobInputs = (extra: Record<string, string> = {}) => ({
  image: CHURN_IMAGE,
  'execution-role-arn': role,
  'input-data':
    'train: s3://churn-data/train/\nvalidation:\n  s3-uri: s3://churn-data/validation/\n  content-type: text/csv',
  'output-path': 's3://churn-models/jobs/',
  hyperparameters: 'epochs: 50\nlearning-rate: 0.1',
  'metric-definitions': metricDefinitions,
  ...extra,
});
const train = (inputs: Record<string, string>, options: { cancelWhen?: (out: string) => boolean } = {}) =>
  runAction('train', { inputs, env: awsEnv, timeoutMs: 90_000, ...options });
const versionsOf = async (group: string) =>
  (await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: group })))
    .ModelPackageSummaryList ?? [];

describe('train, the bundled action against the emulator', () => {
  let championArn: string;
  let championAccuracy: number;

  it('trains the example model with live logs, passes the gate on its real metric and registers the version', async () => {
    const run = await train(
      jobInputs({
        gate: 'validation:accuracy>=0.7',
        'model-package-group': 'churn',
        'approval-status': 'Approved',
      }),
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const jobName = run.outputs['training-job-name'] as string;
    expect(jobName).toMatch(/^churn-f00dfee-\d{8}-\d{6}-\d{3}$/);
    // The log and the secondary statuses were printed as they came, inside the job's group.
    expect(run.stdout).toContain(`::group::Training job ${jobName}`);
    expect(run.stdout).toMatch(/Training: /);
    expect(run.stdout).toMatch(/epoch=0 train:loss=/);
    expect(run.stdout).toMatch(/validation:accuracy=0\.\d+/);

    const metrics = JSON.parse(run.outputs.metrics as string) as Record<string, number>;
    championAccuracy = metrics['validation:accuracy'] as number;
    expect(championAccuracy).toBeGreaterThanOrEqual(0.7);
    expect(run.outputs).toMatchObject({ status: 'Completed', 'gate-passed': 'true' });
    expect(run.outputs['model-data-url']).toBe(`s3://churn-models/jobs/${jobName}/output/model.tar.gz`);
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
    expect(job.HyperParameters).toEqual({ epochs: '50', 'learning-rate': '0.1' });

    championArn = run.outputs['model-package-arn'] as string;
    const version = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: championArn }));
    expect(version).toMatchObject({
      ModelPackageGroupName: 'churn',
      ModelApprovalStatus: 'Approved',
      CustomerMetadataProperties: expect.objectContaining({
        'git-sha': 'f00dfeedcafe0123456789abcdef0123456789ab',
        ref: 'refs/heads/main',
        'run-url': 'https://github.com/octo/churn/actions/runs/4242',
        image: CHURN_IMAGE,
      }),
    });
    expect(version.InferenceSpecification?.Containers?.[0]).toMatchObject({
      Image: CHURN_IMAGE,
      ModelDataUrl: run.outputs['model-data-url'],
    });
    const reportUri = version.ModelMetrics?.ModelQuality?.Statistics?.S3Uri as string;
    expect(reportUri).toBe(`s3://churn-models/jobs/${jobName}/modelship/metrics.json`);
    const report = await s3.send(
      new GetObjectCommand({ Bucket: 'churn-models', Key: reportUri.replace('s3://churn-models/', '') }),
    );
    expect(JSON.parse((await report.Body?.transformToString()) as string).metrics).toMatchObject({
      'validation:accuracy': { value: championAccuracy },
    });

    expect(run.summary).toContain('No champion');
    expect(run.summary).toContain('xychart-beta');
    expect(run.summary).toContain('title "train:loss"');
  });

  it('passes a second run against that version as champion, and fails one that must beat it', async () => {
    const equal = await train(
      jobInputs({ gate: 'validation:accuracy>=champion', 'model-package-group': 'churn' }),
    );
    expect(equal.errors).toEqual([]);
    expect(equal.exitCode).toBe(0);
    expect(equal.outputs['gate-passed']).toBe('true');
    expect(equal.summary).toContain(championArn);
    expect(await versionsOf('churn')).toHaveLength(2);

    const better = await train(
      jobInputs({ gate: 'validation:accuracy>champion+0.01', 'model-package-group': 'churn' }),
    );
    expect(better.exitCode).toBe(1);
    expect(better.outputs).toMatchObject({ status: 'gate-failed', 'gate-passed': 'false' });
    expect(better.outputs['model-package-arn']).toBeUndefined();
    const threshold = Number((championAccuracy + 0.01).toPrecision(12));
    expect(better.errors.join('\n')).toContain(
      `validation:accuracy is ${championAccuracy}, and the gate needs > ${threshold}`,
    );
    expect(await versionsOf('churn')).toHaveLength(2);
  });

  it('fails the step when a threshold gate fails, registering nothing', async () => {
    const run = await train(
      jobInputs({ gate: 'validation:accuracy>=0.999', 'model-package-group': 'churn-strict' }),
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('The quality gate failed');
    expect(run.errors.join('\n')).toContain('validation:accuracy>=0.999');
    expect(run.outputs).toMatchObject({ status: 'gate-failed', 'gate-passed': 'false' });
    expect(run.summary).toContain('❌');
  });

  it('stops the training job when the step is cancelled, and says so', async () => {
    const run = await train(
      jobInputs({ hyperparameters: 'epochs: 100000000', 'job-name': 'churn-cancelled' }),
      {
        cancelWhen: (out) => /\] Training/.test(out),
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('stopping training job churn-cancelled');
    expect(run.outputs.status).toBe('Stopped');
    expect(run.errors.join('\n')).toContain('cancelled; the training job churn-cancelled was stopped');
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'churn-cancelled' }));
    expect(job.TrainingJobStatus).toBe('Stopped');
  });

  it('refuses bad input, naming every input, before any AWS call', async () => {
    emulator.log.clear();
    const run = await train({
      ...jobInputs(),
      hyperparameters: '- not\n- a mapping',
      'input-data': 'train: /local/data',
      'output-path': 'bucket/models',
      'pipeline-parameters': 'a: {b: 1}',
      gate: 'accuracy=>0.8',
    });
    expect(run.exitCode).toBe(1);
    const message = run.errors.join('\n');
    for (const input of ['hyperparameters', 'input-data', 'output-path', 'pipeline-parameters', 'gate']) {
      expect(message).toContain(`Input "${input}"`);
    }
    const across = await train({
      ...jobInputs(),
      gate: 'validation:auc>=0.8, validation:accuracy>=champion',
      spot: 'true',
      'max-runtime-seconds': '3600',
      'max-wait-seconds': '60',
      'pipeline-name': 'churn-build',
    });
    expect(across.exitCode).toBe(1);
    const acrossMessage = across.errors.join('\n');
    expect(acrossMessage).toContain(
      'Input "image" is "' + CHURN_IMAGE + '"; set either pipeline-name or image, not both',
    );
    expect(acrossMessage).toContain('needs model-package-group');
    expect(acrossMessage).toContain(
      'Input "max-wait-seconds" is "60"; with spot it is required and must be at least max-runtime-seconds (3600)',
    );
    const undefinedMetric = await train({ ...jobInputs(), gate: 'validation:auc>=0.8' });
    expect(undefinedMetric.errors.join('\n')).toContain(
      '"validation:auc" has no regex in metric-definitions',
    );
    expect(emulator.log.list()).toEqual([]);
  });
});

/** train -> accuracy >= MinAccuracy ? register : fail, as the SageMaker Python SDK writes it. */
function churnPipeline(): string {
  return JSON.stringify({
    Version: '2020-12-01',
    Parameters: [{ Name: 'MinAccuracy', Type: 'Float', DefaultValue: 0.7 }],
    Steps: [
      {
        Name: 'Train',
        Type: 'Training',
        Arguments: {
          RoleArn: role,
          AlgorithmSpecification: {
            TrainingImage: CHURN_IMAGE,
            TrainingInputMode: 'File',
            MetricDefinitions: [{ Name: 'accuracy', Regex: 'validation:accuracy=([0-9.]+)' }],
          },
          InputDataConfig: [
            {
              ChannelName: 'train',
              DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://churn-data/train/' } },
            },
          ],
          OutputDataConfig: { S3OutputPath: 's3://churn-models/pipeline/' },
          ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 10 },
          StoppingCondition: { MaxRuntimeInSeconds: 3600 },
          HyperParameters: { epochs: '50' },
        },
      },
      {
        Name: 'CheckAccuracy',
        Type: 'Condition',
        Arguments: {
          Conditions: [
            {
              Type: 'GreaterThanOrEqualTo',
              LeftValue: { Get: "Steps.Train.FinalMetricDataList['accuracy'].Value" },
              RightValue: { Get: 'Parameters.MinAccuracy' },
            },
          ],
          IfSteps: [],
          ElseSteps: [
            {
              Name: 'AccuracyTooLow',
              Type: 'Fail',
              Arguments: { ErrorMessage: 'Accuracy is below the minimum' },
            },
          ],
        },
      },
    ],
  });
}

describe('train with a pipeline', () => {
  beforeAll(async () => {
    await sagemaker.send(
      new CreatePipelineCommand({
        PipelineName: 'churn-build',
        PipelineDefinition: churnPipeline(),
        RoleArn: role,
      }),
    );
  });

  it('follows an execution to success, printing each step, with the training step metrics', async () => {
    const run = await train({
      'pipeline-name': 'churn-build',
      'pipeline-parameters': 'MinAccuracy: 0.5',
      gate: 'accuracy>=0.5',
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['pipeline-execution-arn']).toMatch(/pipeline\/churn-build\/execution\//);
    expect(run.stdout).toMatch(/step Train Succeeded/);
    expect(run.stdout).toMatch(/step CheckAccuracy Succeeded/);
    expect(run.outputs).toMatchObject({ status: 'Succeeded', 'gate-passed': 'true' });
    expect(run.outputs['model-data-url']).toMatch(
      /^s3:\/\/churn-models\/pipeline\/.+\/output\/model.tar.gz$/,
    );
  });

  it('fails the step when the execution fails, with the reason', async () => {
    const run = await train({ 'pipeline-name': 'churn-build', 'pipeline-parameters': 'MinAccuracy: 0.999' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/step AccuracyTooLow Failed/);
    expect(run.outputs.status).toBe('Failed');
    expect(run.errors.join('\n')).toContain('Accuracy is below the minimum');
  });
});
