import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointAsyncCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import { CHURN_IMAGE, installChurnModel } from './churnModelFixture';
import { pollUntil } from './pollUntil';
import { sdkClientConfig } from './sdkClientConfig';

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
    const sagemaker = new SageMakerClient(sdkClientConfig(emulator));
    const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
    await sagemaker.send(
      new CreateModelCommand({
        ModelName: 'async',
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
        PrimaryContainer: { Image: CHURN_IMAGE, ModelDataUrl: modelData },
      }),
    );
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'async',
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: 'async',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
          },
        ],
        AsyncInferenceConfig: {
          OutputConfig: {
            S3OutputPath: 's3://async-models/out/',
            S3FailurePath: 's3://async-models/failed/',
          },
        },
      }),
    );
    await sagemaker.send(new CreateEndpointCommand({ EndpointName: 'async', EndpointConfigName: 'async' }));
    await pollUntil(async () =>
      (await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'async' }))).EndpointStatus ===
      'InService'
        ? true
        : undefined,
    );
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
