import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '@modelship/shared';
import { buildahEngine } from './buildahEngine';
import { actionsCommandRunner } from './commandRunner';
import type { ContainerEngine } from './containerEngine';
import { dockerEngine } from './dockerEngine';
import { detectEngine } from './engineDetection';

/** Finds the engine and gives it a private directory under RUNNER_TEMP for its storage and login. */
export function localEngineFinder(
  env: NodeJS.ProcessEnv,
  logger: Logger,
): (builder: 'docker' | 'buildah') => Promise<ContainerEngine> {
  const runner = actionsCommandRunner(env);
  return async (builder) => {
    const kind = await detectEngine(builder, runner, logger);
    const workDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), `modelship-${kind.kind}-`));
    return kind.kind === 'docker'
      ? dockerEngine(runner, workDir, kind.buildx)
      : buildahEngine(runner, workDir);
  };
}
