import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  GetLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  type DescribeTrainingJobCommandOutput,
  ListTrainingJobsCommand,
  SageMakerClient,
  StopTrainingJobCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { processIsAlive } from './echoModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { bindTrainer, filesOfArchive, trainingJobRequest, uploadTrainingData } from './trainingFixture';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let logs: CloudWatchLogsClient;
let s3: S3Client;
let trainUri: string;

beforeAll(async () => {
  // At 60x a 60 s MaxRuntimeInSeconds passes in 1 s.
  emulator = await startEmulator({ timing: { timeScale: 60 } });
  bindTrainer(emulator);
  trainUri = uploadTrainingData(emulator);
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  logs = new CloudWatchLogsClient(sdkClientConfig(emulator));
  s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
});
afterAll(async () => {
  await emulator.stop();
});

const describeJob = (name: string) =>
  sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
const untilStatus = (name: string, statuses: string[]) =>
  pollUntil(
    async () => {
      const job = await describeJob(name);
      return statuses.includes(job.TrainingJobStatus as string) ? job : undefined;
    },
    15_000,
    `training job ${name} to be ${statuses.join(' or ')}`,
  );
const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail');
};
const logLines = async (job: string) => {
  const streams = await logs.send(
    new DescribeLogStreamsCommand({
      logGroupName: '/aws/sagemaker/TrainingJobs',
      logStreamNamePrefix: `${job}/`,
    }),
  );
  const stream = streams.logStreams?.[0]?.logStreamName as string;
  const events = await logs.send(
    new GetLogEventsCommand({
      logGroupName: '/aws/sagemaker/TrainingJobs',
      logStreamName: stream,
      startFromHead: true,
    }),
  );
  return { stream, lines: events.events?.map((e) => e.message) ?? [] };
};

describe('training jobs', () => {
  it('trains a tiny model: metrics, secondary statuses, logs and model.tar.gz at the output path', async () => {
    await sagemaker.send(new CreateTrainingJobCommand(trainingJobRequest('churn-train-1', trainUri)));
    const job = await untilStatus('churn-train-1', ['Completed', 'Failed']);
    expect(job.FailureReason).toBeUndefined();
    expect(job).toMatchObject({
      TrainingJobStatus: 'Completed',
      SecondaryStatus: 'Completed',
      TrainingJobArn: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/churn-train-1',
      ModelArtifacts: { S3ModelArtifacts: 's3://training-output/jobs/churn-train-1/output/model.tar.gz' },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      HyperParameters: { epochs: '2', threshold: '0.5' },
    });
    expect(job.CreationTime).toBeInstanceOf(Date);
    expect(job.TrainingStartTime).toBeInstanceOf(Date);
    expect(job.TrainingEndTime).toBeInstanceOf(Date);
    expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual([
      'Starting',
      'Downloading',
      'Training',
      'Uploading',
      'Completed',
    ]);
    for (const transition of job.SecondaryStatusTransitions ?? []) {
      expect(transition.EndTime?.getTime()).toBeGreaterThanOrEqual(transition.StartTime?.getTime() as number);
      expect(transition.StatusMessage).toMatch(/[A-Za-z]{3,}/);
    }
    const metrics = Object.fromEntries(job.FinalMetricDataList?.map((m) => [m.MetricName, m.Value]) ?? []);
    expect(metrics).toEqual({ accuracy: 0.9, loss: 0.1 });

    const archive = await s3.send(
      new GetObjectCommand({ Bucket: 'training-output', Key: 'jobs/churn-train-1/output/model.tar.gz' }),
    );
    const files = await filesOfArchive(
      Buffer.from(await (archive.Body?.transformToByteArray() as Promise<Uint8Array>)),
    );
    expect(Object.keys(files)).toEqual(['model.json']);
    const model = JSON.parse(files['model.json'] as string);
    expect(model).toMatchObject({
      rows: 10,
      epochs_variable: '2',
      hosts: ['algo-1'],
      channels: ['train'],
      resource_config: { current_host: 'algo-1', hosts: ['algo-1'], network_interface_name: 'eth0' },
      hyperparameters_file: { epochs: '2', threshold: '0.5' },
    });
    const evaluation = emulator.env.stores.objects?.get(
      'training-output',
      'jobs/churn-train-1/output/output.tar.gz',
    );
    expect(evaluation).toBeDefined();

    const { stream, lines } = await logLines('churn-train-1');
    expect(stream).toMatch(/^churn-train-1\/algo-1-\d{10}$/);
    expect(lines).toEqual(['epoch=1 loss=0.1000', 'epoch=2 loss=0.1000', 'accuracy=0.9']);
  });

  it('fails a job whose process exits non-zero, with the text of output/failure as the reason', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand(trainingJobRequest('churn-fail', trainUri, { behaviour: 'fail' })),
    );
    const job = await untilStatus('churn-fail', ['Completed', 'Failed']);
    expect(job).toMatchObject({
      TrainingJobStatus: 'Failed',
      SecondaryStatus: 'Failed',
      FailureReason: 'ValueError: the training data has no label column',
    });
    expect(
      emulator.env.stores.objects?.get('training-output', 'jobs/churn-fail/output/model.tar.gz'),
    ).toBeUndefined();
    expect((await logLines('churn-fail')).lines).toContain('Traceback: failing on purpose');
  });

  it('stops a running job: Stopping, SIGTERM, the process gone, the partial model uploaded', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand(trainingJobRequest('churn-stop', trainUri, { behaviour: 'sleep' })),
    );
    const pid = await pollUntil(
      async () => {
        const lines = await logLines('churn-stop').catch(() => ({ lines: [] as string[] }));
        const match = lines.lines.map((l) => /pid=(\d+)/.exec(l ?? '')).find(Boolean);
        return match ? Number(match[1]) : undefined;
      },
      10_000,
      'the sleeping trainer to start',
    );
    expect((await describeJob('churn-stop')).SecondaryStatus).toBe('Training');
    await sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'churn-stop' }));
    const stopping = await describeJob('churn-stop');
    expect(['Stopping', 'Stopped']).toContain(stopping.TrainingJobStatus);

    const job = await untilStatus('churn-stop', ['Stopped']);
    expect(job.SecondaryStatus).toBe('Stopped');
    expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual([
      'Starting',
      'Downloading',
      'Training',
      'Stopping',
      'Uploading',
      'Stopped',
    ]);
    expect(processIsAlive(pid)).toBe(false);
    const archive = emulator.env.stores.objects?.get(
      'training-output',
      'jobs/churn-stop/output/model.tar.gz',
    );
    expect(Object.keys(await filesOfArchive(archive?.body as Buffer))).toEqual(['partial.json']);

    const again = await errorOf(
      sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'churn-stop' })),
    );
    expect(again.name).toBe('ValidationException');
    expect(again.message).toBe('The request was rejected because the training job is in status Stopped.');
  });

  it('stops a job that runs past MaxRuntimeInSeconds (scaled) with MaxRuntimeExceeded', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand({
        ...trainingJobRequest('churn-slow', trainUri, { behaviour: 'sleep' }),
        StoppingCondition: { MaxRuntimeInSeconds: 60 },
      }),
    );
    const job = await untilStatus('churn-slow', ['Stopped', 'Failed', 'Completed']);
    expect(job).toMatchObject({ TrainingJobStatus: 'Stopped', SecondaryStatus: 'MaxRuntimeExceeded' });
  });

  it('fails a job whose image has no binding, saying how to bind it', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand({
        ...trainingJobRequest('churn-unbound', trainUri),
        AlgorithmSpecification: { TrainingImage: 'example.com/unknown-trainer:1', TrainingInputMode: 'File' },
      }),
    );
    const job = await untilStatus('churn-unbound', ['Failed', 'Completed']);
    expect(job.FailureReason).toContain("images.bind('unknown-trainer'");
  });

  it('fails a job whose channel prefix holds no objects', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand(trainingJobRequest('churn-nodata', 's3://training-data/nothing-here')),
    );
    const job = await untilStatus('churn-nodata', ['Failed', 'Completed']);
    expect(job.FailureReason).toMatch(
      /^ClientError: No S3 objects found under S3 URL "s3:\/\/training-data\/nothing-here"/,
    );
  });

  it('answers a missing job, a duplicate name and invalid requests as SageMaker does', async () => {
    const missing = await errorOf(describeJob('no-such-job'));
    expect(missing.name).toBe('ValidationException');
    expect(missing.message).toBe('Requested resource not found.');

    const duplicate = await errorOf(
      sagemaker.send(new CreateTrainingJobCommand(trainingJobRequest('churn-train-1', trainUri))),
    );
    expect(duplicate.name).toBe('ResourceInUse');

    const numericHyperparameter = await errorOf(
      sagemaker.send(
        new CreateTrainingJobCommand({
          ...trainingJobRequest('bad-hp', trainUri),
          HyperParameters: { epochs: 3 } as unknown as Record<string, string>,
        }),
      ),
    );
    expect(numericHyperparameter.name).toBe('ValidationException');
    expect(numericHyperparameter.message).toContain("at 'hyperParameters.epochs'");

    const cases: Array<
      [string, Partial<DescribeTrainingJobCommandOutput> & Record<string, unknown>, string]
    > = [
      ['bad_name', { TrainingJobName: 'bad_name' }, "at 'trainingJobName'"],
      [
        'bad-mode',
        { AlgorithmSpecification: { TrainingImage: 'x', TrainingInputMode: 'Stream' as 'File' } },
        'enum value set: [File, Pipe, FastFile]',
      ],
      [
        'bad-channel',
        {
          InputDataConfig: [
            {
              ChannelName: 'has space',
              DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: trainUri } },
            },
          ],
        },
        "at 'inputDataConfig.1.member.channelName'",
      ],
      ['no-output', { OutputDataConfig: undefined }, "at 'outputDataConfig'"],
      ['bad-role', { RoleArn: 'not-a-role' }, "at 'roleArn'"],
      [
        'too-long',
        { StoppingCondition: { MaxRuntimeInSeconds: 30 * 86_400 } },
        'less than or equal to 2419200',
      ],
      [
        'many-metrics',
        {
          AlgorithmSpecification: {
            TrainingImage: 'x',
            TrainingInputMode: 'File',
            MetricDefinitions: Array.from({ length: 41 }, (_, i) => ({ Name: `m${i}`, Regex: 'x=(\\d)' })),
          },
        },
        'less than or equal to 40',
      ],
      ['many-channels', { InputDataConfig: [] }, 'greater than or equal to 1'],
    ];
    for (const [name, override, message] of cases) {
      const err = await errorOf(
        sagemaker.send(
          new CreateTrainingJobCommand({ ...trainingJobRequest(name, trainUri), ...override } as never),
        ),
      );
      expect([name, err.name]).toEqual([name, 'ValidationException']);
      expect(err.message).toContain(message);
    }
  });

  it('lists jobs with filters and the documented Ascending default', async () => {
    const all = await sagemaker.send(new ListTrainingJobsCommand({ NameContains: 'churn-' }));
    const names = all.TrainingJobSummaries?.map((j) => j.TrainingJobName);
    expect(names?.slice(0, 3)).toEqual(['churn-train-1', 'churn-fail', 'churn-stop']);
    const failed = await sagemaker.send(
      new ListTrainingJobsCommand({
        StatusEquals: 'Failed',
        SortBy: 'Name',
        SortOrder: 'Descending',
        MaxResults: 100,
      }),
    );
    expect(failed.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual([
      'churn-unbound',
      'churn-nodata',
      'churn-fail',
    ]);
    const page = await sagemaker.send(
      new ListTrainingJobsCommand({ MaxResults: 2, SortOrder: 'Descending' }),
    );
    expect(page.TrainingJobSummaries).toHaveLength(2);
    expect(page.NextToken).toBeDefined();
    expect(page.TrainingJobSummaries?.[0]).toMatchObject({
      TrainingJobName: 'churn-nodata',
      TrainingJobStatus: 'Failed',
    });
  });

  it('takes MaxResults jobs first and filters that page by StatusEquals, so a page can be empty with a NextToken', async () => {
    const byName = { SortBy: 'Name', SortOrder: 'Ascending' } as const;
    const everything = await sagemaker.send(new ListTrainingJobsCommand({ ...byName, MaxResults: 100 }));
    const first = everything.TrainingJobSummaries?.[0];
    const other = first?.TrainingJobStatus === 'Failed' ? 'Completed' : 'Failed';
    const expected = everything.TrainingJobSummaries?.filter((j) => j.TrainingJobStatus === other).map(
      (j) => j.TrainingJobName,
    );
    const firstPage = await sagemaker.send(
      new ListTrainingJobsCommand({ ...byName, MaxResults: 1, StatusEquals: other }),
    );
    expect(firstPage.TrainingJobSummaries).toEqual([]);
    expect(firstPage.NextToken).toBeDefined();
    const seen: Array<string | undefined> = [];
    let token = firstPage.NextToken;
    while (token) {
      const next = await sagemaker.send(
        new ListTrainingJobsCommand({ ...byName, MaxResults: 1, StatusEquals: other, NextToken: token }),
      );
      seen.push(...(next.TrainingJobSummaries ?? []).map((j) => j.TrainingJobName));
      token = next.NextToken;
    }
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('kills running training processes on reset and forgets every job', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand(trainingJobRequest('churn-reset', trainUri, { behaviour: 'sleep' })),
    );
    const pid = await pollUntil(async () => {
      const { lines } = await logLines('churn-reset').catch(() => ({ lines: [] as string[] }));
      const match = lines.map((l) => /pid=(\d+)/.exec(l ?? '')).find(Boolean);
      return match ? Number(match[1]) : undefined;
    });
    await emulator.reset();
    expect(processIsAlive(pid)).toBe(false);
    const listed = await sagemaker.send(new ListTrainingJobsCommand({}));
    expect(listed.TrainingJobSummaries).toEqual([]);
  });
});
