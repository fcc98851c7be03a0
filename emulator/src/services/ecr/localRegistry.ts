import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RegistryProcess } from './registryProcess';

/**
 * The registry behind ECR, started on first use: an emulator that never touches ECR never runs it.
 * If it exits it is started again on the same storage; `stop` ends it and deletes its storage.
 */
export class LocalRegistry {
  private pending: Promise<RegistryProcess> | undefined;
  private workDir: string | undefined;

  constructor(readonly binary: string) {}

  async ensure(): Promise<RegistryProcess> {
    const pending = (this.pending ??= this.launch());
    let registry: RegistryProcess;
    try {
      registry = await pending;
    } catch (err) {
      if (this.pending === pending) this.pending = undefined;
      throw err;
    }
    if (registry.running) return registry;
    if (this.pending === pending) this.pending = undefined;
    return this.ensure();
  }

  private async launch(): Promise<RegistryProcess> {
    this.workDir ??= await mkdtemp(path.join(os.tmpdir(), 'modelship-ecr-'));
    return RegistryProcess.start(this.binary, this.workDir);
  }

  async stop(): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    const registry = await pending?.catch(() => undefined);
    await registry?.stop();
    const dir = this.workDir;
    this.workDir = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
