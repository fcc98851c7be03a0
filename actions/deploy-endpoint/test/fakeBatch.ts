import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import {
  CreateModelCommand,
  CreateTransformJobCommand,
  DescribeModelCommand,
  DescribeTransformJobCommand,
  ListTransformJobsCommand,
  SageMakerClient,
  StopTransformJobCommand,
  type CreateTransformJobCommandInput,
  type DescribeTransformJobCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { readInputs } from '@modelship/shared';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';
import { mockClient } from 'aws-sdk-client-mock';
import type { BatchPorts } from '../src/batchPorts';
import { batchRequestOf, type BatchRequest } from '../src/batchRequest';
import { inputs as inputSchema } from '../src/inputs';

export const sagemaker = mockClient(SageMakerClient);
export const logs = mockClient(CloudWatchLogsClient);
export const s3 = mockClient(S3Client);

type JobState = Partial<DescribeTransformJobCommandOutput>;

/**
 * SageMaker, S3 and CloudWatch Logs as a transform job sees them: models, jobs whose describes play a
 * script of states (one per answer, the last one kept), objects under prefixes, and a job log.
 */
export class FakeBatch {
  models = new Set<string>();
  jobs = new Map<string, { request: CreateTransformJobCommandInput; state: JobState; script: JobState[] }>();
  /** What each new job's describes answer, in turn; by default it completes on the second one. */
  script: JobState[] = [{ TransformJobStatus: 'InProgress' }, { TransformJobStatus: 'Completed' }];
  /** Objects under each S3 prefix (`bucket/prefix`); output prefixes grow as a test says. */
  objects = new Map<string, number>([['models/scoring/in/', 2]]);
  /** Written under a job's output prefix after each describe of it. */
  writtenPerPoll = 1;
  logLines: string[] = ['serving on port 8080'];
  /** How many describes, from the next, SageMaker answers with ThrottlingException. */
  throttledDescribes = 0;
  /** Names CreateTransformJob refuses with ResourceInUse, as if a job had them. */
  taken = new Set<string>();

  constructor(private readonly clock: FakeClock) {
    sagemaker.reset();
    logs.reset();
    s3.reset();
    sagemaker.on(DescribeModelCommand).callsFake((input) => {
      if (!this.models.has(input.ModelName)) {
        throw Object.assign(new Error(`Could not find model "${input.ModelName}".`), {
          name: 'ValidationException',
        });
      }
      return { ModelName: input.ModelName };
    });
    sagemaker.on(CreateModelCommand).callsFake((input) => {
      this.models.add(input.ModelName);
      return {};
    });
    sagemaker.on(CreateTransformJobCommand).callsFake((input: CreateTransformJobCommandInput) => {
      if (this.taken.has(input.TransformJobName as string)) {
        throw Object.assign(new Error('Job name must be unique'), { name: 'ResourceInUse' });
      }
      this.jobs.set(input.TransformJobName as string, {
        request: input,
        state: {},
        script: [...this.script],
      });
      return {
        TransformJobArn: `arn:aws:sagemaker:us-east-1:123456789012:transform-job/${input.TransformJobName}`,
      };
    });
    sagemaker.on(DescribeTransformJobCommand).callsFake((input) => this.describe(input.TransformJobName));
    sagemaker.on(StopTransformJobCommand).callsFake((input) => {
      const job = this.jobs.get(input.TransformJobName) as { script: JobState[]; state: JobState };
      job.state = { TransformJobStatus: 'Stopping' };
      job.script = [{ TransformJobStatus: 'Stopped' }];
      return {};
    });
    sagemaker.on(ListTransformJobsCommand).resolves({ TransformJobSummaries: [] });
    s3.on(ListObjectsV2Command).callsFake((input) => ({
      Contents: Array.from({ length: this.objects.get(`${input.Bucket}/${input.Prefix}`) ?? 0 }, (_, i) => ({
        Key: `${input.Prefix}object-${i}`,
        Size: 10,
      })),
    }));
    logs.on(FilterLogEventsCommand).callsFake(() => ({
      events: this.logLines.map((message, i) => ({ eventId: String(i), message, timestamp: i + 1 })),
    }));
  }

  /** Names of the calls that change something, in order. */
  changes(): string[] {
    return sagemaker
      .calls()
      .map((call) =>
        (call.args[0] as { constructor: { name: string } }).constructor.name.replace(/Command$/, ''),
      )
      .filter((name) => !/^(Describe|List)/.test(name));
  }

  private describe(name: string): DescribeTransformJobCommandOutput {
    if (this.throttledDescribes > 0) {
      this.throttledDescribes -= 1;
      throw Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      });
    }
    const job = this.jobs.get(name);
    if (!job) throw Object.assign(new Error(`Could not find job ${name}`), { name: 'ValidationException' });
    job.state = { ...job.state, ...(job.script.shift() ?? {}) };
    const output = job.request.TransformOutput?.S3OutputPath?.replace(/^s3:\/\//, '') as string;
    this.objects.set(output, Math.min((this.objects.get(output) ?? 0) + this.writtenPerPoll, 2));
    const ended = ['Completed', 'Failed', 'Stopped'].includes(job.state.TransformJobStatus ?? '');
    return {
      TransformJobName: name,
      ModelName: job.request.ModelName,
      TransformStartTime: new Date(1_000_000),
      TransformEndTime: ended ? new Date(this.clock.now()) : undefined,
      ...job.state,
    } as DescribeTransformJobCommandOutput;
  }
}

export const BATCH_INPUTS: Record<string, string> = {
  'endpoint-type': 'batch-transform',
  'endpoint-name': 'churn-scoring',
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2',
  'model-data-url': 's3://models/churn/model.tar.gz',
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
  'batch-input': 's3://models/scoring/in/',
  'batch-output': 's3://models/scoring/out/',
  'batch-content-type': 'text/csv',
};

export const batchInputsOf = (raw: Record<string, string>) =>
  readInputs(inputSchema, (name) => ({ ...BATCH_INPUTS, ...raw })[name] ?? '');

/** A request as the step builds it from these raw inputs, started at the clock's now. */
export function batchRequestFor(raw: Record<string, string>, clock: FakeClock): BatchRequest {
  return batchRequestOf(
    batchInputsOf(raw),
    { GITHUB_SHA: 'f00dfeedcafe0123456789abcdef0123456789ab', GITHUB_REPOSITORY: 'octo/churn' },
    'us-east-1',
    clock.now(),
  );
}

export interface BatchHarness {
  ports: BatchPorts;
  logger: RecordingLogger;
  outputs: Record<string, string>;
  clock: FakeClock;
  cancel: AbortController;
}

export function batchHarness(clock = new FakeClock(1_000_000)): BatchHarness {
  const logger = new RecordingLogger();
  const outputs: Record<string, string> = {};
  const cancel = new AbortController();
  return {
    logger,
    outputs,
    clock,
    cancel,
    ports: {
      sagemaker: new SageMakerClient({ region: 'us-east-1' }),
      logs: new CloudWatchLogsClient({ region: 'us-east-1' }),
      s3: new S3Client({ region: 'us-east-1' }),
      clock,
      logger,
      signal: cancel.signal,
      setOutput: (name, value) => {
        outputs[name] = value;
      },
    },
  };
}
