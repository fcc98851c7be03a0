import { ModelshipError, type Logger } from '@modelship/shared';
import type { CommandRunner } from './commandRunner';

export type EngineKind = { kind: 'docker'; buildx: boolean } | { kind: 'buildah' };

const answers = async (runner: CommandRunner, command: string, args: string[]) =>
  (await runner.run(command, args, { quiet: true }))?.exitCode === 0;

/**
 * The engine that can build here. `docker` means a docker daemon that answers `docker info` (a client
 * binary alone builds nothing), else buildah; `buildah` means buildah only. Neither: an error that names
 * what to install, and CodeBuild as the way out for runners without a container engine.
 */
export async function detectEngine(
  builder: 'docker' | 'buildah',
  runner: CommandRunner,
  logger: Logger,
): Promise<EngineKind> {
  if (builder === 'docker') {
    if (await answers(runner, 'docker', ['info'])) {
      return { kind: 'docker', buildx: await answers(runner, 'docker', ['buildx', 'version']) };
    }
    if (await answers(runner, 'buildah', ['--version'])) {
      logger.info('No docker daemon answers `docker info` on this runner: building with buildah instead.');
      return { kind: 'buildah' };
    }
  } else if (await answers(runner, 'buildah', ['--version'])) {
    return { kind: 'buildah' };
  }
  throw new ModelshipError(
    builder === 'docker'
      ? 'No container engine on this runner: no docker daemon answers `docker info`, and buildah is not installed.'
      : 'buildah is not installed on this runner.',
    'Install buildah (apt-get install buildah) or use a runner with docker, or set builder: codebuild with codebuild-project to build in AWS CodeBuild.',
  );
}
