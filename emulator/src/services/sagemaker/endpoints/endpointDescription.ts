import type { DescribeEndpointOutput, ProductionVariantSummary } from '@aws-sdk/client-sagemaker';
import type { DeployedVariant, EndpointState } from './endpointState';

function variantSummary(variant: DeployedVariant, resolutionTime: Date): ProductionVariantSummary {
  return {
    VariantName: variant.name,
    DeployedImages: variant.images.map((image) => ({
      SpecifiedImage: image,
      ResolvedImage: image,
      ResolutionTime: resolutionTime,
    })),
    CurrentWeight: variant.currentWeight,
    DesiredWeight: variant.desiredWeight,
    CurrentInstanceCount: variant.currentInstanceCount,
    DesiredInstanceCount: variant.desiredInstanceCount,
    CurrentServerlessConfig: variant.serverless,
    DesiredServerlessConfig: variant.serverless,
    VariantStatus: variant.phases.length ? variant.phases : undefined,
  };
}

/** DescribeEndpoint's answer: the serving variants, and while updating the deployment's own. */
export function describeEndpoint(endpoint: EndpointState): DescribeEndpointOutput {
  const config = endpoint.configRequest;
  const capture = config?.DataCaptureConfig;
  const created = endpoint.creationTime;
  return {
    EndpointName: endpoint.name,
    EndpointArn: endpoint.arn,
    EndpointConfigName: endpoint.configName,
    // While creating, SageMaker already lists the variants being created.
    ProductionVariants: (endpoint.variants.length
      ? endpoint.variants
      : (endpoint.pending?.variants ?? [])
    ).map((v) => variantSummary(v, created)),
    ShadowProductionVariants: config?.ShadowProductionVariants?.map((v) => ({
      VariantName: v.VariantName,
      CurrentWeight: v.InitialVariantWeight ?? 1,
      DesiredWeight: v.InitialVariantWeight ?? 1,
      CurrentInstanceCount: v.InitialInstanceCount,
      DesiredInstanceCount: v.InitialInstanceCount,
    })),
    DataCaptureConfig: capture
      ? {
          EnableCapture: capture.EnableCapture ?? true,
          CaptureStatus: capture.EnableCapture === false ? 'Stopped' : 'Started',
          CurrentSamplingPercentage: capture.InitialSamplingPercentage,
          DestinationS3Uri: capture.DestinationS3Uri,
          KmsKeyId: capture.KmsKeyId,
        }
      : undefined,
    AsyncInferenceConfig: config?.AsyncInferenceConfig,
    EndpointStatus: endpoint.status,
    FailureReason: endpoint.failureReason,
    CreationTime: endpoint.creationTime,
    LastModifiedTime: endpoint.lastModifiedTime,
    LastDeploymentConfig: endpoint.lastDeploymentConfig,
    PendingDeploymentSummary: endpoint.pending
      ? {
          EndpointConfigName: endpoint.pending.configName,
          StartTime: endpoint.pending.startTime,
          ProductionVariants: endpoint.pending.variants.map((v) => ({
            ...variantSummary(v, endpoint.pending?.startTime ?? created),
            InstanceType: v.instanceType,
          })),
        }
      : undefined,
  };
}
