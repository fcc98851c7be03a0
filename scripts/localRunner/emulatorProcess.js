// The emulator as a child process (its bundled CLI), started for a local run and stopped after it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../actionRunner.js';

/**
 * Starts emulator/dist/cli.js and resolves with its URL from the first line it prints.
 * @param {{ config: string, timeScale: number }} options
 */
export function startEmulatorProcess({ config, timeScale }) {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'emulator/dist/cli.js'),
      ...['--port', '0', '--time-scale', String(timeScale), '--config', config],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before listening`)));
    child.stdout.once('data', (chunk) => {
      const url = /listening on (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (!url) {
        reject(new Error(`unexpected emulator output: ${chunk}`));
        return;
      }
      const stop = () =>
        new Promise((done) => {
          if (child.exitCode !== null) return done(undefined);
          child.once('exit', () => done(undefined));
          child.kill('SIGTERM');
        });
      resolve({ url, stop });
    });
  });
}
