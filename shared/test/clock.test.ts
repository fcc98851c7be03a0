import { describe, expect, it } from '@jest/globals';
import { systemClock } from '../src';

describe('systemClock', () => {
  it('tells the real time', () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('stops sleeping at once when its signal is aborted, with the signal reason', async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60 * 60_000, controller.signal);
    controller.abort(new Error('cancelled by SIGINT'));
    await expect(sleeping).rejects.toThrow('cancelled by SIGINT');
  });

  it('does not start sleeping with a signal already aborted', async () => {
    await expect(systemClock.sleep(60 * 60_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow(
      'gone',
    );
  });
});
