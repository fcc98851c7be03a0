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
  const separator = Buffer.from('\n');
  return batchRecordGroups(records, strategy, splitType, maxPayloadMb).map((group) =>
    joinWith(group, separator),
  );
}

/** The records of each payload, in order: what a joined or filtered output is matched back to. */
export function batchRecordGroups(
  records: Buffer[],
  strategy: BatchStrategy,
  splitType: SplitType,
  maxPayloadMb: number,
): Buffer[][] {
  if (strategy === 'SingleRecord' || splitType === 'None') return records.map((r) => [r]);
  const limit = maxPayloadMb * 1024 * 1024;
  const groups: Buffer[][] = [];
  let current: Buffer[] = [];
  let size = 0;
  for (const record of records) {
    const added = record.length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && size + added > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    size += record.length + (current.length > 0 ? 1 : 0);
    current.push(record);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The model's answer to a payload as one output per record: the whole answer for a single record, else
 * one line per record. Undefined when the count differs, which leaves nothing to join or filter by.
 */
export function outputsPerRecord(response: Buffer, records: number): Buffer[] | undefined {
  if (records === 1) return [response];
  const lines = splitRecords(response, 'Line').filter((l) => l.length > 0);
  return lines.length === records ? lines : undefined;
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
