import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, ModelError, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import { readInputs } from '@modelship/shared';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';
import { mockClient } from 'aws-sdk-client-mock';
import { inputs as inputSchema } from '../src/inputs';
import { integrationTestStep, type IntegrationTestPorts } from '../src/integrationTestStep';
import type { Annotation } from '../src/runReport';

const sagemaker = mockClient(SageMakerClient);
const runtime = mockClient(SageMakerRuntimeClient);

let outputs: Record<string, string>;
let annotations: Annotation[];
let files: Record<string, string>;
let summaries: string[];
let events: string[];
let logger: RecordingLogger;

beforeEach(() => {
  sagemaker.reset();
  runtime.reset();
  sagemaker.on(DescribeEndpointCommand).resolves({
    EndpointStatus: 'InService',
    ProductionVariants: [{ VariantName: 'Old' }, { VariantName: 'New' }],
  });
  outputs = {};
  annotations = [];
  files = {};
  summaries = [];
  events = [];
  logger = new RecordingLogger();
});

const TESTS = `cases:
  - name: scores one customer
    body: {"instances": [[1, 0, 0]]}
    expect:
      status: 200
      approx: {"$.predictions[0]": {value: 0.06, tolerance: 0.01}}
  - name: refuses an unreadable request
    body: {"rows": 1}
    expect: {status: 400, contains: cannot read}
`;

function workspace(text = TESTS): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'it-step-'));
  mkdirSync(path.join(dir, 'tests'));
  writeFileSync(path.join(dir, 'tests/contract.yml'), text);
  return dir;
}

function ports(dir: string, overrides: Partial<IntegrationTestPorts> = {}): IntegrationTestPorts {
  return {
    workspace: dir,
    endpointClients: () => ({
      sagemaker: new SageMakerClient({ region: 'eu-west-1' }),
      runtime: new SageMakerRuntimeClient({ region: 'eu-west-1' }),
      s3: new S3Client({ region: 'eu-west-1' }),
    }),
    startProcess: () => {
      throw new Error('no process expected');
    },
    runCommand: async () => ({ ok: false, output: 'not expected' }),
    writeFile: async (file, text) => {
      files[file] = text;
    },
    annotate: (a) => annotations.push(a),
    writeSummary: async (markdown) => summaries.push(markdown),
    commentOnPullRequest: async () => undefined,
    ...overrides,
  };
}

const run = (raw: Record<string, string>, dir: string, overrides: Partial<IntegrationTestPorts> = {}) =>
  integrationTestStep(
    {
      inputs: readInputs(inputSchema, (name) => ({ tests: 'tests/*.yml', ...raw })[name] ?? ''),
      setOutput: (name, value) => (outputs[name] = value),
      signal: new AbortController().signal,
      logger,
      clock: new FakeClock(1_000_000),
      env: { GITHUB_WORKFLOW: 'ci' },
    },
    ports(dir, overrides),
  );

/** The model as the endpoint serves it: a score for readable requests, a 424 ModelError otherwise. */
function serveModel(score: number) {
  runtime.on(InvokeEndpointCommand).callsFake((input: { Body: Uint8Array }) => {
    const body = Buffer.from(input.Body).toString('utf8');
    if (body.includes('instances'))
      return { Body: Buffer.from(JSON.stringify({ predictions: [score] })), ContentType: 'application/json' };
    throw new ModelError({
      message: 'Received client error (400) from primary',
      $metadata: { httpStatusCode: 424 },
      OriginalStatusCode: 400,
      OriginalMessage: '{"error": "cannot read the request"}',
      LogStreamArn: 'arn:aws:logs:eu-west-1:1:log-group:/aws/sagemaker/Endpoints/churn',
    });
  });
}

describe('the integration-test step', () => {
  it('runs every case against the variant, and reports outputs, JUnit and the summary', async () => {
    serveModel(0.063);
    const dir = workspace();
    await run({ 'endpoint-name': 'churn', variant: 'New', 'junit-report': 'out/junit.xml' }, dir);
    expect(runtime.commandCalls(InvokeEndpointCommand).map((c) => c.args[0].input.TargetVariant)).toEqual([
      'New',
      'New',
    ]);
    expect(outputs).toMatchObject({ passed: '2', failed: '0' });
    expect(outputs['p99-latency-ms']).toBeUndefined();
    expect(JSON.parse(outputs.report ?? '')).toMatchObject({
      ok: true,
      target: 'endpoint churn (variant New)',
    });
    expect(Object.keys(files)).toEqual([path.join(dir, 'out/junit.xml')]);
    expect(files[path.join(dir, 'out/junit.xml')]).toContain('name="refuses an unreadable request"');
    expect(annotations).toEqual([]);
    expect(summaries[0]).toContain('Integration tests ✅ passed: endpoint churn (variant New)');
  });

  it('fails naming each failed expectation, with the ModelError status, message and log stream', async () => {
    serveModel(0.9);
    const dir = workspace(TESTS.replace('status: 400', 'status: 200'));
    await expect(run({ 'endpoint-name': 'churn' }, dir)).rejects.toThrow(
      '2 case(s) failed: case "scores one customer" (tests/contract.yml), case "refuses an unreadable request" (tests/contract.yml)',
    );
    expect(annotations).toEqual([
      {
        file: 'tests/contract.yml',
        title: 'integration-test: scores one customer',
        message: 'case "scores one customer": approx $.predictions[0]: expected 0.06 ± 0.01, got 0.9',
      },
      {
        file: 'tests/contract.yml',
        title: 'integration-test: refuses an unreadable request',
        message: expect.stringMatching(
          /^case "refuses an unreadable request": status: expected 200, got 400 \(ModelError: the model answered 400: .*cannot read the request.* \(its log: arn:aws:logs:.*\/aws\/sagemaker\/Endpoints\/churn\)\)$/,
        ),
      },
    ]);
    expect(outputs).toMatchObject({ passed: '0', failed: '2' });
  });

  it('runs the load on the clock with the succeeding cases, and fails on a missed threshold', async () => {
    serveModel(0.063);
    const dir = workspace(
      `${TESTS}load: {rps: 10, duration-seconds: 3, concurrency: 2, max-p99-latency-ms: 1000}\n`,
    );
    await expect(run({ 'endpoint-name': 'churn', 'min-throughput': '500' }, dir)).rejects.toThrow(
      /load thresholds missed: min-throughput \(limit 500, measured [\d.]+\)\.$/m,
    );
    const sent = runtime
      .commandCalls(InvokeEndpointCommand)
      .map((c) => Buffer.from(c.args[0].input.Body as Uint8Array).toString());
    expect(sent).toHaveLength(2 + 30);
    expect(sent.slice(2).every((body) => body.includes('instances'))).toBe(true);
    expect(outputs['error-rate']).toBe('0');
    expect(Number(outputs['p99-latency-ms'])).toBeGreaterThanOrEqual(Number(outputs['p50-latency-ms']));
    const report = JSON.parse(outputs.report ?? '') as {
      thresholds: Array<{ name: string; passed: boolean }>;
    };
    expect(report.thresholds.map((t) => [t.name, t.passed])).toEqual([
      ['max-p99-latency-ms', true],
      ['max-error-rate', true],
      ['min-throughput', false],
    ]);
    expect(summaries[0]).toContain('xychart-beta');
  });

  it('says when the variant is not on the endpoint, before any case', async () => {
    const dir = workspace();
    await expect(run({ 'endpoint-name': 'churn', variant: 'Canary' }, dir)).rejects.toThrow(
      'Endpoint churn has no production variant Canary; it has Old, New. No case was run.',
    );
    expect(runtime.commandCalls(InvokeEndpointCommand)).toHaveLength(0);
  });

  it('stops a local-command whose server exits, and says what it printed', async () => {
    const dir = workspace();
    let stopped = 0;
    const startProcess = (argv: string[]) => {
      events.push(argv.join('|'));
      return {
        exited: () => 'python3 exited with code 1; its last output:\nNo module named x',
        stop: async () => void stopped++,
      };
    };
    await expect(
      run({ 'local-command': 'python3 "model file.py" serve' }, dir, { startProcess }),
    ).rejects.toThrow('stopped: python3 exited with code 1; its last output:\nNo module named x');
    expect(events).toEqual(['python3|model file.py|serve']);
    expect(stopped).toBe(1);
  });

  it('says plainly when neither docker nor buildah can run a local-image', async () => {
    const dir = workspace();
    const runCommand = async (program: string) => {
      events.push(program);
      return { ok: false, output: `${program}: cannot connect` };
    };
    await expect(run({ 'local-image': 'churn:1' }, dir, { runCommand })).rejects.toThrow(
      'local-image churn:1 cannot run here: neither docker nor buildah can run containers on this runner (docker: docker: cannot connect; buildah: buildah: cannot connect).',
    );
    expect(events).toEqual(['docker', 'buildah']);
  });

  it('refuses a pattern that matches no test file before it touches the target', async () => {
    const dir = workspace();
    let clients = 0;
    await expect(
      run({ 'endpoint-name': 'churn', tests: 'test/*.yml' }, dir, {
        endpointClients: () => {
          clients++;
          throw new Error('not expected');
        },
      }),
    ).rejects.toThrow('No test file matches tests: test/*.yml');
    expect(clients).toBe(0);
  });
});
