import type { BackgroundProcess } from './backgroundProcess';
import type { CommandRunner } from './commandRunner';
import { succeeded } from './commandFailure';
import type { ServeImage } from './imageServe';

export type StartBackground = (command: string, args: string[]) => BackgroundProcess;

const HINT =
  'buildah runs the image with --isolation chroot on the host network; it needs root (or rootless buildah with subuids).';

/**
 * `buildah from` the built image, then `buildah run` the serve command in the background. Chroot
 * isolation cannot give the container a network of its own, so it listens on the host's port 8080,
 * exactly where SageMaker's `-p 8080:8080` would put it. `buildah run` does not apply the image's
 * ENTRYPOINT, which is why the whole command comes in.
 */
export function buildahServe(runner: CommandRunner, storage: string[], start: StartBackground): ServeImage {
  return async (imageRef, command) => {
    const created = succeeded(
      'buildah from',
      await runner.run('buildah', [...storage, 'from', '--pull=never', imageRef], { quiet: true }),
      'buildah',
      HINT,
    );
    const container = created.stdout.trim().split('\n').pop() as string;
    const args = [...storage, 'run', '--isolation', 'chroot', '--network', 'host', container, '--'];
    const server = start('buildah', [...args, ...command]);
    let removed = false;
    return {
      exitCode: async () => server.exitCode(),
      lastOutput: async () => server.lastOutput(),
      async remove() {
        if (removed) return;
        removed = true;
        await server.stop();
        await runner.run('buildah', [...storage, 'rm', container], { quiet: true });
      },
    };
  };
}
