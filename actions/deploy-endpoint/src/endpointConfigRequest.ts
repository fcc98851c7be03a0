import type { CreateEndpointConfigCommandInput, ProductionVariant } from '@aws-sdk/client-sagemaker';
import type { DeployInputs } from './deployRequest';

/** The endpoint config's settings, without name and tags: also what its deterministic name hashes. */
export function endpointConfigSettings(
  inputs: DeployInputs,
  modelName: string,
): Omit<CreateEndpointConfigCommandInput, 'EndpointConfigName'> {
  const variant: ProductionVariant = { VariantName: inputs['variant-name'], ModelName: modelName };
  if (inputs['endpoint-type'] === 'serverless') {
    variant.ServerlessConfig = {
      MemorySizeInMB: inputs['serverless-memory-mb'],
      MaxConcurrency: inputs['serverless-max-concurrency'],
      ProvisionedConcurrency: inputs['serverless-provisioned-concurrency'],
    };
  } else {
    variant.InstanceType = inputs['instance-type'] as ProductionVariant['InstanceType'];
    variant.InitialInstanceCount = inputs['instance-count'];
    variant.InitialVariantWeight = 1;
  }
  const settings: Omit<CreateEndpointConfigCommandInput, 'EndpointConfigName'> = {
    ProductionVariants: [variant],
  };
  if (inputs['endpoint-type'] === 'async') {
    settings.AsyncInferenceConfig = {
      OutputConfig: {
        S3OutputPath: inputs['async-output-path'],
        S3FailurePath: inputs['async-failure-path'],
      },
      ClientConfig: inputs['async-max-concurrent-invocations']
        ? { MaxConcurrentInvocationsPerInstance: inputs['async-max-concurrent-invocations'] }
        : undefined,
    };
  }
  if (inputs['data-capture-percent'] !== undefined && inputs['data-capture-s3-uri']) {
    settings.DataCaptureConfig = {
      EnableCapture: true,
      InitialSamplingPercentage: inputs['data-capture-percent'],
      DestinationS3Uri: inputs['data-capture-s3-uri'],
      CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
    };
  }
  return settings;
}
