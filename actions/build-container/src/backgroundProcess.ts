import { spawn } from 'node:child_process';
import { outputTail } from './imageServe';

/** A long-running program started with an argument array (never a shell), its output kept. */
export interface BackgroundProcess {
  /** The exit code once it ended (127 when it could not start); `undefined` while it runs. */
  exitCode(): number | undefined;
  lastOutput(): string[];
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it ended. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_LINES = 20;

export function startBackground(command: string, args: string[]): BackgroundProcess {
  const tail = outputTail(OUTPUT_LINES);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
  let code: number | undefined;
  const ended = new Promise<void>((resolve) => {
    child.on('error', (err) => {
      tail.add(`${err.message}\n`);
      code ??= 127;
      resolve();
    });
    child.on('close', (exitCode, signal) => {
      code ??= exitCode ?? (signal ? 128 : 1);
      resolve();
    });
  });
  child.stdout.setEncoding('utf8').on('data', tail.add);
  child.stderr.setEncoding('utf8').on('data', tail.add);
  return {
    exitCode: () => code,
    lastOutput: () => tail.lines(),
    async stop(graceMs = 10_000) {
      if (code !== undefined) return;
      // A program that never started has no pid; killing it would swallow its pending 'error' event.
      if (child.pid === undefined) return ended;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await ended;
      clearTimeout(timer);
    },
  };
}
