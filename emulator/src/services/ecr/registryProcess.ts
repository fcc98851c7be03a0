import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, LocalProcess } from '../../localProcess';

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

/** One `docker-registry serve` process on a loopback port, storing under `<workDir>/storage`. */
export class RegistryProcess {
  private constructor(
    private readonly child: LocalProcess,
    readonly port: number,
    readonly storageDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child.running;
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
      const registry = new RegistryProcess(
        await LocalProcess.start({
          command: binary,
          args: ['serve', configFile],
          // The registry reads REGISTRY_* variables over its config file; none of ours may leak in.
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
          stderrTailLines: STDERR_TAIL_LINES,
        }),
        port,
        storageDir,
      );
      try {
        await registry.waitReady(timeoutMs);
        return registry;
      } catch (err) {
        lastError = err as Error;
        await registry.stop();
        if (!registry.child.lastStderrLines.some((line) => line.includes('address already in use'))) break;
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
    const why = this.running ? `did not answer GET /v2/ within ${timeoutMs / 1000} s` : this.child.exitReason;
    throw new Error(`docker-registry ${why}: ${this.child.lastStderrLines.join(' | ') || 'no output'}`);
  }

  /** SIGTERM, then SIGKILL after a short grace. */
  stop(graceMs = 2_000): Promise<void> {
    return this.child.stop(graceMs);
  }
}
