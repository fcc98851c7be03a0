// `npm run bench`: runs every bench/*.js row script one after another (never two at once: the figures
// are times), prints one table and writes bench/RESULTS.md; each script writes bench/results/<name>.json.
// `node bench/run.js coldStart deployPolling` runs only those, and RESULTS.md takes the other scripts'
// figures from their last results, each section dated. Scripts use the dist/ bundles: build them first
// (node scripts/build.js).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchDir, machine, resultsDir, table, writeFormatted } from './lib/benchReport.js';

// Quick figures first; the cold starts before anything leaves processes or caches behind.
const ORDER = [
  'coldStart',
  'invokeThroughput',
  'unchangedRebuild',
  'loadGenerator',
  'rollbackReaction',
  'deployPolling',
];

function runScript(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(benchDir, file)], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code));
  });
}

async function main() {
  const all = (await readdir(benchDir))
    .filter((f) => f.endsWith('.js') && f !== 'run.js')
    .map((f) => f.replace(/\.js$/, ''))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !all.includes(name));
  if (unknown.length) throw new Error(`No bench/${unknown[0]}.js; the scripts are ${all.join(', ')}.`);
  const toRun = asked.length ? all.filter((name) => asked.includes(name)) : all;
  const load = [os.loadavg()[0]];
  const ran = new Map();
  for (const name of toRun) {
    console.log(`\n=== bench/${name}.js`);
    const scriptStarted = Date.now();
    const code = await runScript(`${name}.js`);
    ran.set(name, { code, seconds: Math.round((Date.now() - scriptStarted) / 1000) });
  }
  load.push(os.loadavg()[0]);
  const { sections, rows, failed } = await collect(all, ran);
  await writeFormatted(path.join(benchDir, 'RESULTS.md'), resultsMarkdown(sections, rows, failed, load));
  console.log(`\nAll figures\n${table(rows)}\n\nWrote bench/RESULTS.md.`);
  if (failed.length || rows.some((r) => r.missed)) process.exitCode = 1;
}

/** Each script's section from its results file: this run's, or the last one's, dated. */
async function collect(all, ran) {
  const sections = [];
  const rows = [];
  const failed = [];
  for (const name of all) {
    const run = ran.get(name);
    const file = path.join(resultsDir, `${name}.json`);
    if (run?.code || !existsSync(file)) {
      failed.push(name);
      sections.push(
        `## ${name}\n\n${run ? `Failed (exit ${run.code}) after ${run.seconds} s` : 'Never run'}: no figures.`,
      );
      continue;
    }
    const result = JSON.parse(await readFile(file, 'utf8'));
    rows.push(...result.rows);
    const when = run ? `${run.seconds} s, this run` : `from an earlier run on ${result.machine.date}`;
    sections.push(`## ${name} (${when})\n\n${table(result.rows)}`);
  }
  return { sections, rows, failed };
}

function resultsMarkdown(sections, rows, failed, load) {
  const { cores, date } = machine();
  const missed = rows.filter((r) => r.missed);
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${date}, on a machine with ${cores} CPU cores (load average ${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end: other work shared the cores).`,
    'Each figure stands beside a baseline measured in the same run of its script; a row that misses its target says MISSED.',
    'How each figure is measured is at the top of its script, bench/<name>.js; the raw figures are in bench/results/<name>.json.',
    '',
    `Missed targets: ${missed.length ? missed.map((r) => r.name).join('; ') : 'none'}.${failed.length ? ` Scripts without figures: ${failed.join(', ')}.` : ''}`,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}

function rank(name) {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
