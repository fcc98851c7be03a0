import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { XMLParser } from 'fast-xml-parser';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import {
  CHURN_IMAGE,
  churnModelDir,
  createChurnEndpoint,
  installChurnModel,
  pollUntil,
  sdkClientConfig,
} from '@modelship/emulator/testing';
import { repoRoot, runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let awsEnv: Record<string, string>;
let scratch: string;

const contractTests = path.relative(repoRoot, path.join(churnModelDir, 'tests/contract.yml'));

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  const modelData = await installChurnModel(emulator);
  await createChurnEndpoint(emulator, { name: 'it-churn', modelData });
  await createChurnEndpoint(emulator, {
    name: 'it-async',
    modelData,
    asyncOutput: { S3OutputPath: 's3://models/async/out', S3FailurePath: 's3://models/async/failed' },
  });
  await createTwoVariantEndpoint('it-variants', modelData);
  awsEnv = {
    ...awsEnvironment(emulator),
    GITHUB_WORKSPACE: repoRoot,
  };
  scratch = await mkdtemp(path.join(os.tmpdir(), 'modelship-it-'));
});
afterAll(async () => {
  await emulator.stop();
});

/**
 * Old (the trained model) takes all the traffic; New has no model artifact, so model.py serves it with
 * zero weights and scores everyone 0.5. A 0.5 therefore proves a request reached New.
 */
async function createTwoVariantEndpoint(name: string, modelData: string): Promise<void> {
  const sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  const role = 'arn:aws:iam::123456789012:role/x';
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: `${name}-old`,
      ExecutionRoleArn: role,
      PrimaryContainer: { Image: CHURN_IMAGE, ModelDataUrl: modelData },
    }),
  );
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: `${name}-new`,
      ExecutionRoleArn: role,
      PrimaryContainer: { Image: CHURN_IMAGE },
    }),
  );
  const variant = (variantName: string, modelName: string, weight: number) => ({
    VariantName: variantName,
    ModelName: modelName,
    InstanceType: 'ml.m5.large' as const,
    InitialInstanceCount: 1,
    InitialVariantWeight: weight,
  });
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: [variant('Old', `${name}-old`, 1), variant('New', `${name}-new`, 0)],
    }),
  );
  await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name }));
  await pollUntil(async () => {
    const ep = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));
    return ep.EndpointStatus === 'InService' ? ep : undefined;
  });
}

/** A test file in the scratch directory, the workspace of `scratchRun`. */
async function testFile(name: string, body: string): Promise<string> {
  await writeFile(path.join(scratch, name), body);
  return name;
}

const neutralScore = (name: string) =>
  `- name: ${name}\n  body: {"instances": [[1, 0, 0]]}\n  expect:\n    approx: {"$.predictions[0]": {value: 0.5, tolerance: 0.001}}\n`;

const integrationTest = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('integration-test', { inputs, env: { ...awsEnv, ...env }, timeoutMs: 90_000 });

/** A run whose workspace is the scratch directory, where `testFile` writes. */
const scratchRun = (inputs: Record<string, string>) => integrationTest(inputs, { GITHUB_WORKSPACE: scratch });

const junitCases = async (file: string) => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
    await readFile(file, 'utf8'),
  ) as { testsuites: { testsuite: unknown } };
  const suites = [xml.testsuites.testsuite].flat() as Array<{ name: string; testcase: unknown }>;
  return suites.flatMap((s) =>
    ([s.testcase].flat() as Array<{ name: string; failure?: unknown }>).map((c) => ({
      suite: s.name,
      name: c.name,
      failed: c.failure !== undefined,
    })),
  );
};

const invocations = () => emulator.log.list().filter((r) => r.operation?.startsWith('InvokeEndpoint'));

describe('integration-test, the bundled action against the emulator', () => {
  it('passes the example suite against an endpoint, with a JUnit report that parses as JUnit', async () => {
    const junit = path.join(scratch, 'reports/contract.xml');
    const run = await integrationTest({
      'endpoint-name': 'it-churn',
      tests: contractTests,
      'junit-report': junit,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '4', failed: '0' });
    const report = JSON.parse(run.outputs.report ?? '{}') as { ok: boolean; cases: unknown[] };
    expect(report).toMatchObject({ ok: true, passed: 4, failed: 0 });
    expect(await junitCases(junit)).toEqual([
      { suite: contractTests, name: 'answers a loyal customer with one low score', failed: false },
      { suite: contractTests, name: 'scores a likely churner high', failed: false },
      { suite: contractTests, name: 'reads CSV rows, one score each', failed: false },
      { suite: contractTests, name: 'refuses a request it cannot read', failed: false },
    ]);
    expect(run.summary).toContain('Integration tests ✅ passed: endpoint it-churn');
    expect(run.summary).toContain('| refuses a request it cannot read |');
  });

  it('fails on a failed expectation, with an annotation naming file, case, field, expected and actual', async () => {
    const file = await testFile('wrong.yml', neutralScore('expects a neutral score'));
    const junit = path.join(scratch, 'wrong.xml');
    const run = await scratchRun({ 'endpoint-name': 'it-churn', tests: file, 'junit-report': junit });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '1' });
    expect(run.stdout).toContain(
      '::error title=integration-test%3A expects a neutral score,file=wrong.yml::case "expects a neutral score": approx $.predictions[0]: expected 0.5 ± 0.001, got 0.062973',
    );
    expect(run.errors.at(-1)).toContain('1 case(s) failed: case "expects a neutral score"');
    expect(await junitCases(junit)).toEqual([
      { suite: 'wrong.yml', name: 'expects a neutral score', failed: true },
    ]);
  });

  it('tests a new variant before it takes traffic, while the endpoint still serves the old one', async () => {
    const file = await testFile('new-variant.yml', neutralScore('the new model scores 0.5'));
    emulator.log.clear();
    const onNew = await scratchRun({ 'endpoint-name': 'it-variants', variant: 'New', tests: file });
    expect(onNew.errors).toEqual([]);
    expect(onNew.exitCode).toBe(0);
    expect(invocations().map((r) => r.operation)).toEqual(['InvokeEndpoint']);

    const asTrafficSeesIt = await scratchRun({ 'endpoint-name': 'it-variants', tests: file });
    expect(asTrafficSeesIt.exitCode).toBe(1);
    expect(asTrafficSeesIt.errors[0]).toContain('got 0.062973');
  });

  it('reports a ModelError with the model status and its log stream', async () => {
    const file = await testFile(
      'model-error.yml',
      '- name: a request the model cannot read\n  body: {"rows": 1}\n  expect:\n    status: 200\n',
    );
    const run = await scratchRun({ 'endpoint-name': 'it-churn', tests: file });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('status: expected 200, got 400');
    expect(run.errors[0]).toContain('ModelError: the model answered 400');
    expect(run.errors[0]).toContain('log-group:/aws/sagemaker/Endpoints/it-churn');
  });

  it('runs cases through InvokeEndpointAsync, reading the answer from the output location', async () => {
    const file = await testFile(
      'async.yml',
      '- name: async score\n  body: {"instances": [[0, 1, 0]]}\n  expect:\n    json: {"$.predictions[0]": 0.942676}\n',
    );
    emulator.log.clear();
    const run = await scratchRun({
      'endpoint-name': 'it-async',
      async: 'true',
      'async-input-s3-prefix': 's3://models/async/in/',
      tests: file,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
    expect(invocations().map((r) => r.operation)).toEqual(['InvokeEndpointAsync']);
  });

  it('serves the example model with local-command, and stops it after', async () => {
    const port = await freePort();
    const modelDir = await mkdtemp(path.join(os.tmpdir(), 'churn-model-'));
    await writeFile(path.join(modelDir, 'model.json'), JSON.stringify({ weights: [-3, 2.5, -1], bias: 0.3 }));
    const run = await integrationTest(
      {
        'local-command': `python3 ${path.relative(repoRoot, path.join(churnModelDir, 'model.py'))} serve`,
        'local-url': `http://127.0.0.1:${port}`,
        tests: contractTests,
      },
      { SM_MODEL_DIR: modelDir, SAGEMAKER_BIND_TO_PORT: String(port) },
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '4', failed: '0' });
    await expect(fetch(`http://127.0.0.1:${port}/ping`)).rejects.toThrow();
  });

  it('stops the local-command when the run is cancelled during its load run', async () => {
    const port = await freePort();
    const run = await runAction('integration-test', {
      inputs: {
        'local-command': `python3 ${path.relative(repoRoot, path.join(churnModelDir, 'model.py'))} serve`,
        'local-url': `http://127.0.0.1:${port}`,
        tests: contractTests,
        'load-rps': '5',
        'load-duration-seconds': '600',
      },
      env: { ...awsEnv, SAGEMAKER_BIND_TO_PORT: String(port) },
      cancelWhen: (stdout) => stdout.includes('Load: 5 requests/s'),
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${port}/ping`)).rejects.toThrow();
  });

  it('passes a short load run whose thresholds hold, with percentiles and a histogram', async () => {
    const run = await integrationTest({
      'endpoint-name': 'it-churn',
      tests: contractTests,
      'load-rps': '20',
      'load-duration-seconds': '2',
      concurrency: '4',
      'max-p99-latency-ms': '5000',
      'max-error-rate': '0',
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['error-rate']).toBe('0');
    expect(Number(run.outputs['p50-latency-ms'])).toBeGreaterThan(0);
    expect(Number(run.outputs['p99-latency-ms'])).toBeGreaterThanOrEqual(
      Number(run.outputs['p50-latency-ms']),
    );
    const report = JSON.parse(run.outputs.report ?? '{}') as { load: { requests: number } };
    expect(report.load.requests).toBe(40);
    expect(run.summary).toContain('xychart-beta');
    expect(run.summary).toContain('| max-p99-latency-ms | 5000 |');
  });

  it('fails a load run whose thresholds do not hold, and says which', async () => {
    const run = await integrationTest({
      'endpoint-name': 'it-churn',
      tests: contractTests,
      'load-rps': '20',
      'load-duration-seconds': '2',
      'min-throughput': '1000',
      'max-p99-latency-ms': '5000',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '4', failed: '0' });
    expect(run.errors.at(-1)).toMatch(
      /load thresholds missed: min-throughput \(limit 1000, measured [\d.]+\)/,
    );
    expect(run.errors.at(-1)).not.toContain('max-p99-latency-ms');
    expect(run.summary).toContain('| min-throughput | 1000 |');
  });

  it('refuses bad test files before any request, naming file and case', async () => {
    const file = await testFile(
      'bad.yml',
      '- name: no expectations\n  body: {}\n- name: bad path\n  body: {}\n  expect:\n    json: {"predictions[0": 1}\n',
    );
    emulator.log.clear();
    const run = await scratchRun({ 'endpoint-name': 'it-churn', tests: file, concurrency: '0' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('Input "concurrency" is "0"');
    const files = await scratchRun({ 'endpoint-name': 'it-churn', tests: file });
    expect(files.exitCode).toBe(1);
    expect(files.errors[0]).toContain(`${file}: case "no expectations": it has no expectations`);
    expect(files.errors[0]).toContain(`${file}: case "bad path": expect.json "predictions[0"`);
    expect(invocations()).toEqual([]);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
