import type { Clock } from '@modelship/shared';
import { LoadStatistics, type LoadStatisticsSnapshot } from './loadStatistics';

/** One request of the load run: its latency, and the kind of error when it failed. */
export type LoadRequest = (
  index: number,
  signal: AbortSignal,
) => Promise<{ latencyMs: number; errorKind?: string }>;

export interface LoadPlan {
  /** Requests per second the run is paced at; Infinity sends as fast as the workers can. */
  rps: number;
  durationSeconds: number;
  concurrency: number;
}

/**
 * `concurrency` workers share one schedule of `rps × duration` requests (request i is due at i / rps
 * seconds); a worker ahead of the schedule sleeps on the clock. The run is bounded in count and in time:
 * it stops at the last request or one second after the planned duration, whichever comes first.
 */
export async function runLoad(
  plan: LoadPlan,
  send: LoadRequest,
  clock: Clock,
  signal: AbortSignal,
): Promise<LoadStatisticsSnapshot> {
  const stats = new LoadStatistics();
  const total = Number.isFinite(plan.rps)
    ? Math.max(1, Math.round(plan.rps * plan.durationSeconds))
    : Infinity;
  const startedAt = clock.now();
  const stopAt = startedAt + plan.durationSeconds * 1000 + 1000;
  let next = 0;
  const worker = async () => {
    while (next < total && !signal.aborted) {
      const index = next++;
      const dueAt = Number.isFinite(plan.rps) ? startedAt + (index * 1000) / plan.rps : clock.now();
      const wait = dueAt - clock.now();
      if (wait > 0) await clock.sleep(wait, signal);
      if (clock.now() >= (Number.isFinite(total) ? stopAt : startedAt + plan.durationSeconds * 1000)) return;
      const outcome = await send(index, signal);
      stats.record(outcome.latencyMs, outcome.errorKind);
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  return stats.snapshot(clock.now() - startedAt);
}
