import type { EmulatorEnvironment } from '../../environment';
import type { Fleet, FleetSpec } from '../../hosting/types';
import {
  assembleOutputs,
  batchRecords,
  outputKeyFor,
  splitRecords,
  type AssembleWith,
  type BatchStrategy,
  type SplitType,
} from './transformRecords';
import { hostingOf } from './variantFleets';

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
      const payloads = batchRecords(split, spec.batchStrategy, spec.splitType, spec.maxPayloadMb);
      const responses = await mapInOrder(payloads, spec.maxConcurrentTransforms, signal, async (payload) => {
        const result = await fleet.invoke({
          body: payload,
          contentType: spec.contentType,
          accept: spec.accept,
        });
        if (result.status < 200 || result.status >= 300) {
          throw new ClientFailure(
            `ClientError: the model answered ${result.status} for a request from s3://${spec.input.bucket}/${key}: ${result.body.toString('utf8').slice(0, BODY_EXCERPT)}`,
          );
        }
        return result.body;
      });
      if (responses === undefined) return { kind: 'stopped' };
      objects.put(
        spec.output.bucket,
        outputKeyFor(key, spec.input.prefix, spec.output.prefix),
        assembleOutputs(responses, spec.assembleWith),
        spec.accept,
      );
    }
    return { kind: 'completed', objects: inputs.length, records };
  } catch (err) {
    if (err instanceof ClientFailure) return { kind: 'failed', failureReason: err.message };
    return { kind: 'failed', failureReason: `InternalServerError: ${(err as Error).message}` };
  } finally {
    await fleet.stop().catch(() => undefined);
  }
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
  call: (item: T) => Promise<R>,
): Promise<R[] | undefined> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) {
      const index = next++;
      results[index] = await call(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return signal.aborted ? undefined : results;
}
