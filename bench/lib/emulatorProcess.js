// The emulator as its own process (emulator/dist/cli.js), as a user runs it, with its request log read
// over the admin API. Bench scripts use it so that the figures include real HTTP and real processes.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { promisify } from 'node:util';
import { repoRoot } from './benchReport.js';

export const CHURN_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-model:v1';
export const ROLE = 'arn:aws:iam::123456789012:role/sagemaker';

/**
 * Starts the emulator with the churn model's image binding.
 * @param {{ timeScale?: number }} [options]
 */
export async function startEmulatorProcess(options = {}) {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'emulator/dist/cli.js'),
      '--port',
      '0',
      '--time-scale',
      String(options.timeScale ?? 1),
      '--config',
      path.join(repoRoot, 'examples/churn-model/emulator.yml'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before listening`)));
    child.stdout.once('data', (chunk) => resolve(chunk.toString().split('\n')[0].split(' ').pop()));
  });
  child.stdout.resume();
  const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' };
  return {
    url,
    /** SDK client settings for this emulator. */
    clientConfig: { endpoint: url, region: 'us-east-1', credentials },
    /** What an action needs in its environment to talk to this emulator. */
    actionEnv: {
      AWS_ENDPOINT_URL: url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    /**
     * The AWS requests the emulator received, oldest first.
     * @param {{ operation?: string, service?: string }} [filter]
     * @returns {Promise<Array<{ time: number, service: string, operation: string, params: any, status: number }>>}
     */
    async requests(filter = {}) {
      const query = new URLSearchParams(filter).toString();
      const response = await fetch(`${url}/_emulator/requests${query ? `?${query}` : ''}`);
      return response.json();
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Uploads a trained churn model archive to the emulator's S3 and returns its URL. */
export async function uploadChurnModel(clientConfig) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-churn-'));
  await writeFile(path.join(dir, 'model.json'), JSON.stringify({ weights: [-3, 2.5, -1], bias: 0.3 }));
  const archive = path.join(dir, 'model.tar.gz');
  await promisify(execFile)('tar', ['-czf', archive, '-C', dir, 'model.json']);
  const s3 = new S3Client({ ...clientConfig, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'models' }));
  await s3.send(
    new PutObjectCommand({ Bucket: 'models', Key: 'churn/model.tar.gz', Body: await readFile(archive) }),
  );
  return 's3://models/churn/model.tar.gz';
}
