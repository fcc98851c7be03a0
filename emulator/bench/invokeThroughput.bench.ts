// Runs the InvokeEndpoint throughput benchmark through jest (which compiles the TypeScript):
//   NODE_OPTIONS=--experimental-vm-modules npx jest --testMatch '**/emulator/bench/*.bench.ts'
// BENCH_SECONDS and BENCH_CONCURRENCY tune it; prefix with `taskset -c 0` to keep it all on one core.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';
import { measureInvokeThroughput } from '../src/bench/invokeThroughput';

const churnModel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/churn-model');

it('measures InvokeEndpoint throughput against the model called directly', async () => {
  const result = await measureInvokeThroughput({
    binding: { entrypoint: ['python3', 'model.py'], cwd: churnModel },
    body: '{"instances":[[0.2,0.8,0.1]]}',
    seconds: Number(process.env.BENCH_SECONDS ?? 5),
    concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  expect(result.invokeEndpoint.failures).toBe(0);
}, 120_000);
