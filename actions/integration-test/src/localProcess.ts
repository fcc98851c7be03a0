import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '@modelship/shared';

/** Lines of the process's output kept to explain a failure; the rest went to the log. */
const TAIL_LINES = 20;
/** How long a process gets to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;

/**
 * A process started from an argument list, never through a shell, with its output in the step's log
 * (debug) and its last lines kept for error messages. `exited` says why it is gone, once it is.
 */
export class LocalProcess {
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private exit: string | undefined;
  private readonly closed: Promise<void>;

  constructor(argv: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logger: Logger }) {
    const [program, ...args] = argv as [string, ...string[]];
    this.child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        options.logger.debug(`[${program}] ${line}`);
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
      }
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.closed = new Promise((resolve) => {
      this.child.once('error', (err) => {
        this.exit = `${program} could not start: ${err.message}`;
        resolve();
      });
      this.child.once('exit', (code, signal) => {
        this.exit ??= `${program} exited with ${signal ?? `code ${code}`}${this.output()}`;
        resolve();
      });
    });
  }

  /** Why the process is gone, with its last output; undefined while it runs. */
  exited(): string | undefined {
    return this.exit;
  }

  /** SIGTERM, then SIGKILL when it does not stop in time; resolves once it is gone. */
  async stop(): Promise<void> {
    if (this.exit) return;
    this.exit = 'stopped by the step';
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.closed;
    clearTimeout(timer);
  }

  private output(): string {
    return this.tail.length ? `; its last output:\n${this.tail.join('\n')}` : ' and printed nothing';
  }
}
