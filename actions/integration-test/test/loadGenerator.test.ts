import { describe, expect, it } from '@jest/globals';
import { runLoad } from '../src/loadGenerator';
import { FakeClock } from '@modelship/shared/testing';

describe('runLoad', () => {
  it('sends rps × duration requests, paced on the clock, with every latency recorded', async () => {
    const clock = new FakeClock(1_000);
    const sentAt: number[] = [];
    const stats = await runLoad(
      { rps: 10, durationSeconds: 3, concurrency: 1 },
      async (index) => {
        sentAt.push(clock.now());
        return { latencyMs: 20, errorKind: index % 10 === 0 ? 'ModelError' : undefined };
      },
      clock,
      new AbortController().signal,
    );
    expect(stats.requests).toBe(30);
    expect(stats.errors).toBe(3);
    expect(stats.errorsByKind).toEqual({ ModelError: 3 });
    expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeLessThanOrEqual(3_000);
    expect(new Set(sentAt).size).toBe(30);
    expect(stats.p99Ms).toBeCloseTo(20, 0);
  });

  it('stops when the signal is aborted', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    let sent = 0;
    const run = runLoad(
      { rps: 1_000, durationSeconds: 10, concurrency: 1 },
      async () => {
        if (++sent === 5) controller.abort(new Error('cancelled'));
        return { latencyMs: 1 };
      },
      clock,
      controller.signal,
    );
    await expect(run).resolves.toMatchObject({ requests: 5 });
  });
});
