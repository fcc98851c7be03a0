import { afterAll, beforeAll, jest, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type RunningEmulator } from '../src';
import { CHURN_IMAGE, churnModelDir, installChurnModel } from '../src/testing/churnModelFixture';
import { pollUntil } from '../src/testing/pollUntil';

const run = promisify(execFile);
// Each AWS CLI call starts a Python process: seconds apiece on a loaded machine, so these tests get time.
jest.setTimeout(240_000);
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  await installChurnModel(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

/** The AWS CLI of the machine (botocore: JSON 1.1 for SageMaker, CBOR or JSON for CloudWatch). */
async function aws(...args: string[]): Promise<any> {
  const { stdout } = await run('aws', ['--endpoint-url', emulator.url, '--output', 'json', ...args], {
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'AKIDCLI',
      AWS_SECRET_ACCESS_KEY: 'cli',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
    },
  });
  return stdout.trim() ? JSON.parse(stdout) : {};
}

describe('the AWS CLI against the emulator', () => {
  it('creates, describes and updates an endpoint', async () => {
    for (const name of ['cli-v1', 'cli-v2']) {
      await aws(
        'sagemaker',
        'create-model',
        '--model-name',
        name,
        '--execution-role-arn',
        'arn:aws:iam::123456789012:role/x',
        '--primary-container',
        `Image=${CHURN_IMAGE},ModelDataUrl=s3://models/churn/model.tar.gz`,
      );
      await aws(
        'sagemaker',
        'create-endpoint-config',
        '--endpoint-config-name',
        name,
        '--production-variants',
        `VariantName=AllTraffic,ModelName=${name},InstanceType=ml.m5.large,InitialInstanceCount=1`,
      );
    }
    await aws('sagemaker', 'create-endpoint', '--endpoint-name', 'cli', '--endpoint-config-name', 'cli-v1');
    await pollUntil(async () =>
      (await aws('sagemaker', 'describe-endpoint', '--endpoint-name', 'cli')).EndpointStatus === 'InService'
        ? true
        : undefined,
    );
    await aws('sagemaker', 'update-endpoint', '--endpoint-name', 'cli', '--endpoint-config-name', 'cli-v2');
    const done = await pollUntil(async () => {
      const ep = await aws('sagemaker', 'describe-endpoint', '--endpoint-name', 'cli');
      return ep.EndpointStatus === 'InService' ? ep : undefined;
    });
    expect(done.EndpointConfigName).toBe('cli-v2');
    await expect(aws('sagemaker', 'describe-endpoint', '--endpoint-name', 'missing')).rejects.toThrow(
      /ValidationException.*Could not find endpoint "missing"/s,
    );
  });

  it('puts, describes, sets and deletes CloudWatch alarms', async () => {
    await aws(
      'cloudwatch',
      'put-metric-alarm',
      '--alarm-name',
      'cli-5xx',
      '--namespace',
      'AWS/SageMaker',
      '--metric-name',
      'Invocation5XXErrors',
      '--statistic',
      'Average',
      // SetAlarmState holds for one period; ten minutes (ten seconds here) outlasts the CLI calls below.
      '--period',
      '600',
      '--evaluation-periods',
      '1',
      '--threshold',
      '0.01',
      '--comparison-operator',
      'GreaterThanThreshold',
      '--dimensions',
      'Name=EndpointName,Value=cli',
    );
    expect(
      (await aws('cloudwatch', 'describe-alarms', '--alarm-names', 'cli-5xx')).MetricAlarms[0],
    ).toMatchObject({ AlarmName: 'cli-5xx', Threshold: 0.01, StateValue: 'INSUFFICIENT_DATA' });
    await aws(
      'cloudwatch',
      'set-alarm-state',
      '--alarm-name',
      'cli-5xx',
      '--state-value',
      'ALARM',
      '--state-reason',
      'testing',
    );
    expect(
      (await aws('cloudwatch', 'describe-alarms', '--state-value', 'ALARM')).MetricAlarms.map(
        (a: { AlarmName: string }) => a.AlarmName,
      ),
    ).toContain('cli-5xx');
    await aws('cloudwatch', 'delete-alarms', '--alarm-names', 'cli-5xx');
    expect((await aws('cloudwatch', 'describe-alarms', '--alarm-names', 'cli-5xx')).MetricAlarms).toEqual([]);
    await expect(
      aws(
        'cloudwatch',
        'set-alarm-state',
        '--alarm-name',
        'cli-5xx',
        '--state-value',
        'OK',
        '--state-reason',
        'x',
      ),
    ).rejects.toThrow(/ResourceNotFound/);
  });
});

describe('the emulator CLI', () => {
  it('prints its URL as the first line and stops its model processes on SIGTERM', async () => {
    const cli = spawn(
      process.execPath,
      [
        path.resolve(churnModelDir, '../../emulator/dist/cli.js'),
        '--port',
        '0',
        '--config',
        path.join(churnModelDir, 'emulator.yml'),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const firstLine = await new Promise<string>((resolve) =>
      cli.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0] as string)),
    );
    expect(firstLine).toMatch(/^modelship-emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${firstLine.split(' ').pop()}/_emulator/health`);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      services: expect.arrayContaining(['sagemaker', 'cloudwatch', 's3']),
    });
    cli.kill('SIGTERM');
    const code = await new Promise((resolve) => cli.once('exit', resolve));
    expect(code).toBe(0);
  });
});
