import type { Clock } from './clock';

interface Sleeper {
  wakeAt: number;
  resolve: () => void;
}

/**
 * A clock that only moves when told. `sleep` advances time to its own deadline at once when `autoAdvance`
 * is on (the default), which lets a polling loop run to its end in a test without any real waiting.
 */
export class FakeClock implements Clock {
  private sleepers: Sleeper[] = [];

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
      this.current += ms;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      this.sleepers.push({ wakeAt: this.current + ms, resolve });
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  /** Moves time forward, waking sleepers in deadline order. */
  advance(ms: number): void {
    this.current += ms;
    const due = this.sleepers.filter((s) => s.wakeAt <= this.current).sort((a, b) => a.wakeAt - b.wakeAt);
    this.sleepers = this.sleepers.filter((s) => s.wakeAt > this.current);
    for (const sleeper of due) sleeper.resolve();
  }
}
