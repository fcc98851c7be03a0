import type {
  CreateEndpointConfigInput,
  CreateModelInput,
  DescribeEndpointConfigCommandOutput,
  DescribeModelPackageCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { ModelshipError } from '@modelship/shared';

export interface PackageModelSettings {
  model: Omit<CreateModelInput, 'ModelName' | 'Tags'>;
  /** The serving config's settings with the package's model; ModelName is filled in once named. */
  config: (modelName: string) => Omit<CreateEndpointConfigInput, 'EndpointConfigName' | 'Tags'>;
}

/**
 * The model and endpoint config that serve a registry version on this endpoint: the package's
 * containers, on the serving config's variant (same name, instances and serverless settings), because
 * SageMaker's guardrails need the variant name unchanged and a rollback should not resize the fleet.
 */
export function packageModelSettings(
  pkg: Pick<DescribeModelPackageCommandOutput, 'ModelPackageArn' | 'InferenceSpecification'>,
  servingConfig: Omit<DescribeEndpointConfigCommandOutput, '$metadata'>,
  executionRoleArn: string,
): PackageModelSettings {
  const containers = (pkg.InferenceSpecification?.Containers ?? []).map((c) => ({
    Image: c.Image,
    ModelDataUrl: c.ModelDataUrl,
    Environment: c.Environment,
  }));
  if (containers.length === 0) {
    throw new ModelshipError(
      `Model package ${pkg.ModelPackageArn} has no containers in its InferenceSpecification, so it cannot be deployed; nothing changed.`,
      'Roll back to a named endpoint config instead (to: <config name>).',
    );
  }
  const variants = servingConfig.ProductionVariants ?? [];
  const [variant] = variants;
  if (!variant || variants.length > 1) {
    throw new ModelshipError(
      `Endpoint config ${servingConfig.EndpointConfigName} has ${variants.length} variants; to: last-approved rebuilds single-variant endpoints only, so nothing changed.`,
      'Roll back to a named endpoint config instead (to: <config name>).',
    );
  }
  return {
    model: {
      ExecutionRoleArn: executionRoleArn,
      ...(containers.length > 1
        ? { Containers: containers, InferenceExecutionConfig: { Mode: 'Serial' } }
        : { PrimaryContainer: containers[0] }),
    },
    config: (modelName) => ({
      ProductionVariants: [
        {
          VariantName: variant.VariantName,
          ModelName: modelName,
          InstanceType: variant.InstanceType,
          InitialInstanceCount: variant.InitialInstanceCount,
          InitialVariantWeight: variant.InitialVariantWeight,
          ServerlessConfig: variant.ServerlessConfig,
          ContainerStartupHealthCheckTimeoutInSeconds: variant.ContainerStartupHealthCheckTimeoutInSeconds,
        },
      ],
      DataCaptureConfig: servingConfig.DataCaptureConfig,
      AsyncInferenceConfig: servingConfig.AsyncInferenceConfig,
      KmsKeyId: servingConfig.KmsKeyId,
    }),
  };
}
