import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const run = promisify(execFile);

/** Whether the AWS CLI is on PATH; CI installs it, so there a missing CLI is a failure, not a skip. */
export function awsCliAvailable(): boolean {
  try {
    execFileSync('aws', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('The AWS CLI must be on PATH when CI=true.');
    return false;
  }
}

/**
 * botocore picks the first protocol of its own preference list that a service offers, which for
 * CloudWatch is JSON. To drive botocore's CBOR or Query serializers for real, this writes CloudWatch's
 * model with only that protocol into a directory that AWS_DATA_PATH puts in front of botocore's own.
 */
export function cloudWatchModelWithOnly(protocol: 'smithy-rpc-v2-cbor' | 'query' | 'json'): string {
  const botocore = execFileSync('python3', [
    '-c',
    'import botocore,os;print(os.path.dirname(botocore.__file__))',
  ])
    .toString()
    .trim();
  const modelDir = path.join(botocore, 'data', 'cloudwatch', '2010-08-01');
  const file = fs.existsSync(path.join(modelDir, 'service-2.json'))
    ? fs.readFileSync(path.join(modelDir, 'service-2.json'))
    : gunzipSync(fs.readFileSync(path.join(modelDir, 'service-2.json.gz')));
  const model = JSON.parse(file.toString('utf8'));
  model.metadata.protocol = protocol;
  model.metadata.protocols = [protocol];
  const dataPath = fs.mkdtempSync(path.join(os.tmpdir(), `cloudwatch-${protocol}-`));
  fs.mkdirSync(path.join(dataPath, 'cloudwatch', '2010-08-01'), { recursive: true });
  fs.writeFileSync(path.join(dataPath, 'cloudwatch', '2010-08-01', 'service-2.json'), JSON.stringify(model));
  return dataPath;
}

/** Runs `aws <args>` against the emulator and returns its output (parsed when JSON) and its stderr. */
export async function awsCli(
  endpointUrl: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ output: any; stderr: string }> {
  let result: { stdout: string; stderr: string };
  try {
    result = await run('aws', ['--endpoint-url', endpointUrl, '--output', 'json', ...args], {
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'y',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        // Errors are what some tests expect: no retries with backoff.
        AWS_MAX_ATTEMPTS: '1',
        AWS_RETRY_MODE: 'standard',
        ...extraEnv,
      },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    // With --debug the CLI's stderr is long; the error is at its end.
    const stderr = String((err as { stderr?: string }).stderr ?? '');
    throw new Error(`aws ${args.slice(0, 2).join(' ')} failed: ${stderr.slice(-1500)}`);
  }
  const { stdout, stderr } = result;
  // `aws s3` prints progress lines rather than JSON.
  let output: any = {};
  try {
    if (stdout.trim()) output = JSON.parse(stdout);
  } catch {
    output = stdout;
  }
  return { output, stderr };
}
