import type { EmulatorEnvironment } from '../../../environment';
import type { Fleet, FleetSpec } from '../../../modelServing/types';
import {
  filterInput,
  processesRecords,
  processOutput,
  RecordError,
  type DataProcessing,
  type RecordFormat,
} from './transformDataProcessing';
import {
  assembleOutputs,
  batchRecordGroups,
  outputKeyFor,
  outputsPerRecord,
  splitRecords,
  type AssembleWith,
  type BatchStrategy,
  type SplitType,
} from './transformRecords';
import { hostingOf } from '../endpoints/variantFleets';

export interface TransformRunSpec {
  jobName: string;
  fleet: FleetSpec;
  input: { bucket: string; prefix: string; uri: string };
  output: { bucket: string; prefix: string };
  contentType?: string;
  accept?: string;
  splitType: SplitType;
  batchStrategy: BatchStrategy;
  maxPayloadMb: number;
  maxConcurrentTransforms: number;
  assembleWith: AssembleWith;
  /** Set for CompressionType Gzip: each input object is decompressed before it is split. */
  decompress?: (body: Buffer) => Buffer;
  processing: DataProcessing;
  /** How DataProcessing reads input records (ContentType) and predictions (Accept, else ContentType). */
  formats?: { input: RecordFormat; output: RecordFormat };
}

export type TransformOutcome =
  | { kind: 'completed'; objects: number; records: number }
  | { kind: 'failed'; failureReason: string }
  | { kind: 'stopped' };

const BODY_EXCERPT = 200;

/**
 * Runs a batch transform: starts the model's containers as a fleet, sends every object under the
 * input prefix through them, payload by payload, and writes one output object per input object. The
 * first model error fails the job, as SageMaker's does; outputs written before it stay, as in S3.
 */
export async function runTransform(
  env: EmulatorEnvironment,
  spec: TransformRunSpec,
  signal: AbortSignal,
): Promise<TransformOutcome> {
  const objects = env.stores.objects;
  if (!objects) return { kind: 'failed', failureReason: 'InternalServerError: the emulator has no S3.' };
  const inputs = objects.list(spec.input.bucket, spec.input.prefix);
  if (inputs.length === 0) {
    return {
      kind: 'failed',
      failureReason: `ClientError: No S3 objects found under S3 URL "${spec.input.uri}" given in input data source. Upload the input first, or fix TransformInput.DataSource.S3DataSource.S3Uri.`,
    };
  }
  let fleet: Fleet;
  try {
    fleet = await hostingOf(env).startFleet(spec.fleet);
  } catch (err) {
    return { kind: 'failed', failureReason: `ClientError: ${(err as Error).message}` };
  }
  try {
    let records = 0;
    for (const { key, object } of inputs) {
      if (signal.aborted) return { kind: 'stopped' };
      const split = splitRecords(inputBody(spec, key, object.body), spec.splitType);
      records += split.length;
      const output = await transformObject(spec, fleet, key, split, signal);
      if (output === undefined) return { kind: 'stopped' };
      objects.put(
        spec.output.bucket,
        outputKeyFor(key, spec.input.prefix, spec.output.prefix),
        output,
        spec.accept,
      );
    }
    return { kind: 'completed', objects: inputs.length, records };
  } catch (err) {
    if (err instanceof ClientFailure) return { kind: 'failed', failureReason: err.message };
    if (err instanceof RecordError) return { kind: 'failed', failureReason: `ClientError: ${err.message}` };
    return { kind: 'failed', failureReason: `InternalServerError: ${(err as Error).message}` };
  } finally {
    await fleet.stop().catch(() => undefined);
  }
}

/**
 * One input object through the model: its records (input-filtered) packed into payloads, each answer
 * matched back to its records when DataProcessing joins or filters, and the outputs assembled in input
 * order. Undefined when the job was stopped on the way.
 */
async function transformObject(
  spec: TransformRunSpec,
  fleet: Fleet,
  key: string,
  records: Buffer[],
  signal: AbortSignal,
): Promise<Buffer | undefined> {
  const perRecord = processesRecords(spec.processing) && spec.formats;
  const sent = perRecord ? records.map((r) => filterInput(r, spec.processing, perRecord.input)) : records;
  const groups = batchRecordGroups(sent, spec.batchStrategy, spec.splitType, spec.maxPayloadMb);
  const firsts = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.length, 0));
  const answers = await mapInOrder(groups, spec.maxConcurrentTransforms, signal, async (group, index) => {
    const response = await invoke(
      spec,
      fleet,
      key,
      Buffer.concat(group.flatMap((r, i) => (i ? [NEWLINE, r] : [r]))),
    );
    if (!perRecord) return [response];
    const outputs = outputsPerRecord(response, group.length);
    if (!outputs) {
      throw new ClientFailure(
        `ClientError: the model answered a request of ${group.length} records from s3://${spec.input.bucket}/${key} with a different number of lines, so the outputs cannot be matched to their records for DataProcessing; use BatchStrategy SingleRecord, or have the model answer one line per record.`,
      );
    }
    const first = firsts[index] as number;
    return outputs.map((output, i) =>
      processOutput(records[first + i] as Buffer, output, spec.processing, perRecord),
    );
  });
  return answers && assembleOutputs(answers.flat(), spec.assembleWith);
}

const NEWLINE = Buffer.from('\n');

async function invoke(spec: TransformRunSpec, fleet: Fleet, key: string, payload: Buffer): Promise<Buffer> {
  const result = await fleet.invoke({ body: payload, contentType: spec.contentType, accept: spec.accept });
  if (result.status < 200 || result.status >= 300) {
    throw new ClientFailure(
      `ClientError: the model answered ${result.status} for a request from s3://${spec.input.bucket}/${key}: ${result.body.toString('utf8').slice(0, BODY_EXCERPT)}`,
    );
  }
  return result.body;
}

class ClientFailure extends Error {}

function inputBody(spec: TransformRunSpec, key: string, body: Buffer): Buffer {
  if (!spec.decompress) return body;
  try {
    return spec.decompress(body);
  } catch (err) {
    throw new ClientFailure(
      `ClientError: s3://${spec.input.bucket}/${key} could not be decompressed (${(err as Error).message}); upload gzip data or set CompressionType None.`,
    );
  }
}

/**
 * Maps with at most `concurrency` calls at once, keeping input order in the result (SageMaker
 * assembles outputs in input order). Undefined when the signal aborted before the end.
 */
async function mapInOrder<T, R>(
  items: T[],
  concurrency: number,
  signal: AbortSignal,
  call: (item: T, index: number) => Promise<R>,
): Promise<R[] | undefined> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) {
      const index = next++;
      results[index] = await call(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return signal.aborted ? undefined : results;
}
