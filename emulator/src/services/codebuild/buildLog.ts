import type { LogStore } from '../../environment';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** CodeBuild's agent timestamp: `2026/11/29 12:00:00.000000` in UTC. */
export function containerTimestamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`
  );
}

/** One build's CloudWatch Logs stream; writes nothing when the project disabled CloudWatch logs. */
export class BuildLog {
  constructor(
    private readonly store: LogStore | undefined,
    private readonly target: { groupName: string; streamName: string } | undefined,
    private readonly now: () => number,
  ) {}

  /** A line of the build agent, as `[Container] <time> <message>`. */
  container(message: string): void {
    const now = this.now();
    this.write(`[Container] ${containerTimestamp(now)} ${message}`, now);
  }

  /** A line a build command printed. */
  output(line: string): void {
    this.write(line, this.now());
  }

  private write(message: string, timestamp: number): void {
    if (this.store && this.target)
      this.store.append(this.target.groupName, this.target.streamName, message, timestamp);
  }
}
