import type { CommandRunner } from './commandRunner';
import type { ServeImage, ServedContainer } from './imageServe';

const OUTPUT_LINES = '20';

/** A `docker run` that failed before a container ran: its exit code and docker's own message. */
const notStarted = (exitCode: number, output: string): ServedContainer => ({
  exitCode: async () => exitCode,
  lastOutput: async () => output.trim().split('\n').slice(-Number(OUTPUT_LINES)),
  remove: async () => undefined,
});

/**
 * `docker run -d -p 8080:8080 <image> serve`, as SageMaker runs it: docker applies the ENTRYPOINT
 * itself, so only the arguments after it are passed. docker exits 125 when it could not start the
 * container at all (daemon trouble, or the port already allocated).
 */
export function dockerServe(runner: CommandRunner, env: Record<string, string>): ServeImage {
  return async (imageRef) => {
    const docker = (args: string[]) => runner.run('docker', args, { quiet: true, env });
    const run = await docker(['run', '-d', '-p', '8080:8080', imageRef, 'serve']);
    if (!run) return notStarted(127, 'docker is not installed.');
    if (run.exitCode !== 0) return notStarted(run.exitCode, `${run.stdout}\n${run.stderr}`);
    const id = run.stdout.trim();
    let removed = false;
    return {
      async exitCode() {
        const state = await docker(['inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', id]);
        const [running, code] = (state?.stdout ?? 'false 125').trim().split(' ');
        return running === 'true' ? undefined : Number(code);
      },
      async lastOutput() {
        const logs = await docker(['logs', '--tail', OUTPUT_LINES, id]);
        return `${logs?.stdout ?? ''}${logs?.stderr ?? ''}`.trim().split('\n').filter(Boolean);
      },
      async remove() {
        if (removed) return;
        removed = true;
        await docker(['rm', '--force', id]);
      },
    };
  };
}
