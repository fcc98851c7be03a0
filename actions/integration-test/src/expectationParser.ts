import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { jsonPathProblem } from './jsonPathSyntax';
import type { ApproxExpectation, Expectation } from './testSuite';

/** Reads a file next to the test file; the loader hands in the real one, which reports a missing file. */
export type SiblingReader = (relativePath: string) => { path: string; text: string } | { problem: string };

const KNOWN = [
  'status',
  'json',
  'approx',
  'schema',
  'contains',
  'matches',
  'golden',
  'max-latency-ms',
] as const;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const isMapping = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/**
 * Turns a case's `expect:` mapping into checks, or into every problem found in it: an unknown field, a
 * JSONPath that cannot be right, a schema that does not compile, a regex that does not parse.
 */
export function parseExpectation(
  raw: unknown,
  readSibling: SiblingReader,
): { expectation: Expectation; problems: string[] } {
  const problems: string[] = [];
  const expectation: Expectation = {};
  if (!isMapping(raw) || Object.keys(raw).length === 0) {
    return {
      expectation,
      problems: [`it has no expectations: give expect: with one of ${KNOWN.join(', ')}`],
    };
  }
  for (const key of Object.keys(raw)) {
    if (!(KNOWN as readonly string[]).includes(key))
      problems.push(`expect.${key} is not known; use ${KNOWN.join(', ')}`);
  }
  parseStatusAndLatency(raw, expectation, problems);
  parseJsonPaths(raw, expectation, problems);
  parseText(raw, expectation, problems);
  parseFiles(raw, expectation, problems, readSibling);
  return { expectation, problems };
}

function parseStatusAndLatency(raw: Record<string, unknown>, out: Expectation, problems: string[]): void {
  if (raw.status !== undefined) {
    if (Number.isInteger(raw.status) && (raw.status as number) >= 100 && (raw.status as number) <= 599)
      out.status = raw.status as number;
    else
      problems.push(
        `expect.status is ${JSON.stringify(raw.status)}; it must be an HTTP status from 100 to 599`,
      );
  }
  const latency = raw['max-latency-ms'];
  if (latency !== undefined) {
    if (typeof latency === 'number' && latency > 0) out.maxLatencyMs = latency;
    else problems.push(`expect.max-latency-ms is ${JSON.stringify(latency)}; it must be a number above 0`);
  }
}

function parseJsonPaths(raw: Record<string, unknown>, out: Expectation, problems: string[]): void {
  if (raw.json !== undefined) {
    if (!isMapping(raw.json))
      problems.push('expect.json must map JSONPaths to values, e.g. {"$.label": "stay"}');
    else {
      for (const p of Object.keys(raw.json)) pathProblem('expect.json', p, problems);
      out.json = raw.json;
    }
  }
  if (raw.approx !== undefined) {
    if (!isMapping(raw.approx)) {
      problems.push('expect.approx must map JSONPaths to {value, tolerance} or {value, relative-tolerance}');
      return;
    }
    out.approx = {};
    for (const [p, spec] of Object.entries(raw.approx)) {
      pathProblem('expect.approx', p, problems);
      const parsed = parseApprox(spec);
      if (typeof parsed === 'string') problems.push(`expect.approx "${p}": ${parsed}`);
      else out.approx[p] = parsed;
    }
  }
}

function parseApprox(spec: unknown): ApproxExpectation | string {
  if (typeof spec === 'number') return { value: spec };
  if (!isMapping(spec) || typeof spec.value !== 'number')
    return 'give {value: <number>, tolerance: <number>} or {value, relative-tolerance}';
  const tolerance = spec.tolerance;
  const relative = spec['relative-tolerance'];
  if (tolerance !== undefined && (typeof tolerance !== 'number' || tolerance < 0))
    return `tolerance is ${JSON.stringify(tolerance)}; it must be a number ≥ 0`;
  if (relative !== undefined && (typeof relative !== 'number' || relative < 0))
    return `relative-tolerance is ${JSON.stringify(relative)}; it must be a number ≥ 0`;
  return {
    value: spec.value,
    tolerance: tolerance as number | undefined,
    relativeTolerance: relative as number | undefined,
  };
}

function pathProblem(field: string, jsonPath: string, problems: string[]): void {
  const problem = jsonPathProblem(jsonPath);
  if (problem) problems.push(`${field} "${jsonPath}" is not a valid JSONPath: ${problem}`);
}

function parseText(raw: Record<string, unknown>, out: Expectation, problems: string[]): void {
  if (raw.contains !== undefined) {
    if (typeof raw.contains === 'string' && raw.contains) out.contains = raw.contains;
    else problems.push('expect.contains must be a non-empty string');
  }
  if (raw.matches !== undefined) {
    try {
      if (typeof raw.matches !== 'string') throw new Error('it must be a string');
      out.matches = new RegExp(raw.matches);
    } catch (err) {
      problems.push(
        `expect.matches ${JSON.stringify(raw.matches)} is not a regular expression: ${(err as Error).message}`,
      );
    }
  }
}

function parseFiles(
  raw: Record<string, unknown>,
  out: Expectation,
  problems: string[],
  readSibling: SiblingReader,
): void {
  const schema = readJsonSibling('expect.schema', raw.schema, problems, readSibling);
  if (schema) {
    try {
      out.schema = { file: schema.path, validate: ajv.compile(schema.value as object) };
    } catch (err) {
      problems.push(
        `expect.schema ${path.basename(schema.path)} is not a valid JSON Schema: ${(err as Error).message}`,
      );
    }
  }
  const golden = readJsonSibling('expect.golden', raw.golden, problems, readSibling);
  if (golden) out.golden = { file: golden.path, value: golden.value };
}

function readJsonSibling(
  field: string,
  value: unknown,
  problems: string[],
  readSibling: SiblingReader,
): { path: string; value: unknown } | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) {
    problems.push(`${field} must name a JSON file, relative to the test file`);
    return undefined;
  }
  const read = readSibling(value);
  if ('problem' in read) {
    problems.push(`${field}: ${read.problem}`);
    return undefined;
  }
  try {
    return { path: read.path, value: JSON.parse(read.text) as unknown };
  } catch (err) {
    problems.push(`${field} ${value} is not JSON: ${(err as Error).message}`);
    return undefined;
  }
}
