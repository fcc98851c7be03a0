/** The image started as SageMaker starts it, for as long as the /ping check needs it. */
export interface ServedContainer {
  /** The exit code once the container stopped; `undefined` while it still runs. */
  exitCode(): Promise<number | undefined>;
  /** Its last lines of output (stdout and stderr), for a failure message. */
  lastOutput(): Promise<string[]>;
  /** Stops and removes it, whatever state it is in; safe to call more than once. */
  remove(): Promise<void>;
}

/** The engine's way of starting a built image with host port 8080 reaching the container's 8080. */
export type ServeImage = (imageRef: string, command: string[]) => Promise<ServedContainer>;

/** One answer to GET /ping: an HTTP status, or the connection error (`refused` when nothing listens). */
export type PingAnswer = { status: number } | { error: string; refused: boolean };

/** GET on the runner's loopback, with a short timeout of its own. */
export type PingProbe = (url: string) => Promise<PingAnswer>;

/** How a ping answer reads in a message. */
export const describeAnswer = (answer: PingAnswer | undefined): string =>
  answer === undefined ? 'no answer yet' : 'status' in answer ? `HTTP ${answer.status}` : answer.error;

/** The last lines of a process's output, kept as it runs. */
export function outputTail(limit: number): { add(chunk: string): void; lines(): string[] } {
  let lines: string[] = [];
  let partial = '';
  return {
    add(chunk) {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      lines = [...lines, ...parts].slice(-limit);
    },
    lines: () => (partial ? [...lines, partial] : lines).slice(-limit),
  };
}
