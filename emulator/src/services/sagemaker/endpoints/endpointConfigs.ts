import type {
  CreateEndpointConfigInput,
  CreateEndpointConfigOutput,
  DeleteEndpointConfigInput,
  DescribeEndpointConfigInput,
  DescribeEndpointConfigOutput,
  ListEndpointConfigsInput,
  ListEndpointConfigsOutput,
  ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../../protocol/awsError';
import type { OperationHandler, RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import { listHostingResources } from '../hostingListing';
import type { HostingStore } from '../hostingStore';
import { validateCreateEndpointConfig } from '../hostingValidation';
import { requireMember } from '../validation';
import type { SageMakerContext } from '../index';

/** What DescribeEndpointConfig adds to a variant as stored: SageMaker's defaults. */
const describeVariant = (variant: ProductionVariant): ProductionVariant => ({
  ...variant,
  InitialVariantWeight: variant.InitialVariantWeight ?? 1,
});

/** CreateEndpointConfig, DescribeEndpointConfig, DeleteEndpointConfig, ListEndpointConfigs. */
export function endpointConfigOperations(
  sm: SageMakerContext,
  store: HostingStore,
): Record<string, OperationHandler> {
  return {
    CreateEndpointConfig: (
      input: CreateEndpointConfigInput,
      ctx: RequestContext,
    ): CreateEndpointConfigOutput => {
      validateCreateEndpointConfig(input, store, ctx);
      const name = requireMember(input.EndpointConfigName, 'endpointConfigName');
      const arn = sagemakerArn(ctx, 'endpoint-config', name);
      if (store.configs.has(name)) {
        throw validationError(`Cannot create already existing endpoint configuration "${arn}".`);
      }
      sm.tags.set(arn, input.Tags);
      store.configs.set(name, { name, arn, creationTime: new Date(sm.env.clock.now()), request: input });
      return { EndpointConfigArn: arn };
    },

    DescribeEndpointConfig: (input: DescribeEndpointConfigInput): DescribeEndpointConfigOutput => {
      const config = store.config(input.EndpointConfigName);
      const { Tags: _tags, ...request } = config.request;
      return {
        ...request,
        ProductionVariants: request.ProductionVariants.map(describeVariant),
        ShadowProductionVariants: request.ShadowProductionVariants?.map(describeVariant),
        DataCaptureConfig: request.DataCaptureConfig
          ? { EnableCapture: true, ...request.DataCaptureConfig }
          : undefined,
        EndpointConfigArn: config.arn,
        CreationTime: config.creationTime,
      };
    },

    // SageMaker lets a config in use by an endpoint be deleted; the endpoint keeps running on it.
    DeleteEndpointConfig: (input: DeleteEndpointConfigInput): Record<string, never> => {
      const config = store.config(input.EndpointConfigName);
      store.configs.delete(config.name);
      sm.tags.forget(config.arn);
      return {};
    },

    ListEndpointConfigs: (input: ListEndpointConfigsInput): ListEndpointConfigsOutput => {
      const records = [...store.configs.values()];
      const { page, next } = listHostingResources(records, input, ['Name', 'CreationTime']);
      return {
        EndpointConfigs: page.map((c) => ({
          EndpointConfigName: c.name,
          EndpointConfigArn: c.arn,
          CreationTime: c.creationTime,
        })),
        NextToken: next,
      };
    },
  };
}
