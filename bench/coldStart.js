// Cold start: each action's dist/index.js run with no inputs (it reads them, finds the required ones
// missing and fails) against bare `node -e 0`, the median of 11 runs each, and each bundle's size.
// Usage: node bench/coldStart.js [runs]
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median, repoRoot, report, row } from './lib/benchReport.js';

const RUNS = Number(process.argv[2] ?? 11);
const ACTIONS = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];

/** Wall time of one process from spawn to exit, in ms. */
function timeOnce(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
  });
}

async function medianOf(args, env) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeOnce(args, env));
  return median(times);
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-cold-'));
  await writeFile(path.join(dir, 'output'), '');
  await writeFile(path.join(dir, 'summary'), '');
  // What a runner gives every step; no INPUT_ variables at all.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_ACTIONS: 'true',
  };
  // Warm the page cache first, as a runner that has just downloaded the action has.
  const present = ACTIONS.filter((a) => existsSync(path.join(repoRoot, 'actions', a, 'dist/index.js')));
  const bare = await medianOf(['-e', '0'], env);
  const rows = [row({ name: 'bare node -e 0', value: bare, unit: 'ms' })];
  for (const action of present) {
    const bundle = path.join(repoRoot, 'actions', action, 'dist/index.js');
    await timeOnce([bundle], env);
    const ms = await medianOf([bundle], env);
    rows.push(
      row({
        name: `${action}: cold start, no inputs (median of ${RUNS})`,
        value: ms,
        unit: 'ms',
        baseline: bare,
        baselineName: 'node -e 0',
        target: { op: '<=', limit: 3, of: 'ratio' },
      }),
      row({
        name: `${action}: bundle size (dist/index.js)`,
        value: statSync(bundle).size / 1024 / 1024,
        unit: 'MiB',
      }),
    );
  }
  const missing = ACTIONS.filter((a) => !present.includes(a));
  if (missing.length) console.warn(`No dist/index.js for ${missing.join(', ')}: build them first.`);
  await report('coldStart', rows, { details: { missingBundles: missing } });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
