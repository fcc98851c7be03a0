import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../../hosting/modelProcess';

/** How many of the registry's last stderr lines a start failure quotes. */
const STDERR_TAIL_LINES = 8;

/**
 * The configuration of a private registry (Docker's distribution): filesystem storage in our temp dir,
 * deletes allowed (BatchDeleteImage), loopback only, and no auth so any ECR token is accepted. JSON is
 * YAML, which the registry reads.
 */
export function registryConfig(storageDir: string, port: number, secret: string): string {
  return JSON.stringify(
    {
      version: '0.1',
      log: { level: 'error', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: storageDir }, delete: { enabled: true } },
      http: { addr: `127.0.0.1:${port}`, secret },
    },
    null,
    2,
  );
}

// Every registry alive in this Node process, so that none outlives it however it exits.
const live = new Set<RegistryProcess>();
let exitHookInstalled = false;
function track(registry: RegistryProcess): void {
  live.add(registry);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const each of live) each.killNow();
  });
}

/** One `docker-registry serve` process on a loopback port, storing under `<workDir>/storage`. */
export class RegistryProcess {
  private readonly stderrTail: string[] = [];
  private exitDescription: string | undefined;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly storageDir: string,
  ) {
    child.stderr?.setEncoding('utf8');
    let partial = '';
    child.stderr?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      this.stderrTail.push(...lines.filter(Boolean));
      this.stderrTail.splice(0, Math.max(0, this.stderrTail.length - STDERR_TAIL_LINES));
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitDescription = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        live.delete(this);
        resolve();
      }),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.exitDescription === undefined;
  }

  /**
   * Starts the registry and waits until `GET /v2/` answers. A free port can be taken between our probe
   * and the registry's bind, so a start that fails that way is tried again on another port.
   */
  static async start(binary: string, workDir: string, timeoutMs = 15_000): Promise<RegistryProcess> {
    let lastError: Error | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const configFile = path.join(workDir, 'config.yml');
      const storageDir = path.join(workDir, 'storage');
      await writeFile(configFile, registryConfig(storageDir, port, randomBytes(24).toString('hex')));
      const child = spawn(binary, ['serve', configFile], {
        // The registry reads REGISTRY_* variables over its config file; none of ours may leak in.
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const registry = new RegistryProcess(child, port, storageDir);
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', () => resolve());
        child.once('error', (err) => reject(new Error(`could not run ${binary}: ${err.message}`)));
      });
      track(registry);
      try {
        await registry.waitReady(timeoutMs);
        return registry;
      } catch (err) {
        lastError = err as Error;
        await registry.stop();
        if (!registry.stderrTail.some((line) => line.includes('address already in use'))) break;
      }
    }
    throw lastError ?? new Error('the registry did not start');
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running && Date.now() < deadline) {
      const status = await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(1_000) })
        .then((r) => r.status)
        .catch(() => undefined);
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const why = this.running ? `did not answer GET /v2/ within ${timeoutMs / 1000} s` : this.exitDescription;
    throw new Error(`docker-registry ${why}: ${this.stderrTail.join(' | ') || 'no output'}`);
  }

  /** SIGTERM, then SIGKILL after a short grace. */
  async stop(graceMs = 2_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.killNow(), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  killNow(): void {
    if (this.running) this.child.kill('SIGKILL');
  }
}
