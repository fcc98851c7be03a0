import { selectJsonPath } from './transformJsonPath';

/**
 * Batch transform's DataProcessing, per record: InputFilter picks what of a record goes to the model,
 * JoinSource Input puts the record and its prediction together, OutputFilter picks what is written. A CSV
 * record is an array of its fields for JSONPath, and is written back as a CSV line; JSON stays JSON.
 */
export interface DataProcessing {
  inputFilter?: string;
  outputFilter?: string;
  joinSource: 'None' | 'Input';
}

export type RecordFormat = 'csv' | 'json';

/** The content types DataProcessing reads, as SageMaker documents them; undefined for any other. */
export function recordFormatOf(contentType: string | undefined): RecordFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/json' || type === 'application/jsonlines') return 'json';
  return undefined;
}

/** True when the job processes records one by one, rather than passing bytes through. */
export const processesRecords = (processing: DataProcessing): boolean =>
  Boolean(processing.inputFilter || processing.outputFilter || processing.joinSource === 'Input');

/** The record the model receives: the input filter applied, in the record's own format. */
export function filterInput(record: Buffer, processing: DataProcessing, format: RecordFormat): Buffer {
  if (!processing.inputFilter) return record;
  return write(selectJsonPath(read(record, format), processing.inputFilter), format);
}

/**
 * The record written for one input record: its prediction, joined to the (unfiltered) input record when
 * JoinSource is Input — under `SageMakerOutput` for a JSON object, appended for an array or a CSV line —
 * then the output filter applied.
 */
export function processOutput(
  input: Buffer,
  output: Buffer,
  processing: DataProcessing,
  formats: { input: RecordFormat; output: RecordFormat },
): Buffer {
  if (!processesRecords(processing) || (!processing.outputFilter && processing.joinSource !== 'Input')) {
    return output;
  }
  const prediction = read(output, formats.output);
  let record: unknown = prediction;
  let format = formats.output;
  if (processing.joinSource === 'Input') {
    record = joined(read(input, formats.input), prediction, formats);
    format = formats.input;
  }
  if (processing.outputFilter) record = selectJsonPath(record, processing.outputFilter);
  return write(record, format);
}

function joined(input: unknown, prediction: unknown, formats: { input: RecordFormat; output: RecordFormat }) {
  if (formats.input === 'csv') {
    // A CSV prediction adds its fields; any other is one more field (quoted when written).
    const added = formats.output === 'csv' ? (prediction as string[]) : [JSON.stringify(prediction)];
    return [...(input as string[]), ...added];
  }
  if (Array.isArray(input)) return [...input, prediction];
  if (input !== null && typeof input === 'object') return { ...input, SageMakerOutput: prediction };
  return [input, prediction];
}

function read(record: Buffer, format: RecordFormat): unknown {
  const text = record.toString('utf8').replace(/\r?\n$/, '');
  if (format === 'csv') return csvFields(text);
  try {
    return JSON.parse(text);
  } catch {
    throw new RecordError(`a record is not JSON: ${text.slice(0, 100)}`);
  }
}

function write(value: unknown, format: RecordFormat): Buffer {
  if (format === 'json') return Buffer.from(JSON.stringify(value));
  const fields = Array.isArray(value) ? value : [value];
  return Buffer.from(fields.map(csvField).join(','));
}

/** Why DataProcessing could not handle a record; the job fails with it as a ClientError. */
export class RecordError extends Error {}

/**
 * The fields of one CSV line (RFC 4180 quoting: `"a,b"` is one field, `""` inside quotes is a quote; a
 * quote inside an unquoted field is just a character, so a JSON answer read as CSV stays one field).
 */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function csvField(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
