import { rm } from 'node:fs/promises';
import type { CommandRunner } from './commandRunner';
import { succeeded } from './commandFailure';
import { buildFlags, parseImageConfig, type ContainerEngine } from './containerEngine';
import type { RegistryLogin } from './ecrLogin';
import { dockerServe } from './dockerServe';
import { httpPing } from './httpPing';
import type { PingProbe } from './imageServe';

const HINT = 'Read the docker output above; `docker info` shows whether the daemon is healthy.';

/**
 * docker (with buildx when installed), logging in with its own config directory (DOCKER_CONFIG under
 * `configDir`) so that the ECR login does not outlive the step in the runner's ~/.docker.
 */
export function dockerEngine(
  runner: CommandRunner,
  configDir: string,
  buildx: boolean,
  ping: PingProbe = httpPing,
): ContainerEngine {
  const env = { DOCKER_CONFIG: configDir };
  const docker = async (what: string, args: string[], options: { stdin?: string; quiet?: boolean } = {}) =>
    succeeded(what, await runner.run('docker', args, { ...options, env }), 'docker', HINT);

  return {
    name: buildx ? 'docker buildx' : 'docker',
    async login(login: RegistryLogin) {
      await docker(
        'docker login',
        ['login', '--username', login.username, '--password-stdin', login.registry],
        {
          stdin: login.password,
        },
      );
    },
    async build(definition, imageRef) {
      const command = buildx ? ['buildx', 'build', '--load'] : ['build'];
      await docker('docker build', [
        ...command,
        ...buildFlags(definition),
        '--tag',
        imageRef,
        definition.contextDir,
      ]);
    },
    async imageConfig(imageRef) {
      const inspected = await docker(
        'docker image inspect',
        ['image', 'inspect', '--format', '{{json .Config}}', imageRef],
        { quiet: true },
      );
      return parseImageConfig(inspected.stdout);
    },
    async push(imageRef) {
      await docker('docker push', ['push', imageRef]);
    },
    serve: dockerServe(runner, env),
    ping,
    async dispose() {
      await rm(configDir, { recursive: true, force: true });
    },
  };
}
