// The main job, locally: the committed actions run as a GitHub runner runs them, against the emulator.
// It creates an endpoint for the example churn model, ships a new model with a canary guarded by a
// 5XX alarm, then ships a broken model and shows the canary rolled back and the step failing.
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { repoRoot, runAction } from './actionRunner.js';

const run = promisify(execFile);
const modelDir = path.join(repoRoot, 'examples/churn-model');
const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-model:local';
const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };

function log(message) {
  console.log(`\n=== ${message}`);
}

/** Starts the bundled emulator CLI and resolves with its URL from the first line it prints. */
function startEmulator() {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'emulator/dist/cli.js'),
      '--port',
      '0',
      '--time-scale',
      '60',
      '--config',
      path.join(modelDir, 'emulator.yml'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
    child.stdout.once('data', (chunk) => {
      const url = /listening on (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ url, child });
      else reject(new Error(`unexpected emulator output: ${chunk}`));
    });
  });
}

/** Trains the example model with its own `train` command and packs model.tar.gz, as SageMaker would. */
async function trainLocally() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'modelship-train-'));
  const { stdout } = await run('python3', ['model.py', 'train'], {
    cwd: modelDir,
    env: {
      ...process.env,
      SM_CHANNEL_TRAIN: path.join(modelDir, 'data/train'),
      SM_CHANNEL_VALIDATION: path.join(modelDir, 'data/validation'),
      SM_MODEL_DIR: work,
      SM_INPUT_CONFIG_DIR: work,
    },
  });
  console.log(stdout.trim().split('\n').slice(-1)[0]);
  await run('tar', ['-czf', path.join(work, 'model.tar.gz'), '-C', work, 'model.json']);
  return readFile(path.join(work, 'model.tar.gz'));
}

function traffic(url, endpoint) {
  const client = new SageMakerRuntimeClient({
    endpoint: url,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
  });
  let running = true;
  let ok = 0;
  let failed = 0;
  const loop = (async () => {
    while (running) {
      await client
        .send(
          new InvokeEndpointCommand({
            EndpointName: endpoint,
            ContentType: 'application/json',
            Body: '{"instances":[[0.2,0.8,0.1]]}',
          }),
        )
        .then(
          () => (ok += 1),
          () => (failed += 1),
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { ok, failed };
  };
}

async function main() {
  const { url, child } = await startEmulator();
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  try {
    log(`emulator at ${url}`);
    const env = {
      AWS_ENDPOINT_URL: url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    };
    const s3 = new S3Client({ endpoint: url, region: 'us-east-1', credentials, forcePathStyle: true });

    log('train the example model (its own `train` command) and upload model.tar.gz');
    const archive = await trainLocally();
    await s3.send(new CreateBucketCommand({ Bucket: 'churn-models' }));
    await s3.send(new PutObjectCommand({ Bucket: 'churn-models', Key: 'v1/model.tar.gz', Body: archive }));

    const base = {
      'endpoint-name': 'churn-local',
      image,
      'model-data-url': 's3://churn-models/v1/model.tar.gz',
      'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
      'instance-count': '2',
    };
    const steps = [
      { title: 'deploy-endpoint: create the endpoint', inputs: base, expect: 0, quiet: true },
      {
        title: 'deploy-endpoint: ship release 2 with a canary guarded by a 5XX-rate alarm',
        inputs: {
          ...base,
          environment: 'RELEASE: "2"',
          'deployment-config': 'Canary50Percent1Minute',
          'alarm-thresholds': '5xx-rate=1%',
        },
        expect: 0,
      },
      {
        title:
          'deploy-endpoint: ship a broken release; the alarm fires during the bake and SageMaker rolls back',
        inputs: {
          ...base,
          environment: 'CHURN_MODEL_FAIL_RATE: "1"',
          'deployment-config': 'Canary50Percent5Minutes',
          'alarm-thresholds': '5xx-rate=1%',
        },
        expect: 1,
      },
    ];
    let surprises = 0;
    for (const step of steps) {
      log(step.title);
      // Requests during an update reach the canary; there is nothing to call before the endpoint exists.
      const stopTraffic = step.quiet ? async () => ({ ok: 0, failed: 0 }) : traffic(url, 'churn-local');
      const result = await runAction('deploy-endpoint', {
        inputs: step.inputs,
        env,
        onStdout: (text) => process.stdout.write(text),
      });
      const sent = await stopTraffic();
      console.log(
        `-> exit ${result.exitCode}, status ${result.outputs.status}; traffic during the step: ${sent.ok} ok, ${sent.failed} failed`,
      );
      if (result.exitCode !== step.expect) {
        surprises += 1;
        console.log(`!! expected exit ${step.expect}`);
      }
    }
    log(
      surprises
        ? `${surprises} step(s) did not end as expected`
        : 'the pipeline behaved as expected: deployed, deployed, rolled back (and failed the step)',
    );
    process.exitCode = surprises ? 1 : 0;
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
