// Emulator: InvokeEndpoint per second through to a model process, as a ratio to calling the same model
// process directly, both in the same run (emulator/bench/invokeThroughput.js, `npm run bench:invoke`).
// Usage: node bench/invokeThroughput.js [seconds] [concurrency]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot, report, row } from './lib/benchReport.js';

const seconds = process.argv[2] ?? '5';
const concurrency = process.argv[3] ?? '8';

async function main() {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'emulator/bench/invokeThroughput.js'), seconds, concurrency],
    { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  );
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk.toString()));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`emulator/bench/invokeThroughput.js exited with ${code}`);
  const measured = JSON.parse(out.slice(out.indexOf('{')));
  const rows = [
    row({
      name: `emulator InvokeEndpoint through to the model (${concurrency} concurrent, ${seconds} s)`,
      value: measured.invokeEndpointPerSecond,
      unit: '/s',
      baseline: measured.directToModelPerSecond,
      baselineName: 'the model process called directly',
    }),
    row({ name: 'emulator InvokeEndpoint failures', value: measured.failures, unit: '' }),
  ];
  await report('invokeThroughput', rows, { details: measured });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
