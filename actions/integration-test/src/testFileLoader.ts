import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ModelshipError } from '@modelship/shared';
import { globSync } from 'tinyglobby';
import YAML from 'yaml';
import { parseExpectation, type SiblingReader } from './expectationParser';
import { DEFAULT_APPROX, type LoadSettings, type TestCase, type TestSuite } from './testSuite';

const isMapping = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v);

const LOAD_FIELDS: Record<string, keyof LoadSettings> = {
  rps: 'rps',
  'duration-seconds': 'durationSeconds',
  concurrency: 'concurrency',
  'max-p99-latency-ms': 'maxP99LatencyMs',
  'max-error-rate': 'maxErrorRate',
  'min-throughput': 'minThroughput',
};

/**
 * Every test file the `tests` input matches, read and checked before any request is sent: all problems
 * of all files at once, each naming the file and the case. No file matching is an error, never a pass.
 */
export function loadTestSuites(pattern: string, workspace: string): TestSuite[] {
  const files = globSync(pattern, { cwd: workspace, absolute: true, onlyFiles: true }).sort();
  if (files.length === 0) {
    throw new ModelshipError(
      `No test file matches tests: ${pattern} (looked in ${workspace}).`,
      'Check the path or glob in the tests input; it is relative to the workspace. No tests ran.',
    );
  }
  const problems: string[] = [];
  const suites = files.map((file) =>
    readSuite(file, (p) => problems.push(`${path.relative(workspace, file)}: ${p}`)),
  );
  if (problems.length) {
    throw new ModelshipError(
      `The test files have ${problems.length} problem(s); no request was sent:\n${problems.join('\n')}`,
      'Fix each case named above; the action README describes the test file format.',
    );
  }
  return suites;
}

function readSuite(file: string, report: (problem: string) => void): TestSuite {
  let document: unknown;
  try {
    document = YAML.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    report(`it is not YAML or JSON: ${(err as Error).message}`);
    return { file, cases: [], approxDefault: DEFAULT_APPROX };
  }
  const rawCases = Array.isArray(document) ? document : isMapping(document) ? document.cases : undefined;
  if (!Array.isArray(rawCases) || rawCases.length === 0) {
    report('it has no cases: write a list of cases, or a mapping with cases:');
    return { file, cases: [], approxDefault: DEFAULT_APPROX };
  }
  const settings = isMapping(document) ? document : {};
  const approxDefault = settings['approx-default'] ?? DEFAULT_APPROX;
  if (typeof approxDefault !== 'number' || approxDefault < 0) report('approx-default must be a number ≥ 0');
  const readSibling = siblingReader(file);
  const cases = rawCases.flatMap((raw, i) => readCase(file, raw, i, readSibling, report));
  return { file, cases, load: readLoad(settings.load, report), approxDefault: Number(approxDefault) || 0 };
}

function readCase(
  file: string,
  raw: unknown,
  index: number,
  readSibling: SiblingReader,
  report: (problem: string) => void,
): TestCase[] {
  const name = isMapping(raw) && typeof raw.name === 'string' && raw.name ? raw.name : `case ${index + 1}`;
  const say = (problem: string) => report(`case "${name}": ${problem}`);
  if (!isMapping(raw)) {
    say('it must be a mapping with name, body and expect');
    return [];
  }
  const body = readBody(raw, readSibling, say);
  const { expectation, problems } = parseExpectation(raw.expect, readSibling);
  problems.forEach(say);
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  // These are sent as HTTP headers: a line break would start a header, or a request, of its own.
  for (const key of ['content-type', 'accept', 'custom-attributes'])
    if (/[\r\n\0]/.test(text(key) ?? ''))
      say(`${key} must be one line with no line break (it is an HTTP header)`);
  if (!body || problems.length) return [];
  return [
    {
      file,
      name,
      body,
      contentType: text('content-type') ?? 'application/json',
      accept: text('accept'),
      customAttributes: text('custom-attributes'),
      expect: expectation,
    },
  ];
}

function readBody(
  raw: Record<string, unknown>,
  readSibling: SiblingReader,
  say: (p: string) => void,
): Buffer | undefined {
  if (raw.body !== undefined && raw['body-file'] !== undefined) {
    say('give body or body-file, not both');
    return undefined;
  }
  if (typeof raw['body-file'] === 'string') {
    const read = readSibling(raw['body-file']);
    if ('problem' in read) say(`body-file: ${read.problem}`);
    return 'problem' in read ? undefined : Buffer.from(read.text);
  }
  if (raw.body === undefined) {
    say('it has no request: give body or body-file');
    return undefined;
  }
  return Buffer.from(typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body));
}

function readLoad(raw: unknown, report: (problem: string) => void): Partial<LoadSettings> | undefined {
  if (raw === undefined) return undefined;
  if (!isMapping(raw)) {
    report('load must be a mapping, e.g. {rps: 20, duration-seconds: 10}');
    return undefined;
  }
  const load: Partial<LoadSettings> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = LOAD_FIELDS[key];
    if (!field) report(`load.${key} is not known; use ${Object.keys(LOAD_FIELDS).join(', ')}`);
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      report(`load.${key} is ${JSON.stringify(value)}; it must be a number ≥ 0`);
    else if (key === 'concurrency' && (!Number.isInteger(value) || value < 1))
      report(`load.concurrency is ${value}; it must be a whole number ≥ 1`);
    else if (key === 'max-error-rate' && value > 1)
      report(`load.max-error-rate is ${value}; it must be from 0 to 1`);
    else load[field] = value;
  }
  return load;
}

function siblingReader(file: string): SiblingReader {
  return (relative) => {
    const target = path.resolve(path.dirname(file), relative);
    if (!existsSync(target)) return { problem: `${relative} does not exist next to ${path.basename(file)}` };
    return { path: target, text: readFileSync(target, 'utf8') };
  };
}
