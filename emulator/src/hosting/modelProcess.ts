import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { ImageBinding } from '../imageBindings';

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

// Model credentials must not leak from the emulator's environment into a model process.
const SCRUBBED = /^(AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)|GITHUB_TOKEN|INPUT_.*)$/;

export interface ModelResponse {
  status: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

/**
 * One container instance: the bound entrypoint run with `serve` (argv, never a shell), answering
 * GET /ping and POST /invocations on SAGEMAKER_BIND_TO_PORT.
 */
export class ModelProcess {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  private exited = false;
  private readonly recentOutput: string[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    onLine: (line: string) => void,
  ) {
    const capture = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        this.recentOutput.push(line);
        if (this.recentOutput.length > 20) this.recentOutput.shift();
        onLine(line);
      }
    };
    child.stdout?.on('data', capture);
    child.stderr?.on('data', capture);
    child.on('exit', () => (this.exited = true));
  }

  static async start(options: {
    binding: ImageBinding;
    command: 'serve' | 'train';
    environment: Record<string, string>;
    onLine: (line: string) => void;
  }): Promise<ModelProcess> {
    const port = await freePort();
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SCRUBBED.test(k)));
    const [command, ...args] = options.binding.entrypoint as [string, ...string[]];
    const child = spawn(command, [...args, options.command], {
      cwd: options.binding.cwd,
      env: {
        ...inherited,
        ...options.binding.env,
        ...options.environment,
        SAGEMAKER_BIND_TO_PORT: String(port),
        SAGEMAKER_SAFE_PORT_RANGE: `${port}-${port}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new ModelProcess(child, port, options.onLine);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (err) => reject(new Error(`Could not start ${command}: ${err.message}`)));
    });
    return started;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  get lastOutput(): string {
    return this.recentOutput.slice(-5).join(' | ');
  }

  /** Polls GET /ping until it answers 200; false when the process exits or the time runs out. */
  async waitHealthy(
    timeoutMs: number,
    sleep: (ms: number) => Promise<void>,
    now: () => number,
  ): Promise<boolean> {
    const deadline = now() + timeoutMs;
    while (now() < deadline && !this.exited) {
      const response = await this.request('GET', '/ping', undefined, {}, 2_000).catch(() => undefined);
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
            resolve({ status: res.statusCode ?? 500, body: Buffer.concat(chunks), headers: res.headers }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`the model did not answer within ${timeoutMs / 1000} s`)),
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** SIGTERM, then SIGKILL after a short grace, as `docker stop` does. */
  async stop(graceMs = 2_000): Promise<void> {
    this.agent.destroy();
    if (this.exited || this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  killNow(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }
}
