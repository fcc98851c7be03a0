import type { EmulatorClock } from '../src/environment';

/**
 * The system clock, except that while a duration is held, sleeps of exactly that duration wait until
 * the test releases them. A test can then see a state that lasts "for the provisioning time" (or a
 * weight update) however loaded the machine is, and decide when it ends.
 */
export class HeldClock implements EmulatorClock {
  private readonly held = new Set<number>();
  private readonly waiting = new Map<number, Array<() => void>>();

  now(): number {
    return Date.now();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (this.held.has(ms)) {
        this.waiting.set(ms, [...(this.waiting.get(ms) ?? []), resolve]);
        signal?.addEventListener('abort', () => resolve());
        return;
      }
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** From now on, sleeps of `ms` wait for `release(ms)`. */
  hold(ms: number): void {
    this.held.add(ms);
  }

  /** How many sleeps of `ms` are waiting. */
  waitingFor(ms: number): number {
    return this.waiting.get(ms)?.length ?? 0;
  }

  /** Ends every waiting sleep of `ms` and stops holding it. */
  release(ms: number): void {
    this.held.delete(ms);
    for (const resolve of this.waiting.get(ms) ?? []) resolve();
    this.waiting.delete(ms);
  }

  releaseAll(): void {
    for (const ms of [...this.held, ...this.waiting.keys()]) this.release(ms);
  }
}
