import type { Clock, Logger } from '@modelship/shared';
import { runLoad } from './loadGenerator';
import type { ResolvedLoad } from './loadPlan';
import type { LoadStatisticsSnapshot } from './loadStatistics';
import type { InvocationTarget } from './ports';
import type { TestCase } from './testSuite';

/**
 * The load run: the cases' requests in turn, at the planned rate, every answer that is not 2xx (or
 * none at all) counted as an error by kind. Expectations are not checked here; the cases did that.
 */
export async function runLoadPhase(
  load: ResolvedLoad,
  cases: TestCase[],
  target: InvocationTarget,
  options: { clock: Clock; logger: Logger; signal: AbortSignal },
): Promise<LoadStatisticsSnapshot> {
  const { plan } = load;
  options.logger.info(
    `Load: ${plan.rps} requests/s for ${plan.durationSeconds} s, ${plan.concurrency} at a time, against ${target.description}.`,
  );
  const stats = await runLoad(
    plan,
    (index, signal) => target.invoke(cases[index % cases.length] as TestCase, signal),
    options.clock,
    options.signal,
  );
  options.logger.info(
    `Load: ${stats.requests} requests, ${stats.throughput.toFixed(1)}/s, p50 ${stats.p50Ms} ms, p99 ${stats.p99Ms} ms, ` +
      `error rate ${(stats.errorRate * 100).toFixed(2)} %${stats.errors ? ` (${errorsText(stats.errorsByKind)})` : ''}.`,
  );
  return stats;
}

const errorsText = (byKind: Record<string, number>) =>
  Object.entries(byKind)
    .map(([kind, count]) => `${kind}: ${count}`)
    .join(', ');
