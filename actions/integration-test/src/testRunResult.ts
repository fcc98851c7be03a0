import { casePassed } from './caseRun';
import type { CaseOutcome } from './junitReport';
import type { ResolvedLoad } from './loadPlan';
import { judgeThresholds, type LoadStatisticsSnapshot, type ThresholdResult } from './loadStatistics';

/** Everything one run found, judged: what the outputs, the report, the summary and the failure say. */
export interface TestRunResult {
  target: string;
  cases: CaseOutcome[];
  passed: number;
  failed: number;
  load?: { plan: ResolvedLoad['plan']; stats: LoadStatisticsSnapshot };
  thresholds: ThresholdResult[];
  ok: boolean;
}

/** The judge phase: cases by their expectations, the load run by its thresholds. */
export function judgeRun(
  target: string,
  cases: CaseOutcome[],
  load: { resolved: ResolvedLoad; stats: LoadStatisticsSnapshot } | undefined,
): TestRunResult {
  const passed = cases.filter(casePassed).length;
  const thresholds = load ? judgeThresholds(load.stats, load.resolved.thresholds) : [];
  return {
    target,
    cases,
    passed,
    failed: cases.length - passed,
    load: load && { plan: load.resolved.plan, stats: load.stats },
    thresholds,
    ok: passed === cases.length && thresholds.every((t) => t.passed),
  };
}

/** The `report` output: plain JSON a later step can read with fromJSON(). */
export function reportJson(result: TestRunResult): string {
  const { stats } = result.load ?? {};
  return JSON.stringify({
    target: result.target,
    ok: result.ok,
    passed: result.passed,
    failed: result.failed,
    cases: result.cases.map((c) => ({
      file: c.file,
      name: c.name,
      passed: casePassed(c),
      latencyMs: Math.round(c.latencyMs * 10) / 10,
      failures: c.failures,
      ...(c.error ? { error: c.error } : {}),
      ...(c.note ? { note: c.note } : {}),
    })),
    load: result.load && {
      ...result.load.plan,
      requests: stats?.requests,
      errors: stats?.errors,
      errorRate: stats?.errorRate,
      errorsByKind: stats?.errorsByKind,
      throughput: stats?.throughput,
      p50Ms: stats?.p50Ms,
      p90Ms: stats?.p90Ms,
      p99Ms: stats?.p99Ms,
      maxMs: stats?.maxMs,
    },
    thresholds: result.thresholds,
  });
}
