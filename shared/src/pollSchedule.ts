import type { EndpointSnapshot } from './endpointOutcome';

/**
 * When to call DescribeEndpoint next while an update runs. The plan knows how long each bake lasts,
 * and DescribeEndpoint says when the current one started, so the end of a bake is a known moment:
 * between known moments the endpoint is polled slowly, at each one quickly. Phases whose length the
 * plan does not give (provisioning, traffic moving, a rollback) are polled quickly at first, then
 * less and less often. Alarms are read apart (DescribeAlarms is cheap and throttled separately), and
 * a change in them brings the next DescribeEndpoint forward: that is when SageMaker rolls back.
 * Correctness never depends on any of these intervals; only how soon a change is seen does.
 */

/** What the plan says about the update being followed; empty when it gives no timings (a create). */
export interface PollPlan {
  /** The bake after each traffic step (WaitIntervalInSeconds), in milliseconds. */
  bakeMs?: number;
}

/** Around an expected transition, and once one is overdue. */
export const FAST_POLL_MS = 1_000;
/** The first interval of a phase whose length the plan does not give. */
export const WAITING_POLL_MS = 2_000;
/** Never slower: a surprise (a failure, a manual change) is seen within this long. */
export const SLOW_POLL_MS = 15_000;
/** How long after a bake's planned end to look: the service moves on a moment after its timer. */
export const TRANSITION_MARGIN_MS = 500;

/** What the endpoint is doing as far as the polls tell, with times on the runner's clock. */
export type UpdatePhase =
  | { kind: 'baking'; key: string; startedAtMs: number }
  | { kind: 'waiting'; key: string; startedAtMs: number };

export interface PollSight {
  phase: UpdatePhase;
  nowMs: number;
  /** When a guarding alarm last changed state, if it has since the watch began. */
  alarmChangedAtMs?: number;
}

interface VariantPhase {
  status: string;
  startMs?: number;
}

function variantPhases(snapshot: EndpointSnapshot): VariantPhase[] {
  return (snapshot.ProductionVariants ?? []).flatMap((v) =>
    (v.VariantStatus ?? []).map((s) => ({ status: s.Status ?? '?', startMs: s.StartTime?.getTime() })),
  );
}

const latestStart = (phases: VariantPhase[]): number | undefined => {
  const starts = phases.flatMap((p) => (p.startMs === undefined ? [] : [p.startMs]));
  return starts.length ? Math.max(...starts) : undefined;
};

/**
 * The phase after a poll at `polledAtMs`. A phase seen before keeps the start it was given. A new one
 * started after the previous poll and by this one: SageMaker's StartTime is used within those bounds,
 * so that a runner clock a little off the service's cannot move a bake's end far.
 */
export function observePhase(
  previous: UpdatePhase | undefined,
  snapshot: EndpointSnapshot,
  polledAtMs: number,
  previousPollAtMs?: number,
): UpdatePhase {
  const phases = variantPhases(snapshot);
  const baking = phases.filter((p) => p.status === 'Baking');
  const kind = baking.length ? 'baking' : 'waiting';
  const relevant = baking.length ? baking : phases;
  const started = latestStart(relevant);
  const key = `${snapshot.EndpointStatus}|${kind}|${
    baking.length
      ? String(started)
      : phases
          .map((p) => `${p.status}@${p.startMs ?? ''}`)
          .sort()
          .join(',')
  }`;
  if (previous?.key === key) return previous;
  const earliest = previousPollAtMs ?? Number.NEGATIVE_INFINITY;
  const startedAtMs = Math.min(polledAtMs, Math.max(earliest, started ?? polledAtMs));
  return { kind, key, startedAtMs };
}

const growing = (elapsedMs: number, floorMs: number) =>
  Math.min(SLOW_POLL_MS, Math.max(floorMs, elapsedMs / 4));

/** How long to wait before the next DescribeEndpoint. */
export function nextPollDelayMs(plan: PollPlan, sight: PollSight): number {
  const { phase, nowMs } = sight;
  const planned = plannedDelayMs(plan, phase, nowMs);
  // An alarm that changed during this phase is the likeliest cause of the next transition.
  const alarmAt = sight.alarmChangedAtMs;
  if (alarmAt === undefined || alarmAt < phase.startedAtMs) return planned;
  return Math.min(planned, growing(nowMs - alarmAt, FAST_POLL_MS));
}

function plannedDelayMs(plan: PollPlan, phase: UpdatePhase, nowMs: number): number {
  if (phase.kind === 'baking' && plan.bakeMs !== undefined) {
    const dueAtMs = phase.startedAtMs + plan.bakeMs + TRANSITION_MARGIN_MS;
    const leftMs = dueAtMs - nowMs;
    // Even steps no longer than SLOW_POLL_MS, the last landing on the bake's end.
    if (leftMs > 0) return leftMs / Math.ceil(leftMs / SLOW_POLL_MS);
    return growing(-leftMs, FAST_POLL_MS);
  }
  return growing(nowMs - phase.startedAtMs, WAITING_POLL_MS);
}
