import { describe, expect, it } from '@jest/globals';
import {
  FAST_POLL_MS,
  SLOW_POLL_MS,
  TRANSITION_MARGIN_MS,
  WAITING_POLL_MS,
  nextPollDelayMs,
  observePhase,
  type UpdatePhase,
} from '../src/pollSchedule';
import { FakeClock } from '../src/testing/fakeClock';

const variant = (status: string, startMs: number) => ({
  VariantName: 'AllTraffic',
  VariantStatus: [{ Status: status as 'Baking', StartTime: new Date(startMs) }],
});
const updating = (status: string, startMs: number) => ({
  EndpointStatus: 'Updating' as const,
  ProductionVariants: [variant(status, startMs)],
});

const baking = (startedAtMs: number): UpdatePhase => ({ kind: 'baking', key: 'b', startedAtMs });
const waiting = (startedAtMs: number): UpdatePhase => ({ kind: 'waiting', key: 'w', startedAtMs });

/** The times a poller following the schedule calls, from `from` until `until`, on a fake clock. */
async function pollTimes(phase: UpdatePhase, bakeMs: number | undefined, from: number, until: number) {
  const clock = new FakeClock(from);
  const times: number[] = [];
  while (clock.now() < until) {
    times.push(clock.now());
    await clock.sleep(nextPollDelayMs({ bakeMs }, { phase, nowMs: clock.now() }));
  }
  return times;
}

describe('nextPollDelayMs', () => {
  it('polls a bake slowly, in even steps of at most 15 s, and lands just after its planned end', async () => {
    const times = await pollTimes(baking(0), 60_000, 1_000, 60_000 + TRANSITION_MARGIN_MS);
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(SLOW_POLL_MS);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1);
    const last = times[times.length - 1] as number;
    expect(last + nextPollDelayMs({ bakeMs: 60_000 }, { phase: baking(0), nowMs: last })).toBeCloseTo(
      60_000 + TRANSITION_MARGIN_MS,
    );
  });

  it('polls every second once a bake is overdue, then less often the longer it runs over', () => {
    const at = (overdueMs: number) =>
      nextPollDelayMs(
        { bakeMs: 60_000 },
        { phase: baking(0), nowMs: 60_000 + TRANSITION_MARGIN_MS + overdueMs },
      );
    expect(at(0)).toBe(FAST_POLL_MS);
    expect(at(3_000)).toBe(FAST_POLL_MS);
    expect(at(20_000)).toBe(5_000);
    expect(at(600_000)).toBe(SLOW_POLL_MS);
  });

  it('polls a phase the plan does not time (provisioning, traffic moving) from 2 s, growing to 15 s', async () => {
    expect(nextPollDelayMs({}, { phase: waiting(0), nowMs: 0 })).toBe(WAITING_POLL_MS);
    expect(nextPollDelayMs({}, { phase: waiting(0), nowMs: 40_000 })).toBe(10_000);
    expect(nextPollDelayMs({}, { phase: waiting(0), nowMs: 300_000 })).toBe(SLOW_POLL_MS);
    // A five-minute provisioning costs about 30 calls, not the 150 of a fixed 2 s.
    expect((await pollTimes(waiting(0), undefined, 0, 300_000)).length).toBeLessThanOrEqual(32);
  });

  it('polls a bake as an untimed phase when the plan gives no bake', () => {
    expect(nextPollDelayMs({}, { phase: baking(0), nowMs: 1_000 })).toBe(WAITING_POLL_MS);
  });

  it('polls fast after an alarm changed during the phase, but not for a change before it', () => {
    const phase = baking(10_000);
    expect(nextPollDelayMs({ bakeMs: 600_000 }, { phase, nowMs: 30_000, alarmChangedAtMs: 29_000 })).toBe(
      FAST_POLL_MS,
    );
    expect(
      nextPollDelayMs({ bakeMs: 600_000 }, { phase, nowMs: 30_000, alarmChangedAtMs: 5_000 }),
    ).toBeGreaterThan(SLOW_POLL_MS - 1_000);
  });
});

describe('observePhase', () => {
  it('takes a new bake start from SageMaker, within the polls that bracket it', () => {
    expect(observePhase(undefined, updating('Baking', 4_000), 5_000, 3_000)).toMatchObject({
      kind: 'baking',
      startedAtMs: 4_000,
    });
    // The service's clock ahead of the runner's: the bake cannot have started after it was seen...
    expect(observePhase(undefined, updating('Baking', 9_000), 5_000, 3_000).startedAtMs).toBe(5_000);
    // ...nor, behind it, before the poll that did not see it yet.
    expect(observePhase(undefined, updating('Baking', 1_000), 5_000, 3_000).startedAtMs).toBe(3_000);
  });

  it('keeps the phase of earlier polls while nothing changes, and starts a new one at a change', () => {
    const first = observePhase(undefined, updating('ActivatingTraffic', 1_000), 1_500);
    expect(first).toMatchObject({ kind: 'waiting', startedAtMs: 1_000 });
    expect(observePhase(first, updating('ActivatingTraffic', 1_000), 9_000, 1_500)).toBe(first);
    const bake = observePhase(first, updating('Baking', 2_000), 9_000, 1_500);
    expect(bake).toMatchObject({ kind: 'baking', startedAtMs: 2_000 });
    // The second step's bake is a new phase, though its status is the same.
    expect(observePhase(bake, updating('Baking', 62_200), 63_000, 61_000)).toMatchObject({
      kind: 'baking',
      startedAtMs: 62_200,
    });
  });

  it('times a phase without a start time from the poll that first saw it', () => {
    expect(observePhase(undefined, { EndpointStatus: 'Updating' }, 7_000, 5_000)).toMatchObject({
      kind: 'waiting',
      startedAtMs: 7_000,
    });
  });
});
