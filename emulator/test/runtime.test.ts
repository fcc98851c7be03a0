import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  InvokeEndpointAsyncCommand,
  InvokeEndpointCommand,
  SageMakerRuntimeClient,
  type InvokeEndpointCommandInput,
} from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import type { MetricDatum, MetricStore } from '../src/environment';
import { createHosting, type RoutingHosting } from '../src/modelServing/hostingService';
import { seededRandom } from '../src/modelServing/trafficRouter';
import type { Fleet, FleetSpec } from '../src/modelServing/types';
import { bindEchoModel, ECHO_IMAGE, echoFleetSpec } from './echoModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let hosting: RoutingHosting;
let runtime: SageMakerRuntimeClient;
const metrics: MetricDatum[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  bindEchoModel(emulator);
  // The Runtime API reads hosting from env.stores at request time: this one routes with a seeded random.
  hosting = createHosting(emulator.env, { random: seededRandom(42) });
  emulator.env.stores.hosting = hosting;
  const store = emulator.env.stores.metrics as MetricStore;
  emulator.env.stores.metrics = {
    put(datum) {
      metrics.push(datum);
      store.put(datum);
    },
  };
  runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

/** Starts one fleet per variant and routes the endpoint to them by weight. */
async function endpoint(
  name: string,
  variants: Array<{ name: string; weight?: number; spec?: Partial<FleetSpec> }>,
): Promise<Fleet[]> {
  const fleets = await Promise.all(
    variants.map((v) =>
      hosting.startFleet(
        echoFleetSpec({
          endpointName: name,
          variantName: v.name,
          endpointConfigName: `${name}-config`,
          ...v.spec,
        }),
      ),
    ),
  );
  hosting.setRoutes(
    name,
    variants.map((v, i) => ({
      variantName: v.name,
      weight: v.weight ?? 1,
      fleets: [{ fleet: fleets[i] as Fleet, share: 1 }],
    })),
  );
  return fleets;
}

const invoke = (name: string, extra: Partial<InvokeEndpointCommandInput> = {}) =>
  runtime.send(
    new InvokeEndpointCommand({
      EndpointName: name,
      ContentType: 'application/json',
      Body: JSON.stringify({ numbers: [1, 2.5] }),
      ...extra,
    }),
  );
const json = (body: Uint8Array | undefined) =>
  JSON.parse(Buffer.from(body ?? []).toString()) as Record<string, any>;

describe('InvokeEndpoint', () => {
  beforeAll(async () => {
    await endpoint('ab', [
      { name: 'A', weight: 70 },
      { name: 'B', weight: 30 },
    ]);
  });

  it('sends the body, headers and custom attributes to the model and returns its answer', async () => {
    const answer = await invoke('ab', {
      TargetVariant: 'B',
      Accept: 'application/json',
      CustomAttributes: 'trace=1',
      InferenceId: 'id-1',
    });
    expect(answer).toMatchObject({
      ContentType: 'application/json',
      InvokedProductionVariant: 'B',
      CustomAttributes: 'echo=trace=1',
    });
    expect(json(answer.Body)).toMatchObject({
      numbers: [2, 5],
      contentType: 'application/json',
      accept: 'application/json',
    });
  });

  it('routes to the variant asked for, and refuses one that does not exist', async () => {
    for (let i = 0; i < 5; i++)
      expect((await invoke('ab', { TargetVariant: 'A' })).InvokedProductionVariant).toBe('A');
    await expect(invoke('ab', { TargetVariant: 'C' })).rejects.toMatchObject({
      name: 'ValidationError',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('splits traffic by variant weight', async () => {
    const counts = { A: 0, B: 0 };
    for (let batch = 0; batch < 50; batch++) {
      const answers = await Promise.all(Array.from({ length: 20 }, () => invoke('ab')));
      for (const a of answers) counts[a.InvokedProductionVariant as 'A' | 'B'] += 1;
    }
    expect(counts.A + counts.B).toBe(1000);
    expect(counts.A).toBeGreaterThan(660);
    expect(counts.A).toBeLessThan(740);
  });

  it('splits a variant between its blue and green fleets by share', async () => {
    const [blue] = await endpoint('bg', [{ name: 'AllTraffic' }]);
    const green = await hosting.startFleet(
      echoFleetSpec({
        endpointName: 'bg',
        endpointConfigName: 'bg-config-2',
        containers: [{ image: ECHO_IMAGE, environment: { ECHO_NAME: 'green' } }],
      }),
    );
    hosting.setRoutes('bg', [
      {
        variantName: 'AllTraffic',
        weight: 1,
        fleets: [
          { fleet: blue as Fleet, share: 0.5 },
          { fleet: green, share: 0.5 },
        ],
      },
    ]);
    const containers = new Set<string>();
    for (let i = 0; i < 40; i++) containers.add(json((await invoke('bg')).Body).container as string);
    expect([...containers].sort()).toEqual(['echo', 'green']);
    const greenLatency = metrics.filter(
      (m) => m.metricName === 'ModelLatency' && m.dimensions.EndpointConfigName === 'bg-config-2',
    );
    expect(greenLatency.length).toBeGreaterThan(0);
  });

  it('publishes the AWS/SageMaker metrics per variant and per endpoint config', async () => {
    const before = metrics.length;
    await invoke('ab', { TargetVariant: 'A' });
    const published = metrics.slice(before);
    const names = [
      'Invocations',
      'InvocationsPerInstance',
      'Invocation4XXErrors',
      'Invocation5XXErrors',
      'ModelLatency',
      'OverheadLatency',
    ];
    for (const metricName of names) {
      const data = published.filter((m) => m.metricName === metricName);
      expect(data.map((m) => m.dimensions)).toEqual([
        { EndpointName: 'ab', VariantName: 'A' },
        { EndpointName: 'ab', VariantName: 'A', EndpointConfigName: 'ab-config' },
      ]);
      expect(data[0]?.namespace).toBe('AWS/SageMaker');
    }
    const value = (name: string) => published.find((m) => m.metricName === name)?.value;
    expect(value('Invocations')).toBe(1);
    expect(value('Invocation5XXErrors')).toBe(0);
    expect(value('ModelLatency')).toBeGreaterThan(0);
    expect(published.find((m) => m.metricName === 'ModelLatency')?.unit).toBe('Microseconds');
  });
});

describe('errors', () => {
  it('answers a model failure with ModelError 424, its status, message and log stream', async () => {
    await endpoint('broken', [
      {
        name: 'AllTraffic',
        spec: { containers: [{ image: ECHO_IMAGE, environment: { ECHO_FAIL_STATUS: '500' } }] },
      },
    ]);
    const before = metrics.length;
    const failure = await invoke('broken').catch((e: unknown) => e);
    expect(failure).toMatchObject({
      name: 'ModelError',
      $metadata: { httpStatusCode: 424 },
      OriginalStatusCode: 500,
      OriginalMessage: '{"error": "failing on purpose (ECHO_FAIL_STATUS)"}',
      LogStreamArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/Endpoints/broken',
      message: expect.stringContaining('Received server error (500) from primary with message'),
    });
    const errors = metrics.slice(before).filter((m) => m.metricName === 'Invocation5XXErrors');
    expect(errors.map((m) => m.value)).toEqual([1, 1]);
  });

  it('returns the status of an injected model-error fault without calling the model', async () => {
    emulator.faults.add({ kind: 'model-error', endpoint: 'ab', variant: 'A', status: 400, count: 1 });
    await expect(invoke('ab', { TargetVariant: 'A' })).rejects.toMatchObject({
      name: 'ModelError',
      OriginalStatusCode: 400,
      message: expect.stringContaining('Received client error (400)'),
    });
    await expect(invoke('ab', { TargetVariant: 'A' })).resolves.toMatchObject({
      InvokedProductionVariant: 'A',
    });
  });

  it('refuses an unknown endpoint, a body over 6 MiB, and Direct calls without a hostname', async () => {
    await expect(invoke('nowhere')).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Endpoint nowhere of account 123456789012 not found.',
    });
    await expect(invoke('ab', { Body: Buffer.alloc(6 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    await endpoint('direct', [
      {
        name: 'AllTraffic',
        spec: {
          inferenceExecutionMode: 'Direct',
          containers: [
            { image: ECHO_IMAGE, hostname: 'one', environment: { ECHO_NAME: 'one' } },
            { image: ECHO_IMAGE, hostname: 'two', environment: { ECHO_NAME: 'two' } },
          ],
        },
      },
    ]);
    expect(json((await invoke('direct', { TargetContainerHostname: 'two' })).Body).container).toBe('two');
    await expect(invoke('direct')).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(invoke('ab', { TargetModel: 'x.tar.gz' })).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Endpoint ab is not a multi-model endpoint and does not support target model header.',
    });
  });
});

describe('InvokeEndpointAsync', () => {
  it('reads the input from S3 and writes the answer to the output path', async () => {
    await endpoint('async', [
      {
        name: 'AllTraffic',
        spec: { asyncOutput: { s3OutputPath: 's3://async/out/', s3FailurePath: 's3://async/failed' } },
      },
    ]);
    const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'async' }));
    await s3.send(
      new PutObjectCommand({
        Bucket: 'async',
        Key: 'in/1.json',
        Body: '{"numbers":[4]}',
        ContentType: 'application/json',
      }),
    );
    const before = metrics.length;
    const accepted = await runtime.send(
      new InvokeEndpointAsyncCommand({
        EndpointName: 'async',
        InputLocation: 's3://async/in/1.json',
        InferenceId: 'inf-1',
      }),
    );
    expect(accepted.InferenceId).toBe('inf-1');
    expect(accepted.OutputLocation).toMatch(/^s3:\/\/async\/out\/[0-9a-f-]{36}\.out$/);
    expect(accepted.FailureLocation).toMatch(/^s3:\/\/async\/failed\/[0-9a-f-]{36}-error\.out$/);
    const key = (accepted.OutputLocation as string).slice('s3://async/'.length);
    const written = await pollUntil(() =>
      s3
        .send(new GetObjectCommand({ Bucket: 'async', Key: key }))
        .then((o) => o.Body?.transformToString())
        .catch(() => undefined),
    );
    expect(JSON.parse(written as string)).toMatchObject({ numbers: [8], contentType: 'application/json' });
    const names = new Set(metrics.slice(before).map((m) => m.metricName));
    expect(names.has('ModelLatency')).toBe(true);
    expect(names.has('Invocations')).toBe(false);
    expect(names.has('OverheadLatency')).toBe(false);
  });
});
