import type {
  AlgorithmSpecification,
  CreateTrainingJobRequest,
  CreateTrainingJobResponse,
  DescribeTrainingJobRequest,
  DescribeTrainingJobResponse,
  ListTrainingJobsRequest,
  ListTrainingJobsResponse,
  SecondaryStatus,
  SecondaryStatusTransition,
  StopTrainingJobRequest,
  TrainingJobStatus,
} from '@aws-sdk/client-sagemaker';
import type { EmulatorEnvironment } from '../../../environment';
import { AwsError, validationError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import type { SageMakerContext } from '../index';
import { listedJobs } from '../jobListing';
import { paginate, requireMember } from '../validation';
import { validateCreate } from './trainingRequest';
import { runTraining, type TrainingOutcome, type TrainingRunSpec } from './trainingRun';

/** A training job as DescribeTrainingJob reports it, plus what its run needs. */
export interface TrainingJobRecord {
  name: string;
  arn: string;
  request: CreateTrainingJobRequest & { AlgorithmSpecification: AlgorithmSpecification };
  creationTime: Date;
  lastModifiedTime: Date;
  status: TrainingJobStatus;
  secondaryStatus: SecondaryStatus;
  transitions: SecondaryStatusTransition[];
  trainingStartTime?: Date;
  trainingEndTime?: Date;
  failureReason?: string;
  modelArtifacts: string;
  metrics: Map<string, { value: number; timestamp: Date }>;
  /** Why the run was asked to stop; decides Stopped's secondary status. */
  stopCause?: 'Stopped' | 'MaxRuntimeExceeded';
  stopper: AbortController;
  /** Resolves when the job has reached Completed, Failed or Stopped. */
  settled: Promise<void>;
}

type MetricDefinitions = Array<{ name: string; regex: RegExp }>;

const LOG_GROUP = '/aws/sagemaker/TrainingJobs';
const HOST = 'algo-1';
/** SageMaker gives an algorithm 120 s between SIGTERM and SIGKILL; scaled, and kept short for tests. */
const STOP_GRACE_MS = 120_000;
const STOP_GRACE_CAP_MS = 2_000;

function modelArtifactsPath(spec: TrainingRunSpec): string {
  const base = `${spec.s3OutputPath.replace(/\/+$/, '')}/${spec.jobName}/output/`;
  return spec.compression === 'NONE' ? `${base}model/` : `${base}model.tar.gz`;
}

/**
 * Where the job's output lines go: its log stream (named once training starts) and the metrics its
 * definitions find in them.
 */
function trainingLog(env: EmulatorEnvironment, job: TrainingJobRecord, metricDefinitions: MetricDefinitions) {
  let stream: string | undefined;
  return {
    open(startTime: Date): void {
      stream = `${job.name}/${HOST}-${Math.floor(startTime.getTime() / 1000)}`;
    },
    onLine(line: string): void {
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
          dimensions: { Host: `${job.name}/${HOST}` },
          value,
          timestamp,
        });
      }
    },
  };
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
    const { name, arn, spec, request, metricDefinitions } = validateCreate(input, ctx);
    if (this.jobs.has(name)) {
      throw new AwsError(
        'ResourceInUse',
        `Training job names must be unique within an AWS account and region, and a training job with this name already exists (${arn})`,
      );
    }
    const now = this.now();
    const job: TrainingJobRecord = {
      name,
      arn,
      request,
      creationTime: now,
      lastModifiedTime: now,
      status: 'InProgress',
      secondaryStatus: 'Starting',
      transitions: [],
      modelArtifacts: modelArtifactsPath(spec),
      metrics: new Map(),
      stopper: new AbortController(),
      settled: Promise.resolve(),
    };
    this.sm.tags.set(arn, input.Tags);
    this.jobs.set(name, job);
    job.settled = this.run(
      job,
      spec,
      metricDefinitions,
      request.StoppingCondition.MaxRuntimeInSeconds,
      ctx.region,
    );
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

  describe(job: TrainingJobRecord): DescribeTrainingJobResponse {
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
          request.AlgorithmSpecification.EnableSageMakerMetricsTimeSeries ?? false,
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

  private enter(job: TrainingJobRecord, status: SecondaryStatus, message: string): void {
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
    metricDefinitions: MetricDefinitions,
    maxRuntimeSeconds: number,
    region: string,
  ): Promise<void> {
    const env = this.sm.env;
    const deadline = this.watchDeadline(job, maxRuntimeSeconds);
    const log = trainingLog(env, job, metricDefinitions);
    let outcome: TrainingOutcome;
    try {
      outcome = await runTraining(env, spec, region, {
        stopSignal: job.stopper.signal,
        graceMs: Math.min(STOP_GRACE_MS / env.timing.timeScale, STOP_GRACE_CAP_MS),
        onLine: log.onLine,
        enter: (status, message) => {
          if (status === 'Training') {
            job.trainingStartTime = this.now();
            log.open(job.trainingStartTime);
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
    this.finish(job, outcome);
  }

  /** Stops the job with MaxRuntimeExceeded once its run time is up, unless aborted first. */
  private watchDeadline(job: TrainingJobRecord, maxRuntimeSeconds: number): AbortController {
    const env = this.sm.env;
    const deadline = new AbortController();
    void env.clock
      .sleep((maxRuntimeSeconds * 1000) / env.timing.timeScale, deadline.signal)
      .then(() => {
        if (job.status !== 'InProgress') return;
        job.stopCause = 'MaxRuntimeExceeded';
        job.stopper.abort();
      })
      .catch(() => undefined);
    return deadline;
  }

  private finish(job: TrainingJobRecord, outcome: TrainingOutcome): void {
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
    const end = job.transitions[job.transitions.length - 1] as SecondaryStatusTransition;
    end.EndTime = end.StartTime;
    job.trainingEndTime = end.StartTime;
    if ('modelArtifacts' in outcome && outcome.modelArtifacts) job.modelArtifacts = outcome.modelArtifacts;
  }
}

const TRAINING_STATUSES: TrainingJobStatus[] = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'];

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
    CreateTrainingJob: (input: CreateTrainingJobRequest, ctx: RequestContext): CreateTrainingJobResponse => ({
      TrainingJobArn: jobs.create(input, ctx).arn,
    }),
    DescribeTrainingJob: (input: DescribeTrainingJobRequest): DescribeTrainingJobResponse =>
      jobs.describe(jobs.get(requireMember(input.TrainingJobName, 'trainingJobName'))),
    // StopTrainingJob answers with an empty body.
    StopTrainingJob: (input: StopTrainingJobRequest): Record<string, never> => {
      jobs.stop(jobs.get(requireMember(input.TrainingJobName, 'trainingJobName')));
      return {};
    },
    ListTrainingJobs: (input: ListTrainingJobsRequest): ListTrainingJobsResponse => {
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
