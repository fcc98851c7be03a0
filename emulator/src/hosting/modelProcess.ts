import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { ImageBinding } from '../imageBindings';
import { ModelRequestError } from './invocationErrors';

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

// A model must not see the credentials the emulator (or the workflow running it) was given.
const SCRUBBED =
  /^(AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN|CREDENTIAL_EXPIRATION)|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|INPUT_.*)$/;

/** How many of a process's last stderr lines a failure reason quotes. */
const STDERR_TAIL_LINES = 5;

export interface ModelResponse {
  status: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

// Every model process alive in this Node process, so that none outlives it whatever way it exits.
const live = new Set<ModelProcess>();
let exitHookInstalled = false;
function track(p: ModelProcess): void {
  live.add(p);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const each of live) each.killNow();
  });
}

export interface ModelProcessOptions {
  binding: ImageBinding;
  command: 'serve' | 'train';
  /** The container's variables; the emulator's own (port, model dir) are added by the caller. */
  environment: Record<string, string>;
  port: number;
  onLine: (line: string) => void;
}

/**
 * One container of one instance: the bound entrypoint run with `serve` (an argv, never a shell),
 * answering GET /ping and POST /invocations on SAGEMAKER_BIND_TO_PORT.
 */
export class ModelProcess {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly stderrTail: string[] = [];
  private exitDescription: string | undefined;
  readonly exited: Promise<void>;
  private readonly closed: Promise<void>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    onLine: (line: string) => void,
  ) {
    splitLines(child.stdout, onLine);
    splitLines(child.stderr, (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > STDERR_TAIL_LINES) this.stderrTail.shift();
      onLine(line);
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

  static async start(options: ModelProcessOptions): Promise<ModelProcess> {
    const inherited: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && !SCRUBBED.test(key)) inherited[key] = value;
    }
    const [command, ...args] = options.binding.entrypoint as [string, ...string[]];
    const child = spawn(command, [...args, options.command], {
      cwd: options.binding.cwd,
      env: { ...inherited, ...options.binding.env, ...options.environment },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping it also stops the workers a model server forks.
      detached: true,
    });
    const started = new ModelProcess(child, options.port, options.onLine);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (err) => reject(new Error(`could not run ${command}: ${err.message}`)));
    });
    track(started);
    return started;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** "exited with code 1" once the process has ended; undefined while it runs. */
  get exitReason(): string | undefined {
    return this.exitDescription;
  }

  get lastStderrLines(): string[] {
    return [...this.stderrTail];
  }

  /**
   * Waits (at most `ms`) for the output of an exited process to be read to the end: 'exit' can come
   * before the last stderr lines, which a failure reason quotes.
   */
  async outputDrained(ms: number): Promise<void> {
    if (this.exitDescription === undefined) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.closed, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** Polls GET /ping until it answers 200; false when the process exits or the time runs out. */
  async waitHealthy(
    timeoutMs: number,
    sleep: (ms: number) => Promise<void>,
    now: () => number,
  ): Promise<boolean> {
    const deadline = now() + timeoutMs;
    while (this.exitDescription === undefined) {
      const remaining = deadline - now();
      if (remaining <= 0) return false;
      const response = await this.request('GET', '/ping', undefined, {}, Math.min(2_000, remaining)).catch(
        () => undefined,
      );
      if (response?.status === 200) return true;
      await sleep(50);
    }
    return false;
  }

  request(
    method: string,
    path: string,
    body: Buffer | undefined,
    headers: Record<string, string>,
    timeoutMs: number,
  ): Promise<ModelResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 500,
              body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
              headers: res.headers,
            }),
          );
          res.on('error', (err) => reject(new ModelRequestError(err.message, false)));
        },
      );
      req.on('timeout', () =>
        req.destroy(new ModelRequestError(`no answer within ${timeoutMs / 1000} s`, true)),
      );
      req.on('error', (err) =>
        reject(err instanceof ModelRequestError ? err : new ModelRequestError(err.message, false)),
      );
      req.end(body);
    });
  }

  /** SIGTERM, then SIGKILL after a short grace, as `docker stop` does. */
  async stop(graceMs = 2_000): Promise<void> {
    this.agent.destroy();
    if (this.exitDescription !== undefined) return;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  killNow(): void {
    if (this.exitDescription === undefined) this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already; the process itself may still be reaped below.
      this.child.kill(signal);
    }
  }
}

/** Calls `onLine` for each complete line of a stream, keeping a partial line until it is finished. */
function splitLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() as string;
    for (const part of parts) {
      const line = part.endsWith('\r') ? part.slice(0, -1) : part;
      if (line) onLine(line);
    }
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
    pending = '';
  });
}
