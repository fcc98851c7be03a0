import type { LoadPlan } from './loadGenerator';
import type { LoadThresholds } from './loadStatistics';
import type { LoadSettings, TestSuite } from './testSuite';

/** The load run to do, and what must hold of it. */
export interface ResolvedLoad {
  plan: LoadPlan;
  thresholds: LoadThresholds;
}

export const DEFAULT_LOAD_DURATION_SECONDS = 30;
export const DEFAULT_CONCURRENCY = 4;

/** The load inputs, undefined where the workflow did not set them. */
export interface LoadInputs {
  'load-rps'?: number;
  'load-duration-seconds'?: number;
  concurrency?: number;
  'max-p99-latency-ms'?: number;
  'max-error-rate'?: number;
  'min-throughput'?: number;
}

/**
 * The test files' `load:` blocks, in file order (a later file's setting wins), under the inputs, which
 * win over every file: a workflow can make a run harder without editing the tests. No rps, or 0: no
 * load run. Errors are not tolerated unless a max-error-rate says how many are.
 */
export function resolveLoad(inputs: LoadInputs, suites: TestSuite[]): ResolvedLoad | undefined {
  const fromFiles: Partial<LoadSettings> = Object.assign({}, ...suites.map((s) => s.load ?? {}));
  const pick = <K extends keyof LoadSettings>(key: K, input: number | undefined) => input ?? fromFiles[key];
  const rps = pick('rps', inputs['load-rps']);
  if (!rps) return undefined;
  return {
    plan: {
      rps,
      durationSeconds:
        pick('durationSeconds', inputs['load-duration-seconds']) ?? DEFAULT_LOAD_DURATION_SECONDS,
      concurrency: pick('concurrency', inputs.concurrency) ?? DEFAULT_CONCURRENCY,
    },
    thresholds: {
      maxP99LatencyMs: pick('maxP99LatencyMs', inputs['max-p99-latency-ms']),
      maxErrorRate: pick('maxErrorRate', inputs['max-error-rate']) ?? 0,
      minThroughput: pick('minThroughput', inputs['min-throughput']),
    },
  };
}
