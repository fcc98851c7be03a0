import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '../src';
import { bindingKeysOf, ImageBindings } from '../src/imageBindings';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { ROLE_ARN, settledEndpoint } from './hostingFixture';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const serve = (tag: string) => ({ entrypoint: ['python3', 'echo_model.py'], env: { ECHO_NAME: tag } });

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let runtime: SageMakerRuntimeClient;

beforeAll(async () => {
  emulator = await startEmulator({
    timing: { timeScale: 60, provisioningMs: 50 },
    config: {
      baseDir: fixturesDir,
      file: {
        images: {
          [`${HOST}/exact-model:v1`]: serve('exact'),
          [`${HOST}/exact-model@${DIGEST}`]: serve('exact-digest'),
          [`${HOST}/uri-model`]: serve('uri'),
          'team/path-model': serve('path'),
          'last-model': serve('last'),
        },
      },
    },
  });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

let counter = 0;
async function endpointFor(image: string) {
  const name = `binding-${++counter}`;
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: name,
      ExecutionRoleArn: ROLE_ARN,
      PrimaryContainer: { Image: image },
    }),
  );
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: [
        { VariantName: 'AllTraffic', ModelName: name, InstanceType: 'ml.m5.large', InitialInstanceCount: 1 },
      ],
    }),
  );
  await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name }));
  return { name, endpoint: await settledEndpoint(sagemaker, name) };
}

async function boundAs(name: string): Promise<string> {
  const answer = await runtime.send(
    new InvokeEndpointCommand({
      EndpointName: name,
      ContentType: 'application/json',
      Body: '{"numbers":[1]}',
    }),
  );
  return JSON.parse(Buffer.from(answer.Body ?? []).toString()).container;
}

describe('image bindings, through the SDK', () => {
  it.each([
    ['the exact URI (tag)', `${HOST}/exact-model:v1`, 'exact'],
    ['the exact URI (digest)', `${HOST}/exact-model@${DIGEST}`, 'exact-digest'],
    ['the URI without its tag', `${HOST}/uri-model:v1`, 'uri'],
    ['the URI without its digest', `${HOST}/uri-model@${DIGEST}`, 'uri'],
    ['the repository path (tag)', `${HOST}/team/path-model:v2`, 'path'],
    ['the repository path (digest)', `${HOST}/team/path-model@${DIGEST}`, 'path'],
    ['the last segment (tag)', `${HOST}/team/last-model:v3`, 'last'],
    ['the last segment (digest)', `${HOST}/team/last-model@${DIGEST}`, 'last'],
  ])('serves an image bound by %s', async (_form, image, binding) => {
    const { name, endpoint } = await endpointFor(image);
    expect(endpoint.FailureReason).toBeUndefined();
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(await boundAs(name)).toBe(binding);
  });

  it('fails an endpoint with no binding, naming the keys tried and the keys the config has', async () => {
    const { endpoint } = await endpointFor(`${HOST}/team/unbound:v1`);
    expect(endpoint.EndpointStatus).toBe('Failed');
    expect(endpoint.FailureReason).toContain(
      `Keys tried: '${HOST}/team/unbound:v1', '${HOST}/team/unbound', 'team/unbound', 'unbound'.`,
    );
    expect(endpoint.FailureReason).toContain(`'${HOST}/uri-model', 'team/path-model', 'last-model'`);
  });
});

describe('bindingKeysOf', () => {
  it('tries each key once, most specific first', () => {
    expect(bindingKeysOf('churn')).toEqual(['churn']);
    expect(bindingKeysOf('localhost:5000/churn:v1')).toEqual([
      'localhost:5000/churn:v1',
      'localhost:5000/churn',
      'churn',
    ]);
  });

  it('says when the config binds nothing', () => {
    expect(new ImageBindings().missReason('churn:v1')).toBe(
      "Keys tried: 'churn:v1', 'churn'. The config binds no images.",
    );
  });
});
