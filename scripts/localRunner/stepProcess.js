// One step's process, watched as the runner watches it: stdout and stderr line by line through the
// workflow-command handler (masks, groups, annotations), each shown line handed to `log`.
import { spawn } from 'node:child_process';
import { commandLineHandler, lineSplitter } from './workflowCommands.js';

/**
 * @param {object} options
 * @param {string} options.command @param {string[]} options.args @param {string} options.cwd
 * @param {Record<string, string>} options.env
 * @param {import('./workflowCommands.js').Masker} options.masker
 * @param {(line: string) => void} options.log
 * @returns {Promise<{ exitCode: number | null, annotations: Array<{ level: string, message: string }> }>}
 */
export function runStepProcess({ command, args, cwd, env, masker, log }) {
  const annotations = [];
  const handle = commandLineHandler({ masker, annotations, debug: env.RUNNER_DEBUG === '1' });
  const show = (line) => {
    const shown = handle(line);
    if (shown !== undefined) log(shown);
  };
  const stdout = lineSplitter(show);
  // The runner reads commands on stdout only; stderr is log.
  const stderr = lineSplitter((line) => log(masker.mask(line)));
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => stdout.push(chunk.toString()));
    child.stderr.on('data', (chunk) => stderr.push(chunk.toString()));
    child.on('error', (err) => {
      log(`##[error]${err.message}`);
      resolve({ exitCode: 1, annotations });
    });
    child.on('close', (code) => {
      stdout.flush();
      stderr.flush();
      resolve({ exitCode: code, annotations });
    });
  });
}
