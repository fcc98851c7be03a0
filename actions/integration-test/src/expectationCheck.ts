import { JSONPath } from 'jsonpath-plus';
import type { Expectation } from './testSuite';

/** What came back for one case: the model's own status (also inside a 424 ModelError), body and latency. */
export interface CaseResponse {
  status: number;
  body: string;
  latencyMs: number;
}

/** One failed expectation, as annotations and the JUnit report name it. */
export interface ExpectationFailure {
  field: string;
  expected: string;
  actual: string;
}

const show = (value: unknown) => (value === undefined ? '(nothing)' : JSON.stringify(value));

const select = (jsonPath: string, json: unknown): unknown =>
  (JSONPath({ path: jsonPath, json: json as object, wrap: false, eval: false }) as unknown) ?? undefined;

/** Every expectation of a case checked against its response; an empty list means the case passed. */
export function checkExpectations(
  expectation: Expectation,
  response: CaseResponse,
  approxDefault: number,
): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const fail = (field: string, expected: string, actual: string) =>
    failures.push({ field, expected, actual });
  if (expectation.status !== undefined && expectation.status !== response.status)
    fail('status', String(expectation.status), String(response.status));
  if (expectation.maxLatencyMs !== undefined && response.latencyMs > expectation.maxLatencyMs)
    fail('max-latency-ms', `≤ ${expectation.maxLatencyMs} ms`, `${Math.round(response.latencyMs)} ms`);
  if (expectation.contains !== undefined && !response.body.includes(expectation.contains))
    fail('contains', show(expectation.contains), abbreviate(response.body));
  if (expectation.matches && !expectation.matches.test(response.body))
    fail('matches', String(expectation.matches), abbreviate(response.body));
  if (!needsJson(expectation)) return failures;
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    fail('body', 'JSON', abbreviate(response.body));
    return failures;
  }
  checkJson(expectation, json, approxDefault, fail);
  return failures;
}

const needsJson = (e: Expectation) => Boolean(e.json || e.approx || e.schema || e.golden);

function checkJson(
  expectation: Expectation,
  json: unknown,
  approxDefault: number,
  fail: (field: string, expected: string, actual: string) => void,
): void {
  for (const [jsonPath, wanted] of Object.entries(expectation.json ?? {})) {
    const actual = select(jsonPath, json);
    if (!deepEqual(actual, wanted, 0)) fail(`json ${jsonPath}`, show(wanted), show(actual));
  }
  for (const [jsonPath, spec] of Object.entries(expectation.approx ?? {})) {
    const actual = select(jsonPath, json);
    const allowed =
      Math.max(spec.tolerance ?? 0, (spec.relativeTolerance ?? 0) * Math.abs(spec.value)) || approxDefault;
    if (typeof actual !== 'number' || Math.abs(actual - spec.value) > allowed)
      fail(`approx ${jsonPath}`, `${spec.value} ± ${allowed}`, show(actual));
  }
  if (expectation.schema && !expectation.schema.validate(json)) {
    const errors = (expectation.schema.validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message}`,
    );
    fail('schema', expectation.schema.file, errors.join('; '));
  }
  if (expectation.golden && !deepEqual(json, expectation.golden.value, approxDefault))
    fail('golden', abbreviate(JSON.stringify(expectation.golden.value)), abbreviate(JSON.stringify(json)));
}

/** Structural equality; numbers may differ by `tolerance`. */
export function deepEqual(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i], tolerance));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every(
      (k) =>
        k in b && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance),
    );
  }
  return a === b;
}

const abbreviate = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
