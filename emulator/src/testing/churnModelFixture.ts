import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import * as tar from 'tar';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  type DescribeEndpointCommandOutput,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { RunningEmulator } from '../emulator';
import { pollUntil } from './pollUntil';
import { sdkClientConfig } from './sdkClientConfig';

export const churnModelDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../examples/churn-model',
);
export const CHURN_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-model:v1';

/** Binds the example churn model's image and uploads a trained model archive to the emulator's S3. */
export async function installChurnModel(emulator: RunningEmulator, bucket = 'models'): Promise<string> {
  emulator.images.bind('churn-model', { entrypoint: ['python3', 'model.py'], cwd: churnModelDir });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'churn-'));
  await writeFile(path.join(dir, 'model.json'), JSON.stringify({ weights: [-3, 2.5, -1], bias: 0.3 }));
  const archive = path.join(dir, 'model.tar.gz');
  await tar.c({ gzip: true, cwd: dir, file: archive }, ['model.json']);
  const s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: 'churn/model.tar.gz', Body: await readFile(archive) }),
  );
  return `s3://${bucket}/churn/model.tar.gz`;
}

/**
 * Creates a model, an endpoint config and an endpoint of the churn model under one name, and waits
 * until the endpoint is InService or Failed.
 */
export async function createChurnEndpoint(
  emulator: RunningEmulator,
  options: {
    name: string;
    modelData: string;
    variants?: Array<{ name: string; count: number }>;
    asyncOutput?: { S3OutputPath: string; S3FailurePath?: string };
  },
): Promise<DescribeEndpointCommandOutput> {
  const { name } = options;
  const sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: name,
      ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
      PrimaryContainer: { Image: CHURN_IMAGE, ModelDataUrl: options.modelData },
    }),
  );
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: (options.variants ?? [{ name: 'AllTraffic', count: 1 }]).map((v) => ({
        VariantName: v.name,
        ModelName: name,
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: v.count,
      })),
      AsyncInferenceConfig: options.asyncOutput ? { OutputConfig: options.asyncOutput } : undefined,
    }),
  );
  await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name }));
  return pollUntil(async () => {
    const ep = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));
    return ep.EndpointStatus === 'InService' || ep.EndpointStatus === 'Failed' ? ep : undefined;
  });
}
