import type { ValidateFunction } from 'ajv';

/** `approx:` on one JSONPath: the value, within an absolute or a relative tolerance. */
export interface ApproxExpectation {
  value: number;
  tolerance?: number;
  relativeTolerance?: number;
}

/** What one case expects of its response; every field is optional, but a case needs at least one. */
export interface Expectation {
  status?: number;
  /** JSONPath → the exact value. */
  json?: Record<string, unknown>;
  approx?: Record<string, ApproxExpectation>;
  schema?: { file: string; validate: ValidateFunction };
  contains?: string;
  matches?: RegExp;
  /** The whole response; numbers compared within the suite's approx-default. */
  golden?: { file: string; value: unknown };
  maxLatencyMs?: number;
}

/** One request and what its response must be. */
export interface TestCase {
  /** The test file it came from (absolute), for annotations and reports. */
  file: string;
  name: string;
  body: Buffer;
  contentType: string;
  accept?: string;
  customAttributes?: string;
  expect: Expectation;
}

/** A `load:` block of a test file, or the load inputs: how hard, how long, and what must hold. */
export interface LoadSettings {
  rps: number;
  durationSeconds: number;
  concurrency: number;
  maxP99LatencyMs?: number;
  maxErrorRate?: number;
  minThroughput?: number;
}

export interface TestSuite {
  file: string;
  cases: TestCase[];
  load?: Partial<LoadSettings>;
  /** Absolute tolerance for numbers in golden comparisons. */
  approxDefault: number;
}

/** The default tolerance of golden numbers: floating-point noise, not a model change. */
export const DEFAULT_APPROX = 1e-6;
