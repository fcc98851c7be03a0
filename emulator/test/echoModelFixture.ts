import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';
import type { RunningEmulator } from '../src';
import type { FleetSpec } from '../src/modelServing/types';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const ECHO_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/echo-model:v1';

/** Binds the echo model's image (by repository name) to the fixture, with one variable of the binding's own. */
export function bindEchoModel(emulator: RunningEmulator): void {
  emulator.images.bind('echo-model', {
    entrypoint: ['python3', 'echo_model.py'],
    cwd: fixturesDir,
    env: { BINDING_VARIABLE: 'from-binding' },
  });
}

/** Puts a model.tar.gz holding `files` into the emulator's S3 and returns its URI. */
export async function uploadModelArchive(
  emulator: RunningEmulator,
  uri: string,
  files: Record<string, string>,
): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'echo-model-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const archive = path.join(dir, 'model.tar.gz');
  await tar.c({ gzip: true, cwd: dir, file: archive }, Object.keys(files));
  const [, bucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri) as RegExpExecArray;
  emulator.env.stores.objects?.put(bucket as string, key as string, await readFile(archive));
  await rm(dir, { recursive: true, force: true });
  return uri;
}

export function echoFleetSpec(overrides: Partial<FleetSpec> = {}): FleetSpec {
  return {
    endpointName: 'echo',
    variantName: 'AllTraffic',
    endpointConfigName: 'echo-config-1',
    modelName: 'echo-model',
    instanceCount: 1,
    containers: [{ image: ECHO_IMAGE }],
    ...overrides,
  };
}

/** Whether a process id is still alive (signal 0 checks without signalling). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
