/**
 * How batch transform cuts an input object into requests and glues the responses back together, as
 * SageMaker documents it: SplitType decides what a record is, BatchStrategy how many records go in one
 * request (MultiRecord packs as many as fit in MaxPayloadInMB), AssembleWith how outputs are joined.
 */

export type SplitType = 'None' | 'Line';
export type BatchStrategy = 'SingleRecord' | 'MultiRecord';
export type AssembleWith = 'None' | 'Line';

export const DEFAULT_MAX_PAYLOAD_MB = 6;

/** Records of one input object. `Line` drops a trailing empty line, as a file ending in "\n" has one. */
export function splitRecords(body: Buffer, splitType: SplitType): Buffer[] {
  if (splitType === 'None') return [body];
  const records: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === 0x0a) {
      records.push(body.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < body.length) records.push(body.subarray(start));
  return records;
}

/**
 * Request payloads from records. A single record larger than the limit is a payload of its own and
 * fails at the model, as it does in SageMaker, rather than being cut.
 */
export function batchRecords(
  records: Buffer[],
  strategy: BatchStrategy,
  splitType: SplitType,
  maxPayloadMb: number,
): Buffer[] {
  if (strategy === 'SingleRecord' || splitType === 'None') return records;
  const limit = maxPayloadMb * 1024 * 1024;
  const separator = Buffer.from('\n');
  const payloads: Buffer[] = [];
  let current: Buffer[] = [];
  let size = 0;
  for (const record of records) {
    const added = record.length + (current.length > 0 ? separator.length : 0);
    if (current.length > 0 && size + added > limit) {
      payloads.push(joinWith(current, separator));
      current = [];
      size = 0;
    }
    size += record.length + (current.length > 0 ? separator.length : 0);
    current.push(record);
  }
  if (current.length > 0) payloads.push(joinWith(current, separator));
  return payloads;
}

/** The output object: responses in input order, each followed by a newline with `Line`. */
export function assembleOutputs(responses: Buffer[], assembleWith: AssembleWith): Buffer {
  if (assembleWith === 'None') return Buffer.concat(responses);
  return Buffer.concat(
    responses.flatMap((r) => (r.length > 0 && r[r.length - 1] === 0x0a ? [r] : [r, Buffer.from('\n')])),
  );
}

/** `<S3OutputPath>/<key under the input prefix>.out`, as SageMaker names outputs. */
export function outputKeyFor(inputKey: string, inputPrefix: string, outputPrefix: string): string {
  const relative = inputKey.startsWith(inputPrefix) ? inputKey.slice(inputPrefix.length) : inputKey;
  const name = relative.replace(/^\/+/, '') || (inputKey.split('/').pop() ?? inputKey);
  const base = outputPrefix.replace(/\/+$/, '');
  return `${base ? `${base}/` : ''}${name}.out`;
}

function joinWith(parts: Buffer[], separator: Buffer): Buffer {
  return Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [separator, p])));
}
