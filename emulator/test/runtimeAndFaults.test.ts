import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import { CHURN_IMAGE, createChurnEndpoint, installChurnModel } from '../src/testing/churnModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let runtime: SageMakerRuntimeClient;
let modelData: string;

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 20 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const endpoint = (name: string, variants: Array<{ name: string; count: number }>) =>
  createChurnEndpoint(emulator, { name, modelData, variants });

const invoke = (name: string, extra: Partial<ConstructorParameters<typeof InvokeEndpointCommand>[0]> = {}) =>
  runtime.send(
    new InvokeEndpointCommand({
      EndpointName: name,
      ContentType: 'application/json',
      Body: '{"instances":[[0.1,0.2,0.3]]}',
      ...extra,
    }),
  );

describe('SageMaker Runtime', () => {
  it('routes to the variant asked for with TargetVariant', async () => {
    await endpoint('two', [
      { name: 'a', count: 1 },
      { name: 'b', count: 1 },
    ]);
    for (let i = 0; i < 4; i++)
      expect((await invoke('two', { TargetVariant: 'b' })).InvokedProductionVariant).toBe('b');
    await expect(invoke('two', { TargetVariant: 'c' })).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('answers a model failure with ModelError 424 and its original status', async () => {
    await endpoint('faulty', [{ name: 'AllTraffic', count: 1 }]);
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'model-error', endpoint: 'faulty', status: 503, count: 1 }),
    });
    await expect(invoke('faulty')).rejects.toMatchObject({
      name: 'ModelError',
      $metadata: { httpStatusCode: 424 },
      OriginalStatusCode: 503,
    });
    await expect(invoke('faulty')).resolves.toMatchObject({ InvokedProductionVariant: 'AllTraffic' });
  });

  it('refuses a body over 6 MB and an unknown endpoint, as the service does', async () => {
    await expect(invoke('faulty', { Body: Buffer.alloc(6 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    await expect(invoke('nowhere')).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('Endpoint nowhere of account'),
    });
  });

  it('fails an endpoint creation when that fault is injected', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({
        kind: 'fail-endpoint-creation',
        endpoint: 'doomed',
        reason: 'capacity',
        count: 1,
      }),
    });
    const ep = await endpoint('doomed', [{ name: 'AllTraffic', count: 1 }]);
    expect(ep).toMatchObject({ EndpointStatus: 'Failed', FailureReason: 'capacity' });
    await expect(
      sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'doomed', EndpointConfigName: 'doomed' })),
    ).rejects.toThrow(/Cannot update failed endpoint/);
  });
});

describe('linear and rolling updates', () => {
  it.each([
    [
      'linear',
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: {
            Type: 'LINEAR' as const,
            LinearStepSize: { Type: 'CAPACITY_PERCENT' as const, Value: 50 },
            WaitIntervalInSeconds: 30,
          },
        },
      },
    ],
    [
      'rolling',
      {
        RollingUpdatePolicy: {
          MaximumBatchSize: { Type: 'CAPACITY_PERCENT' as const, Value: 50 },
          WaitIntervalInSeconds: 30,
        },
      },
    ],
  ])('runs a %s update to the new config', async (kind, DeploymentConfig) => {
    await endpoint(`${kind}-ep`, [{ name: 'AllTraffic', count: 2 }]);
    await sagemaker.send(
      new CreateModelCommand({
        ModelName: `${kind}-v2`,
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
        PrimaryContainer: { Image: CHURN_IMAGE, ModelDataUrl: modelData },
      }),
    );
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: `${kind}-v2`,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: `${kind}-v2`,
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 2,
          },
        ],
      }),
    );
    await sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: `${kind}-ep`,
        EndpointConfigName: `${kind}-v2`,
        DeploymentConfig,
      }),
    );
    const phases = new Set<string>();
    const done = await pollUntil(async () => {
      const ep = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: `${kind}-ep` }));
      for (const v of ep.ProductionVariants ?? [])
        for (const s of v.VariantStatus ?? []) phases.add(s.Status as string);
      return ep.EndpointStatus === 'InService' ? ep : undefined;
    });
    expect(done.EndpointConfigName).toBe(`${kind}-v2`);
    expect(phases.has('Baking')).toBe(true);
    await expect(invoke(`${kind}-ep`)).resolves.toBeDefined();
  });
});

describe('S3', () => {
  it('puts, heads, lists by prefix and delimiter, and deletes objects', async () => {
    const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
    for (const key of ['data/train/a.csv', 'data/train/b.csv', 'data/validation/c.csv']) {
      await s3.send(new PutObjectCommand({ Bucket: 'models', Key: key, Body: 'x,y\n' }));
    }
    expect(
      (await s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'data/train/a.csv' }))).ContentLength,
    ).toBe(4);
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: 'models', Prefix: 'data/', Delimiter: '/' }),
    );
    expect(listed.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['data/train/', 'data/validation/']);
    const train = await s3.send(new ListObjectsV2Command({ Bucket: 'models', Prefix: 'data/train/' }));
    expect(train.Contents?.map((c) => c.Key)).toEqual(['data/train/a.csv', 'data/train/b.csv']);
    await s3.send(new DeleteObjectCommand({ Bucket: 'models', Key: 'data/train/a.csv' }));
    await expect(
      s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'data/train/a.csv' })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(s3.send(new ListObjectsV2Command({ Bucket: 'nobucket' }))).rejects.toMatchObject({
      name: 'NoSuchBucket',
    });
  });
});
