import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  type DescribeEndpointCommandOutput,
  type ProductionVariant,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { pollUntil } from '../src/testing/pollUntil';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/sagemaker-execution';
export const MODEL_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-model:v1';

/** A model and an endpoint config of the same name, one variant per entry of `variants`. */
export async function createModelAndConfig(
  sagemaker: SageMakerClient,
  name: string,
  variants: Array<Partial<ProductionVariant>> = [{}],
  environment: Record<string, string> = {},
  image = MODEL_IMAGE,
): Promise<void> {
  await sagemaker.send(
    new CreateModelCommand({
      ModelName: name,
      ExecutionRoleArn: ROLE_ARN,
      PrimaryContainer: {
        Image: image,
        ModelDataUrl: 's3://models/churn/model.tar.gz',
        Environment: environment,
      },
    }),
  );
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: variants.map((v) => ({
        VariantName: 'AllTraffic',
        ModelName: name,
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: 2,
        ...v,
      })),
    }),
  );
}

export const describeEndpoint = (sagemaker: SageMakerClient, name: string) =>
  sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));

/** Polls DescribeEndpoint until the endpoint has settled (InService or Failed). */
export function settledEndpoint(
  sagemaker: SageMakerClient,
  name: string,
): Promise<DescribeEndpointCommandOutput> {
  return pollUntil(
    async () => {
      const endpoint = await describeEndpoint(sagemaker, name);
      return endpoint.EndpointStatus === 'InService' || endpoint.EndpointStatus === 'Failed'
        ? endpoint
        : undefined;
    },
    20_000,
    `endpoint ${name} to be InService or Failed`,
  );
}

export async function createEndpointInService(
  sagemaker: SageMakerClient,
  name: string,
  configName = name,
): Promise<DescribeEndpointCommandOutput> {
  await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: configName }));
  return settledEndpoint(sagemaker, name);
}
