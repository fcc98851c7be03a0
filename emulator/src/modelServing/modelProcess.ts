import http from 'node:http';
import type { ImageBinding } from '../imageBindings';
import { LocalProcess } from '../localProcess';
import { ModelRequestError } from './invocationErrors';

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

  private constructor(
    private readonly child: LocalProcess,
    readonly port: number,
  ) {}

  static async start(options: ModelProcessOptions): Promise<ModelProcess> {
    const inherited: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && !SCRUBBED.test(key)) inherited[key] = value;
    }
    const [command, ...args] = options.binding.entrypoint as [string, ...string[]];
    const started = await LocalProcess.start({
      command,
      args: [...args, options.command],
      cwd: options.binding.cwd,
      env: { ...inherited, ...options.binding.env, ...options.environment },
      onStdout: options.onLine,
      onStderr: options.onLine,
      stderrTailLines: STDERR_TAIL_LINES,
    });
    return new ModelProcess(started, options.port);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get exited(): Promise<void> {
    return this.child.exited;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  /** "exited with code 1" once the process has ended; undefined while it runs. */
  get exitReason(): string | undefined {
    return this.child.exitReason;
  }

  get lastStderrLines(): string[] {
    return this.child.lastStderrLines;
  }

  outputDrained(ms: number): Promise<void> {
    return this.child.outputDrained(ms);
  }

  /** Polls GET /ping until it answers 200; false when the process exits or the time runs out. */
  async waitHealthy(
    timeoutMs: number,
    sleep: (ms: number) => Promise<void>,
    now: () => number,
  ): Promise<boolean> {
    const deadline = now() + timeoutMs;
    while (this.child.running) {
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
    await this.child.stop(graceMs);
  }
}
