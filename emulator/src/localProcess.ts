import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A free loopback port: bind to 0, read it, release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Sends a signal to a whole process group; false when the group is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Calls `onLine` for each non-empty line of a stream (a trailing CR dropped), keeping a partial line
 * until it is finished; resolves when the stream ends.
 */
export function splitLines(
  stream: NodeJS.ReadableStream | null,
  onLine: (line: string) => void,
): Promise<void> {
  if (!stream) return Promise.resolve();
  let pending = '';
  stream.setEncoding('utf8');
  const emit = (part: string) => {
    const line = part.endsWith('\r') ? part.slice(0, -1) : part;
    if (line) onLine(line);
  };
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() as string;
    parts.forEach(emit);
  });
  return new Promise((resolve) => {
    stream.on('end', () => {
      emit(pending);
      pending = '';
      resolve();
    });
    stream.on('error', () => resolve());
  });
}

// Every local process alive in this Node process, so that none outlives it whatever way it exits.
const live = new Set<LocalProcess>();
let exitHookInstalled = false;
function track(p: LocalProcess): void {
  live.add(p);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const each of live) each.killNow();
  });
}

export interface LocalProcessOptions {
  command: string;
  args: string[];
  cwd?: string;
  env: Record<string, string>;
  /** Left out, stdout is not read at all (a pipe nobody drains would stall the process). */
  onStdout?: (line: string) => void;
  onStderr?: (line: string) => void;
  /** How many of the last stderr lines to keep for failure reasons. */
  stderrTailLines: number;
}

/**
 * A process the emulator runs for a container, a training job or a registry: an argv (never a shell) in
 * its own process group, so that stopping it also stops what it forked. Stopped like `docker stop`:
 * SIGTERM to the group, then SIGKILL after a grace; killed at once if the emulator's Node process exits.
 */
export class LocalProcess {
  private readonly stderrTail: string[] = [];
  private exitDescription: string | undefined;
  readonly exited: Promise<void>;
  private readonly closed: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    options: LocalProcessOptions,
  ) {
    if (options.onStdout) void splitLines(child.stdout, options.onStdout);
    void splitLines(child.stderr, (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > options.stderrTailLines) this.stderrTail.shift();
      options.onStderr?.(line);
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitDescription = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        live.delete(this);
        resolve();
      }),
    );
    this.closed = new Promise((resolve) => child.once('close', () => resolve()));
  }

  /** Resolves once the process runs; rejects with "could not run <command>: ..." when it cannot start. */
  static async start(options: LocalProcessOptions): Promise<LocalProcess> {
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', options.onStdout ? 'pipe' : 'ignore', 'pipe'],
      detached: true,
    });
    const started = new LocalProcess(child, options);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (err) => reject(new Error(`could not run ${options.command}: ${err.message}`)));
    });
    track(started);
    return started;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitDescription === undefined;
  }

  /** "exited with code 1" once the process has ended; undefined while it runs. */
  get exitReason(): string | undefined {
    return this.exitDescription;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  get lastStderrLines(): string[] {
    return [...this.stderrTail];
  }

  /**
   * Waits (at most `ms`) for the output of an exited process to be read to the end: 'exit' can come
   * before the last stderr lines, which a failure reason quotes.
   */
  async outputDrained(ms: number): Promise<void> {
    if (this.running) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.closed, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** SIGTERM, then SIGKILL after `graceMs`, as `docker stop` does. */
  async stop(graceMs = 2_000): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  killNow(): void {
    if (this.running) this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    // The group may be gone already while the process itself is still to be reaped.
    if (!signalGroup(pid, signal)) this.child.kill(signal);
  }
}
