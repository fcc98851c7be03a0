// InvokeEndpoint throughput through the emulator, as a ratio to the same model process called directly
// in the same run. Loopback only; every loop is bounded by time. Usage: node emulator/bench/invokeThroughput.js [seconds] [concurrency]
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modelDir = path.join(root, 'examples/churn-model');
const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 8);
const body = '{"instances":[[0.2,0.8,0.1]]}';
const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };

function firstLine(child) {
  return new Promise((resolve) =>
    child.stdout.once('data', (chunk) => resolve(chunk.toString().split('\n')[0])),
  );
}

/** Runs `call` from `concurrency` loops for `seconds`; returns calls per second and failures. */
async function measure(call) {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        try {
          await call();
          done += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  return { perSecond: done / seconds, failed };
}

async function main() {
  // Baseline: the model process alone, called with a keep-alive client.
  const port = 18000 + Math.floor(Math.random() * 1000);
  const model = spawn('python3', ['model.py', 'serve'], {
    cwd: modelDir,
    env: { ...process.env, SAGEMAKER_BIND_TO_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await firstLine(model);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const direct = () =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/invocations',
          agent,
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve() : reject(new Error(String(res.statusCode))),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const baseline = await measure(direct);
  model.kill();

  // BENCH_EMULATOR_CPU=0 pins the emulator (and the model processes it starts) to one core, leaving the
  // other to this client, so that the figure is the emulator's and not the SDK's signing cost.
  const cli = [
    process.execPath,
    path.join(root, 'emulator/dist/cli.js'),
    '--port',
    '0',
    '--config',
    path.join(modelDir, 'emulator.yml'),
  ];
  const pinned = process.env.BENCH_EMULATOR_CPU
    ? ['taskset', '-c', process.env.BENCH_EMULATOR_CPU, ...cli]
    : cli;
  const emulator = spawn(pinned[0], pinned.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = (await firstLine(emulator)).split(' ').pop();
  const config = { endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 };
  const sagemaker = new SageMakerClient(config);
  await new S3Client({ ...config, forcePathStyle: true }).send(new CreateBucketCommand({ Bucket: 'bench' }));
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: 'bench',
      ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
      PrimaryContainer: { Image: 'churn-model:bench' },
    }),
  );
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: 'bench',
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: 'bench',
          InstanceType: 'ml.m5.large',
          InitialInstanceCount: 1,
        },
      ],
    }),
  );
  await sagemaker.send(new CreateEndpointCommand({ EndpointName: 'bench', EndpointConfigName: 'bench' }));
  for (let i = 0; i < 200; i++) {
    if (
      (await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'bench' }))).EndpointStatus ===
      'InService'
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const runtime = new SageMakerRuntimeClient(config);
  const viaEmulator = await measure(() =>
    runtime.send(
      new InvokeEndpointCommand({ EndpointName: 'bench', ContentType: 'application/json', Body: body }),
    ),
  );
  emulator.kill('SIGTERM');

  const result = {
    emulatorCpu: process.env.BENCH_EMULATOR_CPU ?? 'any',
    seconds,
    concurrency,
    directToModelPerSecond: Math.round(baseline.perSecond),
    invokeEndpointPerSecond: Math.round(viaEmulator.perSecond),
    ratioToDirect: Number((viaEmulator.perSecond / baseline.perSecond).toFixed(2)),
    failures: baseline.failed + viaEmulator.failed,
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
