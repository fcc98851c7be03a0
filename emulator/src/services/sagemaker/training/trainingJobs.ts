import type {
  CreateTrainingJobRequest,
  DescribeTrainingJobRequest,
  ListTrainingJobsRequest,
  StopTrainingJobRequest,
  ResourceConfig,
  StoppingCondition,
} from '@aws-sdk/client-sagemaker';
import { AwsError, validationError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import { listedJobs } from '../jobListing';
import type { SageMakerContext } from '../index';
import { runTraining, type TrainingOutcome, type TrainingRunSpec } from './trainingRun';
import { checkEnum, checkName, checkRange, constraints, paginate, requireMember } from '../validation';

export type TrainingJobStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';

interface StatusTransition {
  Status: string;
  StartTime: Date;
  EndTime?: Date;
  StatusMessage: string;
}

/** A training job as DescribeTrainingJob reports it, plus what its run needs. */
export interface TrainingJobRecord {
  name: string;
  arn: string;
  request: CreateTrainingJobRequest;
  creationTime: Date;
  lastModifiedTime: Date;
  status: TrainingJobStatus;
  secondaryStatus: string;
  transitions: StatusTransition[];
  trainingStartTime?: Date;
  trainingEndTime?: Date;
  failureReason?: string;
  modelArtifacts: string;
  metrics: Map<string, { value: number; timestamp: Date }>;
  /** Why the run was asked to stop; decides Stopped's secondary status. */
  stopCause?: 'Stopped' | 'MaxRuntimeExceeded';
  stopper: AbortController;
  /** Resolves when the job has reached Completed, Failed or Stopped. */
  settled: Promise<TrainingJobRecord>;
}

const LOG_GROUP = '/aws/sagemaker/TrainingJobs';
const INPUT_MODES = ['File', 'Pipe', 'FastFile'];
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]+$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const S3_URI = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
const ENV_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DEFAULT_MAX_RUNTIME_S = 86_400;
const MAX_RUNTIME_LIMIT_S = 28 * 86_400;
/** SageMaker gives an algorithm 120 s between SIGTERM and SIGKILL; scaled, and kept short for tests. */
const STOP_GRACE_MS = 120_000;
const STOP_GRACE_CAP_MS = 2_000;

const constraint = constraints.violation;
const checkPattern = constraints.pattern;
const checkLength = constraints.length;
const checkCount = constraints.count;

function checkStringMap(
  map: unknown,
  member: string,
  limits: { entries: number; key: number; value: number; keyPattern?: RegExp },
): Record<string, string> {
  if (map === undefined) return {};
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw constraint(map, member, 'Member must be a map of strings to strings');
  }
  const entries = Object.entries(map as Record<string, unknown>);
  if (entries.length > limits.entries) {
    throw constraint(map, member, `Map must have length less than or equal to ${limits.entries}`);
  }
  for (const [key, value] of entries) {
    if (typeof value !== 'string') {
      throw constraint(
        value,
        `${member}.${key}`,
        `Member must be a string (SageMaker takes every ${member} value as a string, e.g. "${String(value)}")`,
      );
    }
    if (key.length < 1 || key.length > limits.key || (limits.keyPattern && !limits.keyPattern.test(key))) {
      throw constraint(
        key,
        `${member}`,
        `Map keys must satisfy constraint: [Member must have length less than or equal to ${limits.key}${limits.keyPattern ? `, Member must satisfy regular expression pattern: ${limits.keyPattern.source}` : ''}]`,
      );
    }
    if (value.length > limits.value) {
      throw constraint(
        value,
        `${member}.${key}`,
        `Member must have length less than or equal to ${limits.value}`,
      );
    }
  }
  return map as Record<string, string>;
}

function compileMetricDefinitions(definitions: unknown): Array<{ name: string; regex: RegExp }> {
  return checkCount(definitions, 'algorithmSpecification.metricDefinitions', 0, 40).map((entry, index) => {
    const definition = entry as { Name?: unknown; Regex?: unknown };
    const member = `algorithmSpecification.metricDefinitions.${index + 1}.member`;
    requireMember(definition.Name, `${member}.name`);
    requireMember(definition.Regex, `${member}.regex`);
    checkLength(definition.Name, `${member}.name`, 1, 255);
    checkLength(definition.Regex, `${member}.regex`, 1, 500);
    try {
      return { name: definition.Name as string, regex: new RegExp(definition.Regex as string) };
    } catch (err) {
      throw validationError(
        `Invalid regular expression "${String(definition.Regex)}" for metric "${String(definition.Name)}": ${(err as Error).message}`,
      );
    }
  });
}

/** Validates a CreateTrainingJob request as the service does and derives what the run needs. */
function validateCreate(input: CreateTrainingJobRequest, ctx: RequestContext) {
  const name = checkName(input.TrainingJobName, 'trainingJobName');
  const roleArn = checkPattern(
    input.RoleArn,
    'roleArn',
    ROLE_ARN,
    '^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$',
  );
  const output = requireMember(input.OutputDataConfig, 'outputDataConfig');
  const s3OutputPath = checkPattern(
    output.S3OutputPath,
    'outputDataConfig.s3OutputPath',
    S3_URI,
    '^(https|s3)://([^/]+)/?(.*)$',
  );
  checkEnum(output.CompressionType, 'outputDataConfig.compressionType', ['GZIP', 'NONE']);

  const algorithm = requireMember(input.AlgorithmSpecification, 'algorithmSpecification');
  if (!algorithm.TrainingImage && !algorithm.AlgorithmName) {
    throw validationError(
      'Either TrainingImage or AlgorithmName must be specified in AlgorithmSpecification.',
    );
  }
  if (!algorithm.TrainingImage) {
    throw validationError(
      `Algorithm "${String(algorithm.AlgorithmName)}" cannot be used in the modelship emulator: give AlgorithmSpecification.TrainingImage, bound to a local command.`,
    );
  }
  requireMember(algorithm.TrainingInputMode, 'algorithmSpecification.trainingInputMode');
  checkEnum(algorithm.TrainingInputMode, 'algorithmSpecification.trainingInputMode', INPUT_MODES);
  const metricDefinitions = compileMetricDefinitions(algorithm.MetricDefinitions);

  const channels = checkCount(input.InputDataConfig, 'inputDataConfig', 1, 20).map((entry, index) => {
    const channel = entry;
    const member = `inputDataConfig.${index + 1}.member`;
    const channelName = checkPattern(
      channel.ChannelName,
      `${member}.channelName`,
      CHANNEL_NAME,
      '[A-Za-z0-9\\.\\-_]+',
    );
    checkLength(channelName, `${member}.channelName`, 1, 64);
    const source = requireMember(channel.DataSource, `${member}.dataSource`);
    if (!source.S3DataSource) {
      throw validationError(
        `Channel "${channelName}": only S3DataSource is supported by the modelship emulator (FileSystemDataSource is not).`,
      );
    }
    const s3 = source.S3DataSource;
    const s3Member = `${member}.dataSource.s3DataSource`;
    requireMember(s3.S3DataType, `${s3Member}.s3DataType`);
    checkEnum(s3.S3DataType, `${s3Member}.s3DataType`, [
      'ManifestFile',
      'S3Prefix',
      'AugmentedManifestFile',
      'Converse',
    ]);
    const s3Uri = checkPattern(s3.S3Uri, `${s3Member}.s3Uri`, S3_URI, '^(https|s3)://([^/]+)/?(.*)$');
    checkEnum(s3.S3DataDistributionType, `${s3Member}.s3DataDistributionType`, [
      'FullyReplicated',
      'ShardedByS3Key',
    ]);
    checkEnum(channel.InputMode, `${member}.inputMode`, INPUT_MODES);
    checkEnum(channel.CompressionType, `${member}.compressionType`, ['None', 'Gzip']);
    checkEnum(channel.RecordWrapperType, `${member}.recordWrapperType`, ['None', 'RecordIO']);
    return {
      name: channelName,
      s3Uri,
      s3DataType: s3.S3DataType as string,
      contentType: channel.ContentType as string | undefined,
      distribution: (s3.S3DataDistributionType as string | undefined) ?? 'FullyReplicated',
      inputMode: (channel.InputMode as string | undefined) ?? (algorithm.TrainingInputMode as string),
    };
  });
  const seen = new Set<string>();
  for (const channel of channels) {
    if (seen.has(channel.name))
      throw validationError(`Channel names must be unique: "${channel.name}" is repeated.`);
    seen.add(channel.name);
  }

  const resources: ResourceConfig = input.ResourceConfig ?? {};
  checkRange(resources.InstanceCount, 'resourceConfig.instanceCount', 0, Number.MAX_SAFE_INTEGER);
  checkRange(resources.VolumeSizeInGB, 'resourceConfig.volumeSizeInGB', 0, Number.MAX_SAFE_INTEGER);
  const stopping: StoppingCondition = input.StoppingCondition ?? {};
  checkRange(stopping.MaxRuntimeInSeconds, 'stoppingCondition.maxRuntimeInSeconds', 1, MAX_RUNTIME_LIMIT_S);
  checkRange(stopping.MaxPendingTimeInSeconds, 'stoppingCondition.maxPendingTimeInSeconds', 1800, 2_419_200);
  const maxRuntime = (stopping.MaxRuntimeInSeconds as number | undefined) ?? DEFAULT_MAX_RUNTIME_S;
  if (stopping.MaxWaitTimeInSeconds !== undefined) {
    if (!input.EnableManagedSpotTraining) {
      throw validationError('MaxWaitTimeInSeconds can be set only for managed spot training jobs.');
    }
    if (stopping.MaxWaitTimeInSeconds < maxRuntime) {
      throw validationError(
        `Invalid MaxWaitTimeInSeconds. It must be present and be greater than or equal to MaxRuntimeInSeconds.`,
      );
    }
  }

  const hyperParameters = checkStringMap(input.HyperParameters, 'hyperParameters', {
    entries: 100,
    key: 256,
    value: 2500,
  });
  const environment = checkStringMap(input.Environment, 'environment', {
    entries: 100,
    key: 512,
    value: 512,
    keyPattern: ENV_KEY,
  });
  checkCount(input.Tags, 'tags', 0, 50);

  const arn = sagemakerArn(ctx, 'training-job', name);
  const spec: TrainingRunSpec = {
    jobName: name,
    jobArn: arn,
    roleArn,
    image: algorithm.TrainingImage as string,
    hyperParameters,
    channels,
    instanceType: (resources.InstanceType as string | undefined) ?? 'ml.m5.large',
    environment,
    s3OutputPath,
    compression: output.CompressionType === 'NONE' ? 'NONE' : 'GZIP',
  };
  const stoppingCondition = { ...stopping, MaxRuntimeInSeconds: maxRuntime };
  return { name, arn, spec, metricDefinitions, stoppingCondition };
}

function modelArtifactsPath(spec: TrainingRunSpec): string {
  const base = `${spec.s3OutputPath.replace(/\/+$/, '')}/${spec.jobName}/output/`;
  return spec.compression === 'NONE' ? `${base}model/` : `${base}model.tar.gz`;
}

/** Training jobs, for the operations below and for pipelines' Training steps. */
export class TrainingJobs {
  readonly jobs = new Map<string, TrainingJobRecord>();

  constructor(private readonly sm: SageMakerContext) {}

  get(name: unknown): TrainingJobRecord {
    const job = typeof name === 'string' ? this.jobs.get(name) : undefined;
    if (!job) throw validationError('Requested resource not found.');
    return job;
  }

  /** Validates and starts a job; it runs in the background. */
  create(input: CreateTrainingJobRequest, ctx: RequestContext): TrainingJobRecord {
    const { name, arn, spec, metricDefinitions, stoppingCondition } = validateCreate(input, ctx);
    if (this.jobs.has(name)) {
      throw new AwsError(
        'ResourceInUse',
        `Training job names must be unique within an AWS account and region, and a training job with this name already exists (${arn})`,
      );
    }
    const now = this.now();
    const job = {
      name,
      arn,
      request: { ...input, StoppingCondition: stoppingCondition },
      creationTime: now,
      lastModifiedTime: now,
      status: 'InProgress',
      secondaryStatus: 'Starting',
      transitions: [],
      modelArtifacts: modelArtifactsPath(spec),
      metrics: new Map(),
      stopper: new AbortController(),
    } as unknown as TrainingJobRecord;
    this.sm.tags.set(arn, input.Tags);
    this.jobs.set(name, job);
    job.settled = this.run(job, spec, metricDefinitions, stoppingCondition.MaxRuntimeInSeconds, ctx.region);
    return job;
  }

  /** StopTrainingJob: Stopping now, Stopped once the process has exited (after SIGTERM, then SIGKILL). */
  stop(job: TrainingJobRecord): void {
    if (job.status !== 'InProgress') {
      throw validationError(`The request was rejected because the training job is in status ${job.status}.`);
    }
    job.status = 'Stopping';
    job.stopCause = 'Stopped';
    this.enter(job, 'Stopping', 'Stopping the training job');
    job.stopper.abort();
  }

  /** Stops every running job and waits for it; for reset and shutdown. */
  async stopAll(): Promise<void> {
    const running = [...this.jobs.values()].filter(
      (j) => j.status === 'InProgress' || j.status === 'Stopping',
    );
    for (const job of running) {
      job.stopCause ??= 'Stopped';
      job.stopper.abort();
    }
    await Promise.all(running.map((j) => j.settled));
  }

  describe(job: TrainingJobRecord) {
    const request = job.request;
    const end = job.trainingEndTime;
    const seconds = job.trainingStartTime
      ? Math.max(1, Math.round(((end ?? this.now()).getTime() - job.trainingStartTime.getTime()) / 1000))
      : undefined;
    return {
      TrainingJobName: job.name,
      TrainingJobArn: job.arn,
      // Required in the API model even while the job runs: it is where the model is (or will be).
      ModelArtifacts: { S3ModelArtifacts: job.modelArtifacts },
      TrainingJobStatus: job.status,
      SecondaryStatus: job.secondaryStatus,
      FailureReason: job.failureReason,
      HyperParameters: request.HyperParameters,
      AlgorithmSpecification: {
        ...request.AlgorithmSpecification,
        EnableSageMakerMetricsTimeSeries:
          request.AlgorithmSpecification?.EnableSageMakerMetricsTimeSeries ?? false,
      },
      RoleArn: request.RoleArn,
      InputDataConfig: request.InputDataConfig,
      OutputDataConfig: request.OutputDataConfig,
      ResourceConfig: request.ResourceConfig,
      StoppingCondition: request.StoppingCondition,
      Environment: request.Environment,
      CheckpointConfig: request.CheckpointConfig,
      CreationTime: job.creationTime,
      TrainingStartTime: job.trainingStartTime,
      TrainingEndTime: end,
      LastModifiedTime: job.lastModifiedTime,
      SecondaryStatusTransitions: job.transitions.map((t) => ({ ...t })),
      FinalMetricDataList: [...job.metrics].map(([MetricName, m]) => ({
        MetricName,
        Value: m.value,
        Timestamp: m.timestamp,
      })),
      EnableNetworkIsolation: request.EnableNetworkIsolation ?? false,
      EnableInterContainerTrafficEncryption: request.EnableInterContainerTrafficEncryption ?? false,
      EnableManagedSpotTraining: request.EnableManagedSpotTraining ?? false,
      TrainingTimeInSeconds: end ? seconds : undefined,
      BillableTimeInSeconds: end ? seconds : undefined,
    };
  }

  private now(): Date {
    return new Date(this.sm.env.clock.now());
  }

  private enter(job: TrainingJobRecord, status: string, message: string): void {
    const now = this.now();
    const previous = job.transitions[job.transitions.length - 1];
    if (previous && !previous.EndTime) previous.EndTime = now;
    job.transitions.push({ Status: status, StartTime: now, StatusMessage: message });
    job.secondaryStatus = status;
    job.lastModifiedTime = now;
  }

  private async run(
    job: TrainingJobRecord,
    spec: TrainingRunSpec,
    metricDefinitions: Array<{ name: string; regex: RegExp }>,
    maxRuntimeSeconds: number,
    region: string,
  ): Promise<TrainingJobRecord> {
    const env = this.sm.env;
    const timeScale = env.timing.timeScale;
    const deadline = new AbortController();
    void env.clock
      .sleep((maxRuntimeSeconds * 1000) / timeScale, deadline.signal)
      .then(() => {
        if (job.status !== 'InProgress') return;
        job.stopCause = 'MaxRuntimeExceeded';
        job.stopper.abort();
      })
      .catch(() => undefined);

    let stream: string | undefined;
    const onLine = (line: string) => {
      const timestamp = env.clock.now();
      if (stream) env.stores.logs?.append(LOG_GROUP, stream, line, timestamp);
      for (const { name, regex } of metricDefinitions) {
        const match = regex.exec(line);
        const value = match ? Number(match[1] ?? match[0]) : Number.NaN;
        if (!Number.isFinite(value)) continue;
        job.metrics.set(name, { value, timestamp: new Date(timestamp) });
        env.stores.metrics?.put({
          namespace: '/aws/sagemaker/TrainingJobs',
          metricName: name,
          dimensions: { Host: `${job.name}/${'algo-1'}` },
          value,
          timestamp,
        });
      }
    };

    let outcome: TrainingOutcome;
    try {
      outcome = await runTraining(env, spec, region, {
        stopSignal: job.stopper.signal,
        graceMs: Math.min(STOP_GRACE_MS / timeScale, STOP_GRACE_CAP_MS),
        onLine,
        enter: (status, message) => {
          if (status === 'Training') {
            job.trainingStartTime = this.now();
            stream = `${job.name}/algo-1-${Math.floor(job.trainingStartTime.getTime() / 1000)}`;
          }
          // Once stopping, the job reports Stopping until it ends, whatever the run is doing.
          if (job.status === 'InProgress' || status === 'Uploading') this.enter(job, status, message);
        },
      });
    } catch (err) {
      outcome = { kind: 'failed', failureReason: `InternalServerError: ${(err as Error).message}` };
    } finally {
      deadline.abort();
    }

    if (outcome.kind === 'completed') {
      job.status = 'Completed';
      this.enter(job, 'Completed', 'Training job completed');
    } else if (outcome.kind === 'failed') {
      job.status = 'Failed';
      job.failureReason = outcome.failureReason;
      this.enter(job, 'Failed', 'Training job failed');
    } else {
      job.status = 'Stopped';
      const cause = job.stopCause ?? 'Stopped';
      this.enter(
        job,
        cause,
        cause === 'MaxRuntimeExceeded'
          ? 'Training job exceeded MaxRuntimeInSeconds provided'
          : 'Training job stopped',
      );
    }
    const end = job.transitions[job.transitions.length - 1] as StatusTransition;
    end.EndTime = end.StartTime;
    job.trainingEndTime = end.StartTime;
    if ('modelArtifacts' in outcome && outcome.modelArtifacts) job.modelArtifacts = outcome.modelArtifacts;
    return job;
  }
}

const TRAINING_STATUSES = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'];

/** Create/Describe/List/StopTrainingJob, with `jobs` for pipelines to run and await training steps. */
export function trainingJobOperations(sm: SageMakerContext) {
  const jobs = new TrainingJobs(sm);
  sm.env.onReset(async () => {
    await jobs.stopAll();
    jobs.jobs.clear();
  });
  sm.env.onShutdown(() => jobs.stopAll());
  sm.searchable.register('TrainingJob', () =>
    [...jobs.jobs.values()].map((j) => ({ ...jobs.describe(j), Tags: sm.tags.list(j.arn) })),
  );

  const operations = {
    CreateTrainingJob: (input: CreateTrainingJobRequest, ctx: RequestContext) => ({
      TrainingJobArn: jobs.create(input, ctx).arn,
    }),
    DescribeTrainingJob: (input: DescribeTrainingJobRequest) =>
      jobs.describe(jobs.get(requireMember(input.TrainingJobName, 'trainingJobName'))),
    StopTrainingJob: (input: StopTrainingJobRequest) => {
      jobs.stop(jobs.get(requireMember(input.TrainingJobName, 'trainingJobName')));
      return {};
    },
    ListTrainingJobs: (input: ListTrainingJobsRequest) => {
      // The documented default order is Ascending.
      const items = listedJobs(jobs.jobs.values(), input, TRAINING_STATUSES, 'Ascending');
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      // As documented: MaxResults jobs are taken first, then StatusEquals filters that page.
      return {
        TrainingJobSummaries: page
          .filter((j) => !input.StatusEquals || j.status === input.StatusEquals)
          .map((j) => ({
            TrainingJobName: j.name,
            TrainingJobArn: j.arn,
            CreationTime: j.creationTime,
            TrainingEndTime: j.trainingEndTime,
            LastModifiedTime: j.lastModifiedTime,
            TrainingJobStatus: j.status,
            SecondaryStatus: j.secondaryStatus,
          })),
        NextToken: next,
      };
    },
  };
  return { operations, jobs };
}
