// The integration-test action's load generator against autocannon, on the same local model server
// (examples/churn-model/model.py serve) in one run: throughput at the same concurrency, both sending as
// fast as the server answers, and the action's memory (RSS growth of its process) over a run of about
// 100,000 requests. The generator is measured as users run it: the bundled action with local-url and
// load inputs, its throughput read from its `report` output. Both start as fresh processes; rounds
// alternate which goes first (the machine is shared and its load drifts), and medians are compared.
// The memory run caps the action's old-space heap, so a per-request leak would end it; it is sized from
// the measured rate and capped in time, so that the whole script stays near two minutes (the row says
// how long 100,000 requests would have taken when the cap cuts it short). Build the action first:
// node scripts/build.js integration-test
// Usage: node bench/loadGenerator.js [seconds] [connections] [memory-run requests] [rounds]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseGithubOutput } from '../scripts/actionRunner.js';
import { median, repoRoot, report, row } from './lib/benchReport.js';

const SECONDS = Number(process.argv[2] ?? 5);
const CONNECTIONS = Number(process.argv[3] ?? 8);
const MEMORY_REQUESTS = Number(process.argv[4] ?? 100_000);
const ROUNDS = Number(process.argv[5] ?? 5);
/** The memory run's longest duration: with the rounds, the script takes about two minutes. */
const MEMORY_RUN_MAX_SECONDS = 40;
const HEAP_CAP_MIB = 64;
const BODY = '{"instances": [[1, 0, 0]]}';
const bundle = path.join(repoRoot, 'actions/integration-test/dist/index.js');
const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The example churn model, serving a trained model.json on a free port, once it answers /ping. */
async function startModelServer(dir) {
  const port = await freePort();
  await writeFile(path.join(dir, 'model.json'), JSON.stringify({ weights: [-3, 2.5, -1], bias: 0.3 }));
  const child = spawn('python3', [path.join(repoRoot, 'examples/churn-model/model.py'), 'serve'], {
    env: { ...process.env, SM_MODEL_DIR: dir, SAGEMAKER_BIND_TO_PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/ping`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill();
  throw new Error('the model server did not answer /ping within 10 s');
}

/**
 * autocannon's CLI in a fresh process, as the action runs in one: both start cold, so neither is
 * favoured by a JIT the other has not warmed.
 */
async function autocannonThroughput(url, seconds) {
  const args = [autocannonCli, '-j', '-c', String(CONNECTIONS), '-d', String(seconds), '-m', 'POST'];
  args.push('-H', 'content-type=application/json', '-b', BODY, `${url}/invocations`);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  let json = '';
  child.stdout.on('data', (chunk) => (json += chunk));
  await new Promise((resolve) => child.on('exit', resolve));
  const result = JSON.parse(json);
  return { throughput: result.requests.total / result.duration, errors: result.errors + result.non2xx };
}

/** Resident set size of a process in MiB, from /proc (Linux); undefined once it is gone. */
async function rssMiB(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * The bundled action with local-url and a load run at `rps` for `seconds`, its RSS sampled every
 * 200 ms from when its load run starts (the "Load:" line) to its exit.
 */
async function actionLoadRun(url, workspace, rps, seconds, nodeOptions = '') {
  await writeFile(
    path.join(workspace, 'load.yml'),
    `- name: load body\n  body: ${BODY}\n  expect: {status: 200}\n`,
  );
  const output = path.join(workspace, `output-${rps}-${seconds}`);
  await writeFile(output, '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: workspace,
    'INPUT_LOCAL-URL': url,
    INPUT_TESTS: 'load.yml',
    'INPUT_LOAD-RPS': String(rps),
    'INPUT_LOAD-DURATION-SECONDS': String(seconds),
    INPUT_CONCURRENCY: String(CONNECTIONS),
    'INPUT_MAX-ERROR-RATE': '1',
    'INPUT_TIMEOUT-MINUTES': '30',
    NODE_OPTIONS: nodeOptions,
  };
  const child = spawn(process.execPath, [bundle], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let loadStarted = false;
  child.stdout.on('data', (chunk) => {
    if (chunk.toString().includes('Load: ')) loadStarted = true;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const samples = [];
  let done = false;
  exited.then(() => (done = true));
  while (!done) {
    await sleep(200);
    const rss = loadStarted ? await rssMiB(child.pid) : undefined;
    if (rss !== undefined) samples.push(rss);
  }
  const code = await exited;
  const outputs = parseGithubOutput(await readFile(output, 'utf8'));
  if (!outputs.report) throw new Error(`the action exited with ${code} and no report`);
  const { load } = JSON.parse(outputs.report);
  return { load, samples };
}

async function main() {
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run node scripts/build.js integration-test`);
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'bench-load-'));
  const server = await startModelServer(workspace);
  try {
    await autocannonThroughput(server.url, 2); // warm-up: the server's threads and the page cache
    // Rounds alternate, and the medians are compared: the machine is shared, and its load drifts.
    const cannon = [];
    const generated = [];
    const runCannon = async () => cannon.push((await autocannonThroughput(server.url, SECONDS)).throughput);
    // 10,000/s is the highest load-rps; above what the server answers, the generator runs flat out.
    const runGenerator = async () =>
      generated.push((await actionLoadRun(server.url, workspace, 10_000, SECONDS)).load);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [runCannon, runGenerator] : [runGenerator, runCannon];
      for (const run of order) await run();
      console.error(
        `round ${round + 1}: autocannon ${cannon.at(-1).toFixed(1)} req/s, generator ${generated.at(-1).throughput.toFixed(1)} req/s`,
      );
    }
    const baseline = { throughput: median(cannon) };
    const generator = { load: { ...generated[0], throughput: median(generated.map((g) => g.throughput)) } };
    const secondsFor100k = Math.ceil(MEMORY_REQUESTS / Math.max(1, generator.load.throughput));
    const memorySeconds = Math.min(secondsFor100k, MEMORY_RUN_MAX_SECONDS);
    const memoryRequests = Math.min(MEMORY_REQUESTS, Math.round(generator.load.throughput * memorySeconds));
    // The old-space heap is capped: a generator that kept something per request would run out of it.
    const memory = await actionLoadRun(
      server.url,
      workspace,
      10_000,
      memorySeconds,
      `--max-old-space-size=${HEAP_CAP_MIB}`,
    );
    // RSS once the run is warm against the peak after: what the requests after it cost. Warm is a tenth
    // of the run in (at least 2 s): before it the heap is still growing to its working size (about
    // 15 MiB in the first seconds, measured), which a run of any length pays once.
    const warmAt = Math.min(Math.max(10, Math.round(memory.samples.length / 10)), memory.samples.length - 1);
    const warm = memory.samples[warmAt] ?? null;
    const peak = memory.samples.length ? Math.max(...memory.samples) : null;
    const peakAfterWarm = warmAt >= 0 ? Math.max(...memory.samples.slice(warmAt)) : null;
    const rows = [
      row({
        name: `autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} × ${SECONDS} s`,
        value: baseline.throughput,
        unit: 'req/s',
      }),
      row({
        name: `load generator (the action, local-url), concurrency ${CONNECTIONS}, median of ${ROUNDS} × ${SECONDS} s`,
        value: generator.load.throughput,
        unit: 'req/s',
        baseline: baseline.throughput,
        baselineName: 'autocannon',
        target: { op: '>=', limit: 0.8, of: 'ratio' },
      }),

      row({
        name:
          `memory run: requests answered in ${memorySeconds} s with the heap capped at ${HEAP_CAP_MIB} MiB` +
          (memorySeconds < secondsFor100k
            ? ` (${MEMORY_REQUESTS} would take ${secondsFor100k} s at the measured rate)`
            : ''),
        value: memory.load.requests,
        unit: 'requests',
        target: { op: '>=', limit: Math.round(memoryRequests * 0.9) },
      }),
      row({
        name: 'memory run: RSS growth from a tenth of the run in (warm) to the peak after',
        value: warm !== null && peakAfterWarm !== null ? peakAfterWarm - warm : null,
        unit: 'MiB',
        target: { op: '<=', limit: 16 },
      }),
      row({ name: 'memory run: peak RSS of the action', value: peak, unit: 'MiB' }),
    ];
    await report('loadGenerator', rows, {
      details: {
        autocannonRounds: cannon,
        generatorRounds: generated.map((g) => g.throughput),
        roundRatios: generated.map((g, i) => g.throughput / (cannon[i] ?? NaN)),
        generatorP99Ms: generated.map((g) => g.p99Ms),
        memoryRunSeconds: memorySeconds,
        memoryRunErrors: memory.load.errors,
        // RSS (MiB) at each tenth of the memory run: flat once warm, if nothing is kept per request.
        memoryRunRssByTenth: Array.from({ length: 11 }, (_, i) =>
          memory.samples.length ? memory.samples[Math.round((i / 10) * (memory.samples.length - 1))] : null,
        ),
      },
    });
  } finally {
    server.child.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
