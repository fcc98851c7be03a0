import { describe, expect, it } from '@jest/globals';
import { startBackground } from '../src/backgroundProcess';
import { buildahServe } from '../src/buildahServe';
import type { CommandRunner } from '../src/commandRunner';

const STORAGE = ['--root', '/w/root', '--runroot', '/w/runroot', '--storage-driver', 'vfs'];

describe('buildahServe: buildah from, then buildah run with serve in the background', () => {
  it('runs the whole serve command with chroot isolation on the host network, then stops and removes it once', async () => {
    const commands: string[][] = [];
    const runner: CommandRunner = {
      run: async (command, args) => {
        commands.push([command, ...args]);
        return { exitCode: 0, stdout: args.includes('from') ? 'churn-working-container\n' : '', stderr: '' };
      },
    };
    const started: string[][] = [];
    let stops = 0;
    const serve = buildahServe(runner, STORAGE, (command, args) => {
      started.push([command, ...args]);
      return {
        exitCode: () => (stops ? 143 : undefined),
        lastOutput: () => ['serving on port 8080'],
        stop: async () => {
          stops++;
        },
      };
    });
    const container = await serve('r/churn:ctx-1', ['/opt/program/serve', 'serve']);
    expect(commands[0]).toEqual(['buildah', ...STORAGE, 'from', '--pull=never', 'r/churn:ctx-1']);
    expect(started).toEqual([
      [
        'buildah',
        ...STORAGE,
        'run',
        '--isolation',
        'chroot',
        '--network',
        'host',
        'churn-working-container',
        '--',
        '/opt/program/serve',
        'serve',
      ],
    ]);
    expect(await container.exitCode()).toBeUndefined();
    expect(await container.lastOutput()).toEqual(['serving on port 8080']);
    await container.remove();
    await container.remove();
    expect(stops).toBe(1);
    expect(commands.at(-1)).toEqual(['buildah', ...STORAGE, 'rm', 'churn-working-container']);
    expect(commands).toHaveLength(2);
  });
});

describe('startBackground, a real spawn', () => {
  it('reports 127 and the error for a program that is not there, and stopping it does not hang', async () => {
    const missing = startBackground('/nonexistent/serve', ['serve']);
    await missing.stop();
    expect(missing.exitCode()).toBe(127);
    expect(missing.lastOutput().join(' ')).toContain('ENOENT');
  });
});
