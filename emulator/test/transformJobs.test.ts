import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateModelCommand,
  CreateTransformJobCommand,
  type CreateTransformJobCommandInput,
  DescribeTransformJobCommand,
  type DescribeTransformJobCommandOutput,
  ListTransformJobsCommand,
  SageMakerClient,
  StopTransformJobCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { CHURN_IMAGE, installChurnModel } from '../src/testing/churnModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let s3: S3Client;

const rows = ['0.1,0.2,0.3', '1,0,0', '0,1,1'];

beforeAll(async () => {
  emulator = await startEmulator();
  const modelData = await installChurnModel(emulator);
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  for (const [name, environment] of [
    ['churn', undefined],
    ['churn-broken', { CHURN_MODEL_FAIL_RATE: '1' }],
  ] as const) {
    await sagemaker.send(
      new CreateModelCommand({
        ModelName: name,
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
        PrimaryContainer: { Image: CHURN_IMAGE, ModelDataUrl: modelData, Environment: environment },
      }),
    );
  }
  await s3.send(
    new PutObjectCommand({ Bucket: 'models', Key: 'batch/in/day1.csv', Body: `${rows.join('\n')}\n` }),
  );
  await s3.send(new PutObjectCommand({ Bucket: 'models', Key: 'batch/in/day2.csv', Body: rows[0] }));
  await s3.send(
    new PutObjectCommand({
      Bucket: 'models',
      Key: 'batch/ids/day1.csv',
      Body: rows.map((row, i) => `c${i + 1},${row}`).join('\n'),
    }),
  );
  await s3.send(
    new PutObjectCommand({
      Bucket: 'models',
      Key: 'batch/jsonl/day1.jsonl',
      Body: rows
        .map((row, i) => JSON.stringify({ id: `c${i + 1}`, instances: [row.split(',').map(Number)] }))
        .join('\n'),
    }),
  );
  await s3.send(
    new PutObjectCommand({ Bucket: 'models', Key: 'batch/gz/day1.csv.gz', Body: gzipSync(rows.join('\n')) }),
  );
});
afterAll(async () => {
  await emulator.stop();
});

const jobRequest = (
  name: string,
  overrides: Partial<CreateTransformJobCommandInput> = {},
  input = 's3://models/batch/in/',
): CreateTransformJobCommandInput => ({
  TransformJobName: name,
  ModelName: 'churn',
  TransformInput: {
    DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: input } },
    ContentType: 'text/csv',
    SplitType: 'Line',
  },
  TransformOutput: {
    S3OutputPath: `s3://models/batch/out/${name}`,
    Accept: 'application/json',
    AssembleWith: 'Line',
  },
  TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 1 },
  ...overrides,
});

/** The churn model's answer for one row, from the weights installChurnModel writes. */
const churnProbability = (row: string) => {
  const z = row
    .split(',')
    .map(Number)
    .reduce((sum, x, i) => sum + x * ([-3, 2.5, -1][i] as number), 0.3);
  return Math.round((1 / (1 + Math.exp(-z))) * 1e6) / 1e6;
};

const untilEnded = (name: string) =>
  pollUntil(
    async () => {
      const job = await sagemaker.send(new DescribeTransformJobCommand({ TransformJobName: name }));
      return ['Completed', 'Failed', 'Stopped'].includes(job.TransformJobStatus as string) ? job : undefined;
    },
    20_000,
    `transform job ${name} to end`,
  ) as Promise<DescribeTransformJobCommandOutput>;

const outputText = async (key: string) =>
  (await s3
    .send(new GetObjectCommand({ Bucket: 'models', Key: key }))
    .then((o) => o.Body?.transformToString())) ?? '';

describe('batch transform jobs', () => {
  it('sends each record of each input object through the model and writes one output per input', async () => {
    await sagemaker.send(
      new CreateTransformJobCommand(jobRequest('single', { BatchStrategy: 'SingleRecord' })),
    );
    const job = await untilEnded('single');
    expect(job.TransformJobStatus).toBe('Completed');
    expect(job.TransformEndTime!.getTime()).toBeGreaterThanOrEqual(job.TransformStartTime!.getTime());
    const day1 = (await outputText('batch/out/single/day1.csv.out')).split('\n');
    // One request per record: one prediction per output line, in input order.
    expect(day1).toHaveLength(rows.length + 1);
    expect(
      day1.slice(0, rows.length).map((l) => (JSON.parse(l) as { predictions: number[] }).predictions.length),
    ).toEqual([1, 1, 1]);
    expect(day1[rows.length]).toBe('');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'models', Prefix: 'batch/out/single/' }));
    expect(listed.Contents?.map((o) => o.Key).sort()).toEqual([
      'batch/out/single/day1.csv.out',
      'batch/out/single/day2.csv.out',
    ]);
  });

  it('packs records into one request with MultiRecord, and reads gzip input', async () => {
    await sagemaker.send(
      new CreateTransformJobCommand(
        jobRequest('multi', {
          BatchStrategy: 'MultiRecord',
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://models/batch/gz/' } },
            ContentType: 'text/csv',
            SplitType: 'Line',
            CompressionType: 'Gzip',
          },
        }),
      ),
    );
    expect((await untilEnded('multi')).TransformJobStatus).toBe('Completed');
    const lines = (await outputText('batch/out/multi/day1.csv.gz.out')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] as string) as { predictions: number[] }).predictions).toHaveLength(
      rows.length,
    );
  });

  it('fails the job with the model error as FailureReason when the model answers 500', async () => {
    await sagemaker.send(new CreateTransformJobCommand(jobRequest('broken', { ModelName: 'churn-broken' })));
    const job = await untilEnded('broken');
    expect(job.TransformJobStatus).toBe('Failed');
    expect(job.FailureReason).toMatch(/answered 500 .*injected failure/);
  });

  it('fails with a ClientError naming the prefix when it holds no objects', async () => {
    await sagemaker.send(new CreateTransformJobCommand(jobRequest('empty', {}, 's3://models/nothing-here/')));
    const job = await untilEnded('empty');
    expect(job.TransformJobStatus).toBe('Failed');
    expect(job.FailureReason).toContain('s3://models/nothing-here/');
  });

  it('stops a running job: Stopping, then Stopped', async () => {
    await sagemaker.send(new CreateTransformJobCommand(jobRequest('stopped')));
    await sagemaker.send(new StopTransformJobCommand({ TransformJobName: 'stopped' }));
    const stopping = await sagemaker.send(new DescribeTransformJobCommand({ TransformJobName: 'stopped' }));
    expect(['Stopping', 'Stopped']).toContain(stopping.TransformJobStatus);
    expect((await untilEnded('stopped')).TransformJobStatus).toBe('Stopped');
    await expect(
      sagemaker.send(new StopTransformJobCommand({ TransformJobName: 'stopped' })),
    ).rejects.toThrow(/in status Stopped/);
  });

  it('lists jobs newest first and filters by status', async () => {
    const all = await sagemaker.send(new ListTransformJobsCommand({}));
    const names = all.TransformJobSummaries?.map((j) => j.TransformJobName) ?? [];
    expect(names.indexOf('stopped')).toBeLessThan(names.indexOf('single'));
    const failed = await sagemaker.send(new ListTransformJobsCommand({ StatusEquals: 'Failed' }));
    expect(failed.TransformJobSummaries?.map((j) => j.TransformJobName).sort()).toEqual(['broken', 'empty']);
  });

  it('refuses bad requests before starting anything', async () => {
    const create = (request: CreateTransformJobCommandInput) =>
      sagemaker.send(new CreateTransformJobCommand(request));
    await expect(create(jobRequest('no-model', { ModelName: 'missing' }))).rejects.toThrow(
      /Could not find model/,
    );
    await expect(create(jobRequest('single'))).rejects.toMatchObject({ name: 'ResourceInUse' });
    await expect(
      create(
        jobRequest('manifest', {
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'ManifestFile', S3Uri: 's3://models/m' } },
          },
        }),
      ),
    ).rejects.toThrow(/does not emulate S3DataType ManifestFile; use S3Prefix/);
    await expect(
      create(
        jobRequest('bad-split', {
          TransformInput: { ...jobRequest('x').TransformInput!, SplitType: 'Lines' as never },
        }),
      ),
    ).rejects.toThrow(/enum value set: \[None, Line, RecordIO, TFRecord\]/);
    await expect(
      sagemaker.send(new DescribeTransformJobCommand({ TransformJobName: 'never-created' })),
    ).rejects.toThrow(/Could not find requested job with name never-created/);
  });
});

describe('batch transform DataProcessing (InputFilter, JoinSource, OutputFilter)', () => {
  const processed = (name: string, input: string, contentType: string, dataProcessing: object) =>
    jobRequest(
      name,
      {
        BatchStrategy: 'SingleRecord',
        DataProcessing: dataProcessing,
        TransformInput: {
          DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: input } },
          ContentType: contentType,
          SplitType: 'Line',
        },
        TransformOutput: { S3OutputPath: `s3://models/batch/out/${name}`, AssembleWith: 'Line' },
      },
      input,
    );

  it('drops the ID column for the model, joins the prediction to the record and keeps ID and prediction (CSV)', async () => {
    await sagemaker.send(
      new CreateTransformJobCommand(
        processed('csv-join', 's3://models/batch/ids/', 'text/csv', {
          InputFilter: '$[1:]',
          JoinSource: 'Input',
          OutputFilter: '$[0,-1]',
        }),
      ),
    );
    expect((await untilEnded('csv-join')).TransformJobStatus).toBe('Completed');
    const lines = (await outputText('batch/out/csv-join/day1.csv.out')).split('\n');
    // The model answers JSON, which is one CSV field when joined to a CSV record: quoted, quotes doubled.
    expect(lines).toEqual([
      ...rows.map((row, i) => `c${i + 1},"{""predictions"": [${churnProbability(row)}]}"`),
      '',
    ]);
  });

  it('sends the selected member to the model and writes the record with SageMakerOutput (JSON Lines)', async () => {
    await sagemaker.send(
      new CreateTransformJobCommand(
        processed('jsonl-join', 's3://models/batch/jsonl/', 'application/jsonlines', {
          InputFilter: '$.instances',
          JoinSource: 'Input',
          OutputFilter: "$['id','SageMakerOutput']",
        }),
      ),
    );
    expect((await untilEnded('jsonl-join')).TransformJobStatus).toBe('Completed');
    const lines = (await outputText('batch/out/jsonl-join/day1.jsonl.out')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      rows.map((row, i) => ({ id: `c${i + 1}`, SageMakerOutput: { predictions: [churnProbability(row)] } })),
    );
  });

  it('fails a joined MultiRecord job whose model answers one line for many records, saying why', async () => {
    const request = processed('multi-join', 's3://models/batch/ids/', 'text/csv', {
      InputFilter: '$[1:]',
      JoinSource: 'Input',
    });
    await sagemaker.send(new CreateTransformJobCommand({ ...request, BatchStrategy: 'MultiRecord' }));
    const job = await untilEnded('multi-join');
    expect(job.TransformJobStatus).toBe('Failed');
    expect(job.FailureReason).toMatch(/request of 3 records .* different number of lines/);
    expect(job.DataProcessing).toEqual({ InputFilter: '$[1:]', JoinSource: 'Input' });
  });

  it('refuses a JoinSource, a JSONPath or a content type DataProcessing cannot use', async () => {
    const create = (name: string, contentType: string, dataProcessing: object) =>
      sagemaker.send(
        new CreateTransformJobCommand(processed(name, 's3://models/batch/ids/', contentType, dataProcessing)),
      );
    await expect(create('bad-join', 'text/csv', { JoinSource: 'Output' })).rejects.toThrow(
      /enum value set: \[Input, None\]/,
    );
    await expect(create('bad-path', 'text/csv', { InputFilter: 'features' })).rejects.toThrow(
      /InputFilter "features" is not a JSONPath/,
    );
    await expect(create('bad-bracket', 'text/csv', { OutputFilter: '$[0,-1' })).rejects.toThrow(
      /OutputFilter "\$\[0,-1" is not a JSONPath/,
    );
    await expect(create('bad-type', 'application/x-recordio', { JoinSource: 'Input' })).rejects.toThrow(
      /needs TransformInput.ContentType text\/csv, application\/json or application\/jsonlines/,
    );
  });
});
