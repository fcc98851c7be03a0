import type {
  CreateTransformJobRequest,
  CreateTransformJobResponse,
  DescribeTransformJobRequest,
  DescribeTransformJobResponse,
  ListTransformJobsRequest,
  ListTransformJobsResponse,
  StopTransformJobRequest,
  TransformInput,
  TransformOutput,
  TransformResources,
  TransformS3DataSource,
} from '@aws-sdk/client-sagemaker';
import { gunzipSync } from 'node:zlib';
import { AwsError, validationError } from '../../../protocol/awsError';
import type { OperationHandler, RequestContext } from '../../../protocol/types';
import { parseS3Uri } from '../../s3/objectStore';
import { sagemakerArn } from '../arn';
import { listedJobs } from '../jobListing';
import type { HostingStore, ModelRecord } from '../hostingStore';
import type { SageMakerContext } from '../index';
import { processesRecords, recordFormatOf, type DataProcessing } from './transformDataProcessing';
import { isWellFormedJsonPath } from './transformJsonPath';
import { DEFAULT_MAX_PAYLOAD_MB } from './transformRecords';
import { runTransform, type TransformRunSpec } from './transformRun';
import { containerSpecsOf } from '../endpoints/variantFleets';
import { checkEnum, checkName, checkRange, paginate, requireMember } from '../validation';

type TransformJobStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';
const STATUSES: TransformJobStatus[] = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'];
const LOG_GROUP = '/aws/sagemaker/TransformJobs';

/** CreateTransformJob as validateCreate leaves it: what a run needs is present and emulated. */
interface ValidTransformJobRequest extends CreateTransformJobRequest {
  TransformJobName: string;
  ModelName: string;
  TransformInput: TransformInput & {
    DataSource: { S3DataSource: TransformS3DataSource & { S3Uri: string } };
    SplitType?: 'None' | 'Line';
  };
  TransformOutput: TransformOutput & { S3OutputPath: string };
  TransformResources: TransformResources & { InstanceCount: number };
}

interface TransformJobRecord {
  name: string;
  arn: string;
  request: ValidTransformJobRequest;
  creationTime: Date;
  lastModifiedTime: Date;
  status: TransformJobStatus;
  startTime?: Date;
  endTime?: Date;
  failureReason?: string;
  stopper: AbortController;
  settled: Promise<void>;
}

/** What the emulator cannot do is refused up front, so that a job never silently does something else. */
function notEmulated(member: string, value: string, instead: string): AwsError {
  return validationError(`The modelship emulator does not emulate ${member} ${value}; ${instead}.`);
}

function validateCreate(input: CreateTransformJobRequest): asserts input is ValidTransformJobRequest {
  checkName(input.TransformJobName, 'transformJobName');
  checkName(input.ModelName, 'modelName');
  const transformInput = requireMember(input.TransformInput, 'transformInput');
  const source = requireMember(
    requireMember(transformInput.DataSource, 'transformInput.dataSource').S3DataSource,
    'transformInput.dataSource.s3DataSource',
  );
  checkEnum(source.S3DataType, 'transformInput.dataSource.s3DataSource.s3DataType', [
    'ManifestFile',
    'S3Prefix',
    'AugmentedManifestFile',
  ]);
  const dataType = requireMember(source.S3DataType, 'transformInput.dataSource.s3DataSource.s3DataType');
  if (dataType !== 'S3Prefix') {
    throw notEmulated('S3DataType', dataType, 'use S3Prefix');
  }
  s3Location(requireMember(source.S3Uri, 'transformInput.dataSource.s3DataSource.s3Uri'), 'S3Uri');
  const splitType = transformInput.SplitType;
  checkEnum(splitType, 'transformInput.splitType', ['None', 'Line', 'RecordIO', 'TFRecord']);
  if (splitType === 'RecordIO' || splitType === 'TFRecord') {
    throw notEmulated('SplitType', splitType, 'use None or Line');
  }
  checkEnum(transformInput.CompressionType, 'transformInput.compressionType', ['None', 'Gzip']);
  const output = requireMember(input.TransformOutput, 'transformOutput');
  s3Location(requireMember(output.S3OutputPath, 'transformOutput.s3OutputPath'), 'S3OutputPath');
  checkEnum(output.AssembleWith, 'transformOutput.assembleWith', ['None', 'Line']);
  const resources = requireMember(input.TransformResources, 'transformResources');
  requireMember(resources.InstanceType, 'transformResources.instanceType');
  checkRange(
    requireMember(resources.InstanceCount, 'transformResources.instanceCount'),
    'transformResources.instanceCount',
    1,
    100,
  );
  checkEnum(input.BatchStrategy, 'batchStrategy', ['MultiRecord', 'SingleRecord']);
  checkRange(input.MaxPayloadInMB, 'maxPayloadInMB', 0, 100);
  checkRange(input.MaxConcurrentTransforms, 'maxConcurrentTransforms', 0, 2_147_483_647);
  validateDataProcessing(input);
}

/**
 * DataProcessing reads records as CSV or JSON, so with a filter or a join the input's ContentType (and
 * Accept, when given) must be one of those; each JSONPath must start at the root and close its brackets.
 */
function validateDataProcessing(input: CreateTransformJobRequest): void {
  const processing = dataProcessingOf(input);
  checkEnum(input.DataProcessing?.JoinSource, 'dataProcessing.joinSource', ['Input', 'None']);
  for (const [member, path] of [
    ['InputFilter', processing.inputFilter],
    ['OutputFilter', processing.outputFilter],
  ] as const) {
    if (path !== undefined && (path.length > 63 || !isWellFormedJsonPath(path))) {
      throw validationError(
        `DataProcessing.${member} "${path}" is not a JSONPath SageMaker accepts: start at $, close every bracket and quote, at most 63 characters (e.g. $[1:] or $.features).`,
      );
    }
  }
  if (!processesRecords(processing)) return;
  const contentType = input.TransformInput?.ContentType;
  if (!recordFormatOf(contentType)) {
    throw validationError(
      `DataProcessing needs TransformInput.ContentType text/csv, application/json or application/jsonlines to read records; got ${contentType ?? 'none'}.`,
    );
  }
  const accept = input.TransformOutput?.Accept;
  if (accept && !recordFormatOf(accept)) {
    throw notEmulated(
      'DataProcessing with TransformOutput.Accept',
      accept,
      'use text/csv, application/json or application/jsonlines, or leave Accept out',
    );
  }
}

/** DataProcessing as the run applies it; `$` selects the whole record, the same as no filter. */
function dataProcessingOf(input: CreateTransformJobRequest): DataProcessing {
  const processing = input.DataProcessing ?? {};
  const filter = (path: unknown) => (typeof path === 'string' && path !== '$' ? path : undefined);
  return {
    inputFilter: filter(processing.InputFilter),
    outputFilter: filter(processing.OutputFilter),
    joinSource: processing.JoinSource === 'Input' ? 'Input' : 'None',
  };
}

/** How records and predictions are read: the input by its ContentType, predictions by Accept or the same. */
function formatsOf(request: ValidTransformJobRequest): TransformRunSpec['formats'] {
  const input = recordFormatOf(request.TransformInput.ContentType);
  if (!input) return undefined;
  return { input, output: recordFormatOf(request.TransformOutput.Accept) ?? input };
}

function s3Location(uri: string, member: string): { bucket: string; key: string } {
  const location = parseS3Uri(uri);
  if (!location) {
    throw validationError(`${member} "${uri}" is not an S3 URI; use s3://bucket/prefix.`);
  }
  return location;
}

/** What the run needs: the model's containers as a fleet named after the job, and the job's settings. */
function runSpecOf(job: TransformJobRecord, model: ModelRecord['request']): TransformRunSpec {
  const request = job.request;
  const input = s3Location(request.TransformInput.DataSource.S3DataSource.S3Uri, 'S3Uri');
  const output = s3Location(request.TransformOutput.S3OutputPath, 'S3OutputPath');
  return {
    jobName: job.name,
    fleet: {
      endpointName: job.name,
      variantName: job.name,
      endpointConfigName: job.name,
      modelName: request.ModelName,
      instanceCount: request.TransformResources.InstanceCount,
      // The job's Environment is added to each container's, as SageMaker does for transform.
      containers: containerSpecsOf(model, request.Environment),
      inferenceExecutionMode: model.InferenceExecutionConfig?.Mode,
      logGroup: LOG_GROUP,
    },
    input: { ...input, prefix: input.key, uri: request.TransformInput.DataSource.S3DataSource.S3Uri },
    output: { bucket: output.bucket, prefix: output.key },
    contentType: request.TransformInput.ContentType,
    accept: request.TransformOutput.Accept,
    splitType: request.TransformInput.SplitType ?? 'None',
    batchStrategy: request.BatchStrategy ?? 'MultiRecord',
    maxPayloadMb: request.MaxPayloadInMB || DEFAULT_MAX_PAYLOAD_MB,
    maxConcurrentTransforms: request.MaxConcurrentTransforms || 1,
    assembleWith: request.TransformOutput.AssembleWith ?? 'None',
    decompress: request.TransformInput.CompressionType === 'Gzip' ? gunzipSync : undefined,
    processing: dataProcessingOf(request),
    formats: formatsOf(request),
  };
}

/** CreateTransformJob, DescribeTransformJob, StopTransformJob, ListTransformJobs. */
export function transformJobOperations(
  sm: SageMakerContext,
  store: HostingStore,
): Record<string, OperationHandler> {
  const jobs = new Map<string, TransformJobRecord>();
  const now = () => new Date(sm.env.clock.now());
  const stopAll = async () => {
    const running = [...jobs.values()].filter((j) => j.status === 'InProgress' || j.status === 'Stopping');
    for (const job of running) job.stopper.abort();
    await Promise.all(running.map((j) => j.settled));
  };
  sm.env.onReset(async () => {
    await stopAll();
    jobs.clear();
  });
  sm.env.onShutdown(stopAll);

  const get = (name: string): TransformJobRecord => {
    const job = jobs.get(name);
    if (!job) throw validationError(`Could not find requested job with name ${name}`);
    return job;
  };

  const finish = (job: TransformJobRecord, status: TransformJobStatus, failureReason?: string) => {
    job.status = status;
    job.failureReason = failureReason;
    job.endTime = now();
    job.lastModifiedTime = job.endTime;
  };

  const start = (job: TransformJobRecord, ctx: RequestContext) => {
    const spec = runSpecOf(job, store.model(job.request.ModelName, ctx).request);
    job.startTime = now();
    job.settled = runTransform(sm.env, spec, job.stopper.signal).then((outcome) => {
      if (outcome.kind === 'completed') finish(job, 'Completed');
      else if (outcome.kind === 'failed') finish(job, 'Failed', outcome.failureReason);
      else finish(job, 'Stopped');
    });
  };

  return {
    CreateTransformJob: (
      input: CreateTransformJobRequest,
      ctx: RequestContext,
    ): CreateTransformJobResponse => {
      validateCreate(input);
      const name = requireMember(input.TransformJobName, 'transformJobName');
      const arn = sagemakerArn(ctx, 'transform-job', name);
      if (jobs.has(name)) {
        throw new AwsError(
          'ResourceInUse',
          `Job name must be unique within an AWS account and region, and a job with this name already exists (${arn})`,
        );
      }
      store.model(input.ModelName, ctx);
      const created = now();
      const job: TransformJobRecord = {
        name,
        arn,
        request: input,
        creationTime: created,
        lastModifiedTime: created,
        status: 'InProgress',
        stopper: new AbortController(),
        settled: Promise.resolve(),
      };
      jobs.set(name, job);
      sm.tags.set(arn, input.Tags);
      start(job, ctx);
      return { TransformJobArn: arn };
    },

    DescribeTransformJob: (input: DescribeTransformJobRequest): DescribeTransformJobResponse => {
      const job = get(requireMember(input.TransformJobName, 'transformJobName'));
      const { Tags: _tags, ...request } = job.request;
      return {
        ...request,
        TransformJobArn: job.arn,
        TransformJobStatus: job.status,
        FailureReason: job.failureReason,
        BatchStrategy: request.BatchStrategy ?? 'MultiRecord',
        MaxPayloadInMB: request.MaxPayloadInMB ?? DEFAULT_MAX_PAYLOAD_MB,
        CreationTime: job.creationTime,
        TransformStartTime: job.startTime,
        TransformEndTime: job.endTime,
      };
    },

    // StopTransformJob answers with an empty body.
    StopTransformJob: (input: StopTransformJobRequest): Record<string, never> => {
      const job = get(requireMember(input.TransformJobName, 'transformJobName'));
      if (job.status !== 'InProgress') {
        throw validationError(
          `The request was rejected because the transform job is in status ${job.status}.`,
        );
      }
      job.status = 'Stopping';
      job.lastModifiedTime = now();
      job.stopper.abort();
      return {};
    },

    ListTransformJobs: (input: ListTransformJobsRequest): ListTransformJobsResponse => {
      // ListTransformJobs documents Descending as its default order.
      const items = listedJobs(jobs.values(), input, STATUSES, 'Descending').filter(
        (j) => !input.StatusEquals || j.status === input.StatusEquals,
      );
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        TransformJobSummaries: page.map((j) => ({
          TransformJobName: j.name,
          TransformJobArn: j.arn,
          CreationTime: j.creationTime,
          TransformEndTime: j.endTime,
          LastModifiedTime: j.lastModifiedTime,
          TransformJobStatus: j.status,
          FailureReason: j.failureReason,
        })),
        NextToken: next,
      };
    },
  };
}
