// `npm run bench`: runs every bench/*.js row script one after another (never two at once: the figures
// are times), prints one table and writes bench/RESULTS.md; each script writes bench/results/<name>.json.
// Scripts that need a build use the committed dist/ bundles: run `node scripts/build.js` first.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
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
  const scripts = (await readdir(benchDir))
    .filter((f) => f.endsWith('.js') && f !== 'run.js')
    .map((f) => f.replace(/\.js$/, ''))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const started = Date.now();
  const sections = [];
  const failed = [];
  const allRows = [];
  for (const name of scripts) {
    console.log(`\n=== bench/${name}.js`);
    const scriptStarted = Date.now();
    const code = await runScript(`${name}.js`);
    const seconds = Math.round((Date.now() - scriptStarted) / 1000);
    if (code !== 0) {
      failed.push(name);
      sections.push(`## ${name}\n\nFailed (exit ${code}) after ${seconds} s: no figures.`);
      continue;
    }
    const result = JSON.parse(await readFile(path.join(resultsDir, `${name}.json`), 'utf8'));
    allRows.push(...result.rows);
    sections.push(`## ${name} (${seconds} s)\n\n${table(result.rows)}`);
  }
  const { cores, date } = machine();
  const missed = allRows.filter((r) => r.missed);
  const markdown = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${date}, on a machine with ${cores} CPU cores, in ${Math.round((Date.now() - started) / 1000)} s.`,
    'Each figure stands beside a baseline measured in the same run; a row that misses its target says MISSED.',
    'How each figure is measured is at the top of its script, bench/<name>.js; the raw figures are in bench/results/<name>.json.',
    '',
    `Missed targets: ${missed.length ? missed.map((r) => r.name).join('; ') : 'none'}.${failed.length ? ` Scripts that failed: ${failed.join(', ')}.` : ''}`,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  await writeFormatted(path.join(benchDir, 'RESULTS.md'), markdown);
  console.log(`\nAll figures\n${table(allRows)}\n\nWrote bench/RESULTS.md.`);
  if (failed.length || missed.length) process.exitCode = 1;
}

function rank(name) {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
