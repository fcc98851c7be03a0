import { describe, expect, it } from '@jest/globals';
import { ModelshipError, waitUntil } from '../src';
import { FakeClock } from '../src/fakeClock';

describe('waitUntil', () => {
  it('checks at once, then backs off exponentially up to the cap', async () => {
    const clock = new FakeClock(0);
    const checkedAt: number[] = [];
    const value = await waitUntil(
      async () => {
        checkedAt.push(clock.now());
        return checkedAt.length === 5 ? { done: true, value: 'ready' } : { done: false };
      },
      { clock, minDelayMs: 1000, maxDelayMs: 4000, deadline: 60_000, description: 'x', random: () => 1 },
    );
    expect(value).toBe('ready');
    expect(checkedAt).toEqual([0, 1000, 3000, 7000, 11000]);
  });

  it('stops at the deadline with an error that says what it waited for', async () => {
    const clock = new FakeClock(0);
    await expect(
      waitUntil(async () => ({ done: false }), {
        clock,
        minDelayMs: 1000,
        maxDelayMs: 1000,
        deadline: 3500,
        description: 'endpoint churn to be InService',
      }),
    ).rejects.toThrow(new ModelshipError('Timed out waiting for endpoint churn to be InService.'));
    expect(clock.now()).toBe(3500);
  });

  it('stops when its signal is aborted', async () => {
    const clock = new FakeClock(0, false);
    const controller = new AbortController();
    const waiting = waitUntil(async () => ({ done: false }), {
      clock,
      minDelayMs: 1000,
      maxDelayMs: 1000,
      deadline: 10_000,
      description: 'x',
      signal: controller.signal,
    });
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
  });
});
