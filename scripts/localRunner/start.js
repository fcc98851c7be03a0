#!/usr/bin/env node
// `npm start`: the GitHub Flow pipeline of the example churn model run locally from its workflow files,
// against the emulator (started here and stopped at the end, unless --emulator-url names one already
// running). Logs and summaries go to .modelship/run-<time>/; the last screen lists every job.
// Usage: node scripts/localRunner/start.js [--emulator-url <url>] [--out <dir>] [--quiet]
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../actionRunner.js';
import { runChurnStory } from './churnStory.js';
import { startEmulatorProcess } from './emulatorProcess.js';
import { resultScreen, writeResults } from './runReport.js';

const TIME_SCALE = 60;
const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDLOCALRUNNER', secretAccessKey: 'local-runner-secret-key' };

async function main() {
  const { values } = parseArgs({
    options: { 'emulator-url': { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const stamp = new Date()
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');
  const runDir = path.resolve(values.out ?? path.join(repoRoot, '.modelship', `run-${stamp}`));
  await mkdir(runDir, { recursive: true });
  const print = values.quiet ? () => {} : (line) => console.log(line);
  const emulator = values['emulator-url']
    ? { url: values['emulator-url'], stop: async () => {} }
    : await startEmulatorProcess({
        config: path.join(repoRoot, 'examples/churn-model/emulator.yml'),
        timeScale: TIME_SCALE,
      });
  const stop = () => emulator.stop();
  process.once('SIGINT', () => stop().then(() => process.exit(130)));
  try {
    console.log(
      `Emulator: ${emulator.url}${values['emulator-url'] ? '' : ` (started here, time scale ${TIME_SCALE})`}`,
    );
    const aws = { url: emulator.url, region: 'us-east-1', accountId: '123456789012', ...LOCAL_CREDENTIALS };
    const runs = await runChurnStory({ aws, runDir, print });
    await writeResults(runs, runDir);
    const { lines, surprises } = resultScreen(runs, path.relative(process.cwd(), runDir) || runDir);
    console.log(lines.join('\n'));
    process.exitCode = surprises.length ? 1 : 0;
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
