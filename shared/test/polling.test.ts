import { describe, expect, it } from '@jest/globals';
import { backoffDelayMs, ModelshipError, waitUntil, type PollEvent } from '../src';
import { FakeClock } from '../src/testing';

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

  it('counts a throttled check as not done and goes on polling, failing only after ten in a row', async () => {
    const clock = new FakeClock(0);
    const throttling = () =>
      Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });
    let checks = 0;
    const value = await waitUntil(
      async () => {
        checks += 1;
        if (checks <= 3) throw throttling();
        return { done: true, value: 'ready' };
      },
      { clock, minDelayMs: 1000, maxDelayMs: 1000, deadline: 60_000, description: 'x', random: () => 0 },
    );
    expect(value).toBe('ready');
    expect(checks).toBe(4);
    const always = waitUntil(() => Promise.reject(throttling()), {
      clock,
      minDelayMs: 1000,
      maxDelayMs: 1000,
      deadline: clock.now() + 60_000,
      description: 'deployment d-1 to end',
    });
    await expect(always).rejects.toThrow(
      'The check for deployment d-1 to end failed 10 polls in a row with transient errors',
    );
  });

  it('jitters each delay between the minimum and the doubling ceiling', () => {
    expect(backoffDelayMs(1, 1000, 8000, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(2, 1000, 8000, () => 0)).toBe(1000);
    expect(backoffDelayMs(2, 1000, 8000, () => 0.5)).toBe(1500);
    expect(backoffDelayMs(3, 1000, 8000, () => 0.5)).toBe(2500);
    expect(backoffDelayMs(10, 1000, 8000, () => 0.999)).toBeCloseTo(7993, 0);
  });

  it('stops at the deadline with an error that says what it waited for and what to do', async () => {
    const clock = new FakeClock(0);
    const waiting = waitUntil(async () => ({ done: false }), {
      clock,
      minDelayMs: 1000,
      maxDelayMs: 1000,
      deadline: 3500,
      description: 'endpoint churn to be InService',
      timeoutHint: 'Raise timeout-minutes.',
    });
    await expect(waiting).rejects.toThrow(ModelshipError);
    await expect(waiting).rejects.toThrow('Timed out after 4 s waiting for endpoint churn to be InService.');
    await expect(waiting).rejects.toMatchObject({ hint: 'Raise timeout-minutes.' });
    expect(clock.now()).toBe(3500);
  });

  it('checks one last time at the deadline, so a state reached just in time counts', async () => {
    const clock = new FakeClock(0);
    const value = await waitUntil(
      async () => (clock.now() >= 2500 ? { done: true, value: clock.now() } : { done: false }),
      { clock, minDelayMs: 1000, maxDelayMs: 1000, deadline: 2500, description: 'x' },
    );
    expect(value).toBe(2500);
  });

  it('reports each unfinished check to onPoll with what the check saw', async () => {
    const clock = new FakeClock(0);
    const statuses = ['Creating', 'Creating', 'Updating'];
    const events: Array<PollEvent<string>> = [];
    await waitUntil<string, string>(
      async () => {
        const status = statuses.shift();
        return status ? { done: false, value: status } : { done: true, value: 'InService' };
      },
      {
        clock,
        minDelayMs: 1000,
        maxDelayMs: 1000,
        deadline: 60_000,
        description: 'x',
        onPoll: (event) => events.push(event),
      },
    );
    expect(events).toEqual([
      { attempt: 1, elapsedMs: 0, value: 'Creating', nextDelayMs: 1000 },
      { attempt: 2, elapsedMs: 1000, value: 'Creating', nextDelayMs: 1000 },
      { attempt: 3, elapsedMs: 2000, value: 'Updating', nextDelayMs: 1000 },
    ]);
  });

  it('stops when its signal is aborted mid-sleep, without another check', async () => {
    const clock = new FakeClock(0, false);
    const controller = new AbortController();
    let checks = 0;
    const waiting = waitUntil(
      async () => {
        checks++;
        return { done: false };
      },
      {
        clock,
        minDelayMs: 1000,
        maxDelayMs: 1000,
        deadline: 10_000,
        description: 'x',
        signal: controller.signal,
      },
    );
    await clock.advanceAsync(0);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    expect(checks).toBe(1);
  });

  it('does not check at all when the signal is already aborted', async () => {
    let checks = 0;
    await expect(
      waitUntil(
        async () => {
          checks++;
          return { done: true, value: 1 };
        },
        {
          clock: new FakeClock(),
          minDelayMs: 1,
          maxDelayMs: 1,
          deadline: 10,
          description: 'x',
          signal: AbortSignal.abort(new Error('cancelled')),
        },
      ),
    ).rejects.toThrow('cancelled');
    expect(checks).toBe(0);
  });

  it('polls on a fake clock without auto advance, driven by advanceAsync', async () => {
    const clock = new FakeClock(0, false);
    const waiting = waitUntil(
      async () => (clock.now() >= 5000 ? { done: true, value: 'done' } : { done: false }),
      { clock, minDelayMs: 1000, maxDelayMs: 1000, deadline: 60_000, description: 'x' },
    );
    await clock.advanceAsync(5000);
    await expect(waiting).resolves.toBe('done');
  });
});
