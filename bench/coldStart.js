// Cold start: each action's dist/index.js run with no inputs (it reads them, finds the required ones
// missing and fails) against bare `node -e 0`, the median of 11 runs each, and each bundle's size.
// Two measures: wall time, which the target applies to (what a workflow waits), and CPU time (user +
// sys, from GNU time), the code's own cost, which other work on a shared machine does not inflate.
// Usage: node bench/coldStart.js [runs]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median, repoRoot, report, row } from './lib/benchReport.js';

const RUNS = Number(process.argv[2] ?? 11);
const ACTIONS = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];

const GNU_TIME = '/usr/bin/time';

/** Wall and CPU time of one process from spawn to exit, in ms (CPU only where GNU time is installed). */
function timeOnce(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const timed = existsSync(GNU_TIME);
    const command = timed ? GNU_TIME : process.execPath;
    const argv = timed ? ['-f', 'cpu %U %S', process.execPath, ...args] : args;
    const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const cpu = /cpu (\d+\.\d+) (\d+\.\d+)/.exec(stderr);
      resolve({ wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null });
    });
  });
}

const medianOf = (times, key) =>
  times.some((t) => t[key] === null) ? null : median(times.map((t) => t[key]));

/** Bytes of the JavaScript files in a dist directory. */
const distSize = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);

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
  const present = ACTIONS.filter((a) => existsSync(path.join(repoRoot, 'actions', a, 'dist/index.js')));
  const bundles = present.map((a) => path.join(repoRoot, 'actions', a, 'dist/index.js'));
  // Warm the page cache first, as a runner that has just downloaded the action has.
  for (const bundle of bundles) await timeOnce([bundle], env);
  // Interleaved, bare node then each action in every round, so that a change in the machine's load
  // during the run weighs on the baseline and the actions alike.
  const bareTimes = [];
  const actionTimes = bundles.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    bareTimes.push(await timeOnce(['-e', '0'], env));
    for (const [j, bundle] of bundles.entries()) actionTimes[j].push(await timeOnce([bundle], env));
  }
  const bare = { cpuMs: medianOf(bareTimes, 'cpuMs'), wallMs: medianOf(bareTimes, 'wallMs') };
  const rows = [
    row({ name: `bare node -e 0: CPU time (median of ${RUNS})`, value: bare.cpuMs, unit: 'ms' }),
    row({ name: `bare node -e 0: wall time (median of ${RUNS})`, value: bare.wallMs, unit: 'ms' }),
  ];
  for (const [j, action] of present.entries()) {
    rows.push(
      row({
        name: `${action}: cold start with no inputs, CPU time (median of ${RUNS})`,
        value: medianOf(actionTimes[j], 'cpuMs'),
        unit: 'ms',
        baseline: bare.cpuMs,
        baselineName: 'node -e 0',
      }),
      row({
        name: `${action}: cold start with no inputs, wall time (median of ${RUNS})`,
        value: medianOf(actionTimes[j], 'wallMs'),
        unit: 'ms',
        baseline: bare.wallMs,
        baselineName: 'node -e 0',
        target: { op: '<=', limit: 3, of: 'ratio' },
      }),
      row({
        name: `${action}: bundle size (dist/index.js, loaded at start)`,
        value: statSync(bundles[j]).size / 1024 / 1024,
        unit: 'MiB',
      }),
      row({
        name: `${action}: whole dist/ (chunks loaded once the inputs are valid included)`,
        value: distSize(path.dirname(bundles[j])) / 1024 / 1024,
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
