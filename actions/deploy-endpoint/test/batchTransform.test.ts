import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateModelCommand,
  CreateTransformJobCommand,
  DescribeTransformJobCommand,
  ListTransformJobsCommand,
  StopTransformJobCommand,
} from '@aws-sdk/client-sagemaker';
import { batchSummaryMarkdown } from '../src/batchSummary';
import { batchTransform } from '../src/batchTransform';
import { deployInputProblems } from '../src/deployInputProblems';
import { transformJobName } from '../src/transformJobName';
import {
  batchHarness,
  batchInputsOf,
  batchRequestFor,
  FakeBatch,
  sagemaker,
  type BatchHarness,
} from './fakeBatch';

let fake: FakeBatch;
let h: BatchHarness;

beforeEach(() => {
  h = batchHarness();
  fake = new FakeBatch(h.clock);
});

const run = (raw: Record<string, string> = {}) => batchTransform(h.ports, batchRequestFor(raw, h.clock));
const created = () => sagemaker.commandCalls(CreateTransformJobCommand).map((c) => c.args[0].input);

describe('batchTransform (fake SageMaker, S3 and CloudWatch Logs, fake clock)', () => {
  it('creates the tagged model, starts the job under its own output prefix and reports it completed', async () => {
    const result = await run({ 'batch-strategy': 'SingleRecord', 'instance-count': '2' });
    expect(fake.changes()).toEqual(['CreateModel', 'CreateTransformJob']);
    const model = sagemaker.commandCalls(CreateModelCommand)[0]?.args[0].input;
    expect(model?.Tags).toEqual(
      expect.arrayContaining([{ Key: 'modelship:git-sha', Value: expect.any(String) }]),
    );
    const job = created()[0];
    const name = job?.TransformJobName as string;
    expect(name).toBe(transformJobName('churn-scoring', 'f00dfeedcafe', 1_000_000));
    expect(job).toMatchObject({
      ModelName: model?.ModelName,
      BatchStrategy: 'SingleRecord',
      MaxPayloadInMB: 6,
      TransformInput: {
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://models/scoring/in/' } },
        ContentType: 'text/csv',
        SplitType: 'Line',
      },
      TransformOutput: { S3OutputPath: `s3://models/scoring/out/${name}/`, AssembleWith: 'Line' },
      TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 2 },
      DataProcessing: undefined,
    });
    expect(result).toMatchObject({ status: 'completed', jobName: name, objectsOut: 2, reason: undefined });
    expect(h.outputs).toMatchObject({
      'transform-job-name': name,
      'output-path': `s3://models/scoring/out/${name}/`,
      'model-name': model?.ModelName,
    });
    expect(h.logger.text('info')).toMatch(/^\[\d+s\] InProgress: 1 of 2 object\(s\) written$/m);
    expect(h.logger.text('info')).toContain('serving on port 8080');
  });

  it('sits out throttled DescribeTransformJob polls and still reports the job completed', async () => {
    fake.throttledDescribes = 3;
    const result = await run();
    expect(result).toMatchObject({ status: 'completed', objectsOut: 2 });
    expect(sagemaker.commandCalls(DescribeTransformJobCommand)).toHaveLength(5);
  });

  it('fails, saying so, when DescribeTransformJob is throttled ten polls in a row', async () => {
    fake.throttledDescribes = 1_000;
    await expect(run()).rejects.toThrow(
      /DescribeTransformJob on .+ failed 10 polls in a row with transient errors/,
    );
  });

  it('passes the filters and the join as DataProcessing', async () => {
    await run({
      'batch-input-filter': '$[1:]',
      'batch-join-source': 'Input',
      'batch-output-filter': '$[0,-1]',
    });
    expect(created()[0]?.DataProcessing).toEqual({
      InputFilter: '$[1:]',
      OutputFilter: '$[0,-1]',
      JoinSource: 'Input',
    });
  });

  it('re-runs the same commit as a new job on the model it made before', async () => {
    const first = await run();
    h.clock.advance(60_000);
    const second = await run();
    expect(second.plan.modelName).toBe(first.plan.modelName);
    expect(second.jobName).not.toBe(first.jobName);
    expect(fake.changes()).toEqual(['CreateModel', 'CreateTransformJob', 'CreateTransformJob']);
    expect(h.logger.text('info')).toContain(`Model ${first.plan.modelName} exists`);
  });

  it('starts under a counted name, with its own output prefix, when the name is taken', async () => {
    fake.taken.add(transformJobName('churn-scoring', 'f00dfeedcafe', 1_000_000));
    const result = await run();
    const renamed = created()[1];
    expect(renamed?.TransformJobName).toMatch(/-2$/);
    expect(renamed?.TransformOutput?.S3OutputPath).toBe(
      `s3://models/scoring/out/${renamed?.TransformJobName}/`,
    );
    expect(result.jobName).toBe(renamed?.TransformJobName);
  });

  it('reports a failed job with its FailureReason and the last lines of its log', async () => {
    fake.script = [
      { TransformJobStatus: 'InProgress' },
      { TransformJobStatus: 'Failed', FailureReason: 'ClientError: the model answered 500' },
    ];
    fake.logLines = ['serving on port 8080', 'Traceback: boom'];
    const result = await run();
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'ClientError: the model answered 500',
      logTail: ['serving on port 8080', 'Traceback: boom'],
    });
  });

  it('stops the job when the step is cancelled, and says so', async () => {
    fake.script = [{ TransformJobStatus: 'InProgress' }];
    sagemaker.on(CreateTransformJobCommand).callsFake((input) => {
      fake.jobs.set(input.TransformJobName, {
        request: input,
        state: {},
        script: [{ TransformJobStatus: 'InProgress' }],
      });
      h.cancel.abort(new Error('cancelled by SIGINT'));
      return {};
    });
    const result = await run();
    expect(sagemaker.commandCalls(StopTransformJobCommand)).toHaveLength(1);
    expect(h.logger.text('warning')).toContain(`stopping transform job ${result.jobName}`);
    expect(result).toMatchObject({
      status: 'stopped',
      reason: `The step was cancelled; transform job ${result.jobName} was stopped.`,
    });
  });

  it('stops waiting at timeout-minutes, leaves the job running and says so', async () => {
    fake.script = [{ TransformJobStatus: 'InProgress' }];
    const result = await run({ 'timeout-minutes': '1' });
    expect(result.status).toBe('in-progress');
    expect(result.reason).toMatch(
      /still InProgress after timeout-minutes \(1\); the step stopped waiting, the job goes on/,
    );
    expect(sagemaker.commandCalls(StopTransformJobCommand)).toHaveLength(0);
  });

  it('refuses an input prefix with no objects before creating anything; a plan warns about it', async () => {
    fake.objects.set('models/scoring/in/', 0);
    await expect(run()).rejects.toThrow('batch-input s3://models/scoring/in/ holds no objects');
    expect(fake.changes()).toEqual([]);
    await expect(run({ mode: 'plan' })).resolves.toMatchObject({ status: 'planned' });
    expect(h.logger.text('warning')).toContain('holds no objects: a deploy would stop here');
  });

  it('plans without changing anything, with the expected instance time from the last run of the model', async () => {
    const earlier = await run();
    sagemaker
      .on(ListTransformJobsCommand)
      .resolves({ TransformJobSummaries: [{ TransformJobName: earlier.jobName } as never] });
    sagemaker.on(DescribeTransformJobCommand, { TransformJobName: earlier.jobName }).resolves({
      TransformJobName: earlier.jobName,
      ModelName: earlier.plan.modelName,
      TransformStartTime: new Date(0),
      TransformEndTime: new Date(90_000),
    });
    sagemaker.resetHistory();
    const plan = await run({ mode: 'plan', 'instance-count': '3' });
    expect(fake.changes()).toEqual([]);
    expect(plan).toMatchObject({
      status: 'planned',
      plan: { model: 'reuse', objectsIn: 2, instanceSeconds: 270 },
    });
    expect(h.logger.text('info')).toContain(
      `expected ~1m 30s (as ${earlier.jobName}), 3 × ml.m5.large for ~4m 30s of instance time`,
    );
  });
});

describe('batch-transform input rules', () => {
  const problems = (raw: Record<string, string>) =>
    deployInputProblems(batchInputsOf(raw)).map((p) => p.input);

  it('needs the input and output prefixes, and an output outside the input', () => {
    expect(problems({ 'batch-input': '', 'batch-output': '' })).toEqual(['batch-input', 'batch-output']);
    expect(problems({ 'batch-output': 's3://models/scoring/in/out/' })).toEqual(['batch-output']);
    expect(problems({ 'endpoint-name': '' })).toEqual([]);
  });

  it('refuses every endpoint input given with batch-transform, each by name', () => {
    expect(
      problems({
        'deployment-config': 'Canary10Percent5Minutes',
        'traffic-shifting': 'weights',
        'variant-name': 'Blue',
        alarms: 'churn-5xx',
        'alarm-thresholds': '5xx-rate=1%',
        'autoscaling-min': '1',
        'autoscaling-max': '2',
        'autoscaling-target-invocations': '70',
      }),
    ).toEqual([
      'deployment-config',
      'traffic-shifting',
      'variant-name',
      'alarms',
      'alarm-thresholds',
      'autoscaling-min',
      'autoscaling-max',
      'autoscaling-target-invocations',
    ]);
  });

  it('refuses the batch inputs with target codedeploy, which would ignore them', () => {
    const codedeploy = problems({
      target: 'codedeploy',
      image: '',
      'model-data-url': '',
      'codedeploy-application': 'churn',
      'codedeploy-deployment-group': 'churn-prod',
      appspec: 'version: 0.0',
    });
    expect(codedeploy).toEqual(['batch-input', 'batch-output', 'batch-content-type']);
  });

  it('refuses every batch input given with an endpoint type, each by name', () => {
    expect(problems({ 'endpoint-type': 'real-time', 'batch-join-source': 'Input' })).toEqual([
      'batch-input',
      'batch-output',
      'batch-content-type',
      'batch-join-source',
    ]);
  });
});

describe('batchTransform, the edges of a run', () => {
  it('starts no job when the step is cancelled before the job would start', async () => {
    sagemaker.on(CreateModelCommand).callsFake(() => {
      h.cancel.abort(new Error('cancelled by SIGINT'));
      return {};
    });
    await expect(run()).rejects.toThrow('cancelled before the transform job started; no job was started');
    expect(fake.changes()).toEqual(['CreateModel']);
  });

  it('with wait false, starts the job and reports it in progress without following it', async () => {
    const result = await run({ wait: 'false' });
    expect(result.status).toBe('in-progress');
    expect([result.reason, result.objectsOut]).toEqual([undefined, undefined]);
    expect(sagemaker.commandCalls(DescribeTransformJobCommand)).toHaveLength(0);
    expect(h.outputs['transform-job-name']).toBe(result.jobName);
  });
});

describe('batchSummaryMarkdown', () => {
  it('shows the outcome, the prefixes with objects in and out, the durations and the console link', async () => {
    const result = await run();
    const summary = batchSummaryMarkdown(result, 'eu-west-1');
    expect(summary).toContain(`## ✅ Completed: transform job \`${result.jobName}\``);
    expect(summary).toContain('| Input | s3://models/scoring/in/ (2 object(s)) |');
    expect(summary).toContain(`| Output | s3://models/scoring/out/${result.jobName}/ (2 object(s)) |`);
    expect(summary).toMatch(/\| Duration \| \d+s \(the job itself: \d+s\) \|/);
    expect(summary).toContain(
      `https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/transform-jobs/${result.jobName}`,
    );
    expect(summary).not.toContain('Last lines of the job log');
  });

  it('shows why a job failed and the last lines of its log', async () => {
    fake.script = [{ TransformJobStatus: 'Failed', FailureReason: 'ClientError: bad record' }];
    fake.logLines = ['Traceback: boom'];
    const summary = batchSummaryMarkdown(await run(), 'us-east-1');
    expect(summary).toContain('## ❌ Failed');
    expect(summary).toContain('> ClientError: bad record');
    expect(summary).toContain('### Last lines of the job log\n\n```\nTraceback: boom\n```');
  });
});
