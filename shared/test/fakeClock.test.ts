import { describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/testing';

describe('FakeClock', () => {
  it('moves to each sleep deadline at once by default', async () => {
    const clock = new FakeClock(1000);
    await clock.sleep(500);
    await clock.sleep(250);
    expect(clock.now()).toBe(1750);
  });

  it('without auto advance, wakes sleepers in deadline order when advanced', async () => {
    const clock = new FakeClock(0, false);
    const woke: string[] = [];
    const sleeps = [
      clock.sleep(300).then(() => woke.push('300')),
      clock.sleep(100).then(() => woke.push('100')),
      clock.sleep(200).then(() => woke.push('200')),
      clock.sleep(100).then(() => woke.push('100 second')),
    ];
    expect(clock.pendingSleeps).toBe(4);
    clock.advance(250);
    await Promise.all(sleeps.slice(1));
    expect(woke).toEqual(['100', '100 second', '200']);
    expect(clock.pendingSleeps).toBe(1);
    clock.advance(50);
    await sleeps[0];
    expect(woke).toEqual(['100', '100 second', '200', '300']);
  });

  it('advanceAsync shows each sleeper its own wake time and lets it sleep again', async () => {
    const clock = new FakeClock(0, false);
    const ticks: number[] = [];
    const loop = (async () => {
      for (let i = 0; i < 3; i++) {
        await clock.sleep(1000);
        ticks.push(clock.now());
      }
    })();
    await clock.advanceAsync(5000);
    await loop;
    expect(ticks).toEqual([1000, 2000, 3000]);
    expect(clock.now()).toBe(5000);
  });

  it('rejects an aborted sleep and forgets it', async () => {
    const clock = new FakeClock(0, false);
    const controller = new AbortController();
    const sleeping = clock.sleep(1000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(sleeping).rejects.toThrow('cancelled');
    expect(clock.pendingSleeps).toBe(0);
    await expect(clock.sleep(10, controller.signal)).rejects.toThrow('cancelled');
  });
});
