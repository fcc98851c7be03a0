import type { Clock, Logger } from '@modelship/shared';
import type { ImageConfig } from './containerEngine';
import {
  describeAnswer,
  type PingAnswer,
  type PingProbe,
  type ServeImage,
  type ServedContainer,
} from './imageServe';
import { uncheckedImage, type SagemakerCheck } from './sagemakerContract';

/**
 * `docker run <image> serve` as a process list: an exec-form ENTRYPOINT gets `serve` as its argument
 * (the image's CMD is replaced); with no ENTRYPOINT, `serve` itself is the program.
 */
export const serveCommand = (config: ImageConfig): string[] => [...(config.entrypoint ?? []), 'serve'];

export const PING_URL = 'http://127.0.0.1:8080/ping';
/** How long a started image gets to answer /ping with 200. */
export const PING_WAIT_MS = 60_000;
const PING_EVERY_MS = 1_000;

const CONTRACT =
  'SageMaker starts the image as `docker run <image> serve` and expects a server on port 8080 (any address) that answers GET /ping with 200.';

export interface PingCheckPorts {
  serve: ServeImage;
  ping: PingProbe;
  clock: Clock;
  logger: Logger;
  signal: AbortSignal;
}

/** How the wait for /ping ended. */
type PingOutcome =
  | { kind: 'healthy'; afterMs: number }
  | { kind: 'exited'; exitCode: number; last?: PingAnswer }
  | { kind: 'timeout'; last?: PingAnswer };

const PORT_TAKEN = /address already in use|port is already allocated|EADDRINUSE/i;

/** Polls /ping until 200 from a container that still runs, its exit, or the end of the wait. */
async function waitForPing(ports: PingCheckPorts, container: ServedContainer): Promise<PingOutcome> {
  const startedAt = ports.clock.now();
  let last: PingAnswer | undefined;
  for (;;) {
    last = await ports.ping(PING_URL);
    // An answer while our container is gone comes from someone else's server.
    const exitCode = await container.exitCode();
    if (exitCode !== undefined) return { kind: 'exited', exitCode, last };
    if ('status' in last && last.status === 200)
      return { kind: 'healthy', afterMs: ports.clock.now() - startedAt };
    if (ports.clock.now() - startedAt >= PING_WAIT_MS) return { kind: 'timeout', last };
    await ports.clock.sleep(PING_EVERY_MS, ports.signal);
  }
}

/** The output on lines of its own in a failure; on one line in a not-checked note, which the summary lists. */
const outputText = (lines: string[], separator = '\n') =>
  lines.length ? ` Its last output:${separator}${lines.join(separator)}` : ' It printed nothing.';

/** Turns the outcome into the check: passed, failed with what SageMaker expects, or plainly not checked. */
function judge(outcome: PingOutcome, command: string[], output: string[]): SagemakerCheck {
  const started = `\`${command.join(' ')}\``;
  if (outcome.kind === 'healthy') {
    const seconds = Math.round(outcome.afterMs / 1000);
    return {
      passed: true,
      findings: [`GET /ping on port 8080 answered 200 ${seconds} s after the image started as ${started}.`],
      notChecked: [],
    };
  }
  if (outcome.kind === 'exited' && output.some((line) => PORT_TAKEN.test(line))) {
    return uncheckedImage(
      `GET /ping after \`serve\` was not checked: port 8080 on this runner is taken by another process, so the image could not listen there.${outputText(output, ' | ')}`,
    );
  }
  if (outcome.kind === 'exited' && outcome.exitCode === 125) {
    return uncheckedImage(
      `GET /ping after \`serve\` was not checked: the container engine could not start a container on this runner (exit 125).${outputText(output, ' | ')}`,
    );
  }
  const what =
    outcome.kind === 'exited'
      ? `${started} exited with code ${outcome.exitCode} before GET /ping answered 200`
      : `GET /ping on port 8080 did not answer 200 within ${PING_WAIT_MS / 1000} s after ${started}`;
  return {
    passed: false,
    findings: [`${what} (last answer: ${describeAnswer(outcome.last)}).${outputText(output)}`, CONTRACT],
    notChecked: [],
  };
}

/**
 * Starts the image as SageMaker does and waits for GET /ping to answer 200 on port 8080; the container
 * is stopped and removed whatever happened. A port that answers before the image starts belongs to
 * someone else: then the check says it could not run rather than testing their server.
 */
export async function checkPing(
  ports: PingCheckPorts,
  imageRef: string,
  config: ImageConfig,
): Promise<SagemakerCheck> {
  const before = await ports.ping(PING_URL);
  if (!('refused' in before && before.refused)) {
    return uncheckedImage(
      `GET /ping after \`serve\` was not checked: port 8080 on this runner is already in use (it gave ${describeAnswer(before)} before the image started).`,
    );
  }
  const command = serveCommand(config);
  ports.logger.info(`Starting the image as ${JSON.stringify(command)} and calling ${PING_URL}.`);
  const container = await ports.serve(imageRef, command);
  try {
    const outcome = await waitForPing(ports, container);
    const output = outcome.kind === 'healthy' ? [] : await container.lastOutput();
    return judge(outcome, command, output);
  } finally {
    await container.remove();
  }
}
