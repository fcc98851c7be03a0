import type { Clock } from './clock';
import { ModelshipError } from './errors';

export interface WaitOptions {
  clock: Clock;
  /** First delay, and the cap the delays grow to (exponential backoff with full jitter in between). */
  minDelayMs: number;
  maxDelayMs: number;
  /** Absolute time (clock.now()) after which waiting stops with an error. */
  deadline: number;
  /** What is being waited for, for the timeout message. */
  description: string;
  signal?: AbortSignal;
  random?: () => number;
}

export type PollResult<T> = { done: true; value: T } | { done: false };

/**
 * Polls `check` until it reports done. The first check runs at once; delays double from minDelayMs up
 * to maxDelayMs, with full jitter so that parallel jobs do not poll in lockstep, and never past the deadline.
 */
export async function waitUntil<T>(check: () => Promise<PollResult<T>>, options: WaitOptions): Promise<T> {
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    const result = await check();
    if (result.done) return result.value;
    const now = options.clock.now();
    if (now >= options.deadline) {
      throw new ModelshipError(
        `Timed out waiting for ${options.description}.`,
        'Raise timeout-minutes if the work is just slow, or look at the resource in the AWS console.',
      );
    }
    const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** attempt);
    const delay = options.minDelayMs + random() * Math.max(0, ceiling - options.minDelayMs);
    await options.clock.sleep(Math.min(delay, options.deadline - now), options.signal);
  }
}
