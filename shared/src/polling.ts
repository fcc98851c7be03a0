import type { Clock } from './clock';
import { ModelshipError } from './errors';
import { TransientReadTolerance } from './transientAwsError';

/**
 * What one check found: done with the value waited for, or not yet, optionally with what it saw
 * (a status, say) so that `onPoll` can report progress without a second call.
 */
export type PollResult<T, P = unknown> = { done: true; value: T } | { done: false; value?: P };

export interface PollEvent<P> {
  /** 1 for the first check. */
  attempt: number;
  elapsedMs: number;
  /** What the check saw this time, when it said. */
  value: P | undefined;
  /** How long until the next check. */
  nextDelayMs: number;
}

export interface WaitOptions<P = unknown> {
  clock: Clock;
  /** First delay, and the cap the delays grow to (exponential backoff with full jitter in between). */
  minDelayMs: number;
  maxDelayMs: number;
  /** Absolute time (clock.now()) after which waiting stops with an error. */
  deadline: number;
  /** What is being waited for, for the timeout message: "endpoint churn to be InService". */
  description: string;
  /** What the user should do when the deadline passes; a generic hint otherwise. */
  timeoutHint?: string;
  signal?: AbortSignal;
  /** A number in [0, 1); injectable so that tests get exact delays. */
  random?: () => number;
  /** Called after each check that is not done, before sleeping: progress lines, metrics. */
  onPoll?: (event: PollEvent<P>) => void;
}

/** The delay before check `attempt + 1`: full jitter between minDelayMs and a doubling ceiling. */
export function backoffDelayMs(
  attempt: number,
  minDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, attempt - 1));
  return minDelayMs + random() * Math.max(0, ceiling - minDelayMs);
}

/**
 * Polls `check` until it reports done. The first check runs at once; delays double from minDelayMs up
 * to maxDelayMs, with full jitter so that parallel jobs do not poll in lockstep, and never past the
 * deadline: one last check runs at the deadline itself, so a state reached just in time still counts.
 * A check that fails transiently (see transientAwsError) counts as not done, up to ten in a row.
 */
export async function waitUntil<T, P = unknown>(
  check: () => Promise<PollResult<T, P>>,
  options: WaitOptions<P>,
): Promise<T> {
  const { clock, signal } = options;
  const random = options.random ?? Math.random;
  const startedAt = clock.now();
  const checks = new TransientReadTolerance(`The check for ${options.description}`);
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    // A check throttled or answered with a 5xx is no news: not done yet, as far as this poll tells.
    const result: PollResult<T, P> = (await checks.read(check)) ?? { done: false };
    if (result.done) return result.value;
    const now = clock.now();
    if (now >= options.deadline) {
      throw new ModelshipError(
        `Timed out after ${Math.round((now - startedAt) / 1000)} s waiting for ${options.description}.`,
        options.timeoutHint ??
          'Raise timeout-minutes if the work is just slow, or look at the resource in the AWS console.',
      );
    }
    const delay = Math.min(
      backoffDelayMs(attempt, options.minDelayMs, options.maxDelayMs, random),
      options.deadline - now,
    );
    options.onPoll?.({ attempt, elapsedMs: now - startedAt, value: result.value, nextDelayMs: delay });
    await clock.sleep(delay, signal);
  }
}
