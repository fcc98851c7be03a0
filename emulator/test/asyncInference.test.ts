import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { InvokeEndpointAsyncCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import { createChurnEndpoint, installChurnModel } from '../src/testing/churnModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ timing: { provisioningMs: 50 } });
});
afterAll(async () => {
  await emulator.stop();
});

describe('asynchronous inference', () => {
  it('reads the input from S3, answers 202 at once and writes the result to the output path', async () => {
    const modelData = await installChurnModel(emulator, 'async-models');
    const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
    await createChurnEndpoint(emulator, {
      name: 'async',
      modelData,
      asyncOutput: { S3OutputPath: 's3://async-models/out/', S3FailurePath: 's3://async-models/failed/' },
    });
    await s3.send(
      new PutObjectCommand({
        Bucket: 'async-models',
        Key: 'in/request.json',
        Body: '{"instances":[[0.9,0.1,0.5]]}',
        ContentType: 'application/json',
      }),
    );

    const runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
    const accepted = await runtime.send(
      new InvokeEndpointAsyncCommand({
        EndpointName: 'async',
        InputLocation: 's3://async-models/in/request.json',
        ContentType: 'application/json',
      }),
    );
    expect(accepted.OutputLocation).toMatch(/^s3:\/\/async-models\/out\/.+\.out$/);
    const key = (accepted.OutputLocation as string).replace('s3://async-models/', '');
    const body = await pollUntil(async () => {
      const object = await s3
        .send(new GetObjectCommand({ Bucket: 'async-models', Key: key }))
        .catch(() => undefined);
      return object ? object.Body?.transformToString() : undefined;
    });
    expect(JSON.parse(body as string)).toEqual({ predictions: [expect.any(Number)] });
  });
});
