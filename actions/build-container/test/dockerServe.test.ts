import { describe, expect, it } from '@jest/globals';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';
import type { CommandResult, CommandRunner } from '../src/commandRunner';
import { dockerServe } from '../src/dockerServe';
import { checkPing } from '../src/pingCheck';

/** A fake docker CLI: answers by subcommand, records every argument list. */
function fakeDocker(answers: Record<string, CommandResult>) {
  const calls: string[][] = [];
  const runner: CommandRunner = {
    run: async (command, args) => {
      calls.push([command, ...args]);
      return answers[args[0] as string] ?? { exitCode: 0, stdout: '', stderr: '' };
    },
  };
  return { runner, calls };
}

const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: '' });
const edges = { clock: new FakeClock(), logger: new RecordingLogger(), signal: new AbortController().signal };
const REFUSED = { error: 'ECONNREFUSED', refused: true };

describe('dockerServe: docker run -d -p 8080:8080 <image> serve', () => {
  it('runs the image detached with serve, watches its state and removes it with --force', async () => {
    const docker = fakeDocker({ run: ok('c0ffee\n'), inspect: ok('true 0\n') });
    let pings = 0;
    const ping = async () => (pings++ === 0 ? REFUSED : { status: 200 });
    const serve = dockerServe(docker.runner, { DOCKER_CONFIG: '/tmp/d' });
    const check = await checkPing({ ...edges, serve, ping }, 'r/churn:ctx-1', {
      entrypoint: ['python', 'serve.py'],
    });
    expect(check.passed).toBe(true);
    expect(docker.calls[0]).toEqual(['docker', 'run', '-d', '-p', '8080:8080', 'r/churn:ctx-1', 'serve']);
    expect(docker.calls).toContainEqual([
      'docker',
      'inspect',
      '--format',
      '{{.State.Running}} {{.State.ExitCode}}',
      'c0ffee',
    ]);
    expect(docker.calls.at(-1)).toEqual(['docker', 'rm', '--force', 'c0ffee']);
  });

  it('an exited container fails the check with its exit code and `docker logs`', async () => {
    const docker = fakeDocker({
      run: ok('c0ffee\n'),
      inspect: ok('false 1\n'),
      logs: { exitCode: 0, stdout: 'loading model\n', stderr: 'KeyError: SM_MODEL_DIR\n' },
    });
    const serve = dockerServe(docker.runner, {});
    const check = await checkPing({ ...edges, serve, ping: async () => REFUSED }, 'img', {});
    expect(check.passed).toBe(false);
    expect(check.findings.join('\n')).toMatch(
      /`serve` exited with code 1[\s\S]*loading model\nKeyError: SM_MODEL_DIR/,
    );
    expect(docker.calls).toContainEqual(['docker', 'logs', '--tail', '20', 'c0ffee']);
  });

  it('a port docker could not allocate is said plainly, and the step does not fail for it', async () => {
    const docker = fakeDocker({
      run: {
        exitCode: 125,
        stdout: '',
        stderr:
          'docker: Error response from daemon: Bind for 0.0.0.0:8080 failed: port is already allocated.',
      },
    });
    const serve = dockerServe(docker.runner, {});
    const check = await checkPing({ ...edges, serve, ping: async () => REFUSED }, 'img', {});
    expect(check.passed).toBe(true);
    expect(check.notChecked.join(' ')).toContain('port 8080 on this runner is taken by another process');
    expect(docker.calls.filter((call) => call[1] === 'rm')).toEqual([]);
  });
});
