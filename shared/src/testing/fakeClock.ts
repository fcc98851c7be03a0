import type { Clock } from '../clock';

interface Sleeper {
  wakeAt: number;
  /** Order of arrival, so sleepers with the same deadline wake in the order they went to sleep. */
  sequence: number;
  resolve: () => void;
}

/**
 * A clock that only moves when told, for tests. With `autoAdvance` (the default) each `sleep` moves time
 * to its own deadline at once, which lets a polling loop run to its end without any real waiting. Without
 * it, sleeps wait for `advance` / `advanceAsync`, which wake them in deadline order.
 */
export class FakeClock implements Clock {
  private sleepers: Sleeper[] = [];
  private sequence = 0;

  constructor(
    private current = 0,
    private readonly autoAdvance = true,
  ) {}

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.autoAdvance) {
      this.current += Math.max(0, ms);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const sleeper: Sleeper = {
        wakeAt: this.current + Math.max(0, ms),
        sequence: this.sequence++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        reject(signal?.reason);
      };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** How many sleeps are waiting: lets a test see that code under test has reached its sleep. */
  get pendingSleeps(): number {
    return this.sleepers.length;
  }

  /**
   * Moves time forward by `ms` at once and wakes every sleeper due by then, in deadline order. Code that
   * wakes and sleeps again within the window is not woken a second time: use `advanceAsync` for that.
   */
  advance(ms: number): void {
    this.current += ms;
    for (const sleeper of this.takeDue(this.current)) sleeper.resolve();
  }

  /**
   * Moves time forward by `ms` one deadline at a time: at each, `now()` is that deadline, the sleepers
   * due wake, and their continuations run (and may sleep again) before time moves on.
   */
  async advanceAsync(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (let next = this.nextWake(); next !== undefined && next <= target; next = this.nextWake()) {
      this.current = Math.max(this.current, next);
      for (const sleeper of this.takeDue(this.current)) sleeper.resolve();
      await settle();
    }
    this.current = target;
  }

  private nextWake(): number | undefined {
    return this.sleepers.length ? Math.min(...this.sleepers.map((s) => s.wakeAt)) : undefined;
  }

  private takeDue(time: number): Sleeper[] {
    const due = this.sleepers
      .filter((s) => s.wakeAt <= time)
      .sort((a, b) => a.wakeAt - b.wakeAt || a.sequence - b.sequence);
    this.sleepers = this.sleepers.filter((s) => s.wakeAt > time);
    return due;
  }
}

/** Lets every promise continuation queued so far run (a macrotask boundary drains the microtasks). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
