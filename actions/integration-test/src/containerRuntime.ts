import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ModelshipError } from '@modelship/shared';

/** Runs a program from an argument list (never a shell) and says how it ended. */
export type CommandRunner = (program: string, args: string[]) => Promise<{ ok: boolean; output: string }>;

export const runCommand: CommandRunner = (program, args) =>
  new Promise((resolve) => {
    execFile(program, args, { timeout: 60_000 }, (err, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trim();
      resolve({ ok: !err, output: err && !output ? err.message : output });
    });
  });

/**
 * How one container tool runs an image with `serve` so that its port 8080 is reachable at 127.0.0.1:port,
 * and how it cleans up after. docker publishes the port; buildah's containers share the host network.
 */
export interface ContainerRuntime {
  tool: 'docker' | 'buildah';
  /** The foreground process that serves; stopping it stops the model. */
  serveArgs: string[];
  /** Prepares the container before `serveArgs` runs (buildah creates it from the image). */
  prepare?: string[];
  /** Removes what is left; run after the serving process stopped, also on failure. */
  cleanup: string[];
}

/**
 * The first of docker and buildah that can run containers here (the docker CLI alone is not enough: it
 * needs a daemon), or an error that says plainly why neither can.
 */
export async function pickContainerRuntime(
  image: string,
  port: number,
  run: CommandRunner,
): Promise<ContainerRuntime> {
  const name = `modelship-test-${randomBytes(4).toString('hex')}`;
  const docker = await run('docker', ['info', '--format', '{{.ServerVersion}}']);
  if (docker.ok) {
    return {
      tool: 'docker',
      serveArgs: ['run', '--rm', '--name', name, '-p', `127.0.0.1:${port}:8080`, image, 'serve'],
      cleanup: ['rm', '--force', name],
    };
  }
  const buildah = await run('buildah', ['info']);
  if (buildah.ok) {
    return {
      tool: 'buildah',
      prepare: ['from', '--name', name, image],
      serveArgs: ['run', '--network', 'host', '--env', `SAGEMAKER_BIND_TO_PORT=${port}`, name, '--', 'serve'],
      cleanup: ['rm', name],
    };
  }
  throw new ModelshipError(
    `local-image ${image} cannot run here: neither docker nor buildah can run containers on this runner ` +
      `(docker: ${firstLine(docker.output)}; buildah: ${firstLine(buildah.output)}).`,
    'Use a runner with Docker (ubuntu-latest has it), or start the model server yourself and give local-command or local-url instead. No case was run.',
  );
}

const firstLine = (text: string) => text.split('\n').find(Boolean) ?? 'no output';
