import { validationError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import { sagemakerArn } from './arn';
import type { SageMakerContext } from './index';
import { checkEnum, checkName, checkRange, paginate, requireMember, sortByCreation } from './validation';

export interface ModelRecord {
  name: string;
  arn: string;
  creationTime: Date;
  request: Record<string, any>;
}

export interface EndpointConfigRecord {
  name: string;
  arn: string;
  creationTime: Date;
  request: Record<string, any>;
}

/** Models and endpoint configs: immutable once created, as in SageMaker. */
export class HostingResources {
  readonly models = new Map<string, ModelRecord>();
  readonly configs = new Map<string, EndpointConfigRecord>();

  clear(): void {
    this.models.clear();
    this.configs.clear();
  }

  model(name: string, ctx: Pick<RequestContext, 'region' | 'accountId'>): ModelRecord {
    const model = this.models.get(name);
    if (!model) throw validationError(`Could not find model "${sagemakerArn(ctx, 'model', name)}".`);
    return model;
  }

  config(name: string): EndpointConfigRecord {
    const config = this.configs.get(name);
    if (!config) throw validationError(`Could not find endpoint configuration "${name}".`);
    return config;
  }
}

const CAPTURE_MODES = ['Input', 'Output', 'InputAndOutput'];

export function modelAndConfigOperations(sm: SageMakerContext, resources: HostingResources) {
  sm.env.onReset(() => resources.clear());
  return {
    CreateModel: (input: Record<string, any>, ctx: RequestContext) => {
      const name = checkName(input.ModelName, 'modelName');
      if (resources.models.has(name)) {
        throw validationError(`Cannot create already existing model "${sagemakerArn(ctx, 'model', name)}".`);
      }
      const containers = input.Containers ?? (input.PrimaryContainer ? [input.PrimaryContainer] : []);
      if (containers.length === 0 && !input.PrimaryContainer) {
        throw validationError('Either PrimaryContainer or Containers must be specified.');
      }
      if (containers.length > 15) throw validationError('A model can have at most 15 containers.');
      for (const container of containers) {
        if (!container.Image && !container.ModelPackageName) {
          throw validationError('Each container needs an Image or a ModelPackageName.');
        }
        checkEnum(container.Mode, 'primaryContainer.mode', ['SingleModel', 'MultiModel']);
      }
      checkEnum(input.InferenceExecutionConfig?.Mode, 'inferenceExecutionConfig.mode', ['Serial', 'Direct']);
      requireMember(input.ExecutionRoleArn, 'executionRoleArn');
      const arn = sagemakerArn(ctx, 'model', name);
      resources.models.set(name, { name, arn, creationTime: new Date(sm.env.clock.now()), request: input });
      sm.tags.set(arn, input.Tags);
      return { ModelArn: arn };
    },
    DescribeModel: (input: Record<string, any>, ctx: RequestContext) => {
      const model = resources.model(input.ModelName, ctx);
      return { ...model.request, Tags: undefined, ModelArn: model.arn, CreationTime: model.creationTime };
    },
    DeleteModel: (input: Record<string, any>, ctx: RequestContext) => {
      const model = resources.model(input.ModelName, ctx);
      resources.models.delete(model.name);
      sm.tags.forget(model.arn);
      return {};
    },
    ListModels: (input: Record<string, any>) => {
      const items = sortByCreation(
        [...resources.models.values()].filter(
          (m) => !input.NameContains || m.name.includes(input.NameContains),
        ),
        input.SortBy,
        input.SortOrder,
      );
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        Models: page.map((m) => ({ ModelName: m.name, ModelArn: m.arn, CreationTime: m.creationTime })),
        NextToken: next,
      };
    },

    CreateEndpointConfig: (input: Record<string, any>, ctx: RequestContext) => {
      const name = checkName(input.EndpointConfigName, 'endpointConfigName');
      if (resources.configs.has(name)) {
        throw validationError(
          `Cannot create already existing endpoint configuration "${sagemakerArn(ctx, 'endpoint-config', name)}".`,
        );
      }
      const variants: Array<Record<string, any>> = input.ProductionVariants ?? [];
      if (variants.length < 1 || variants.length > 10) {
        throw validationError(
          '1 validation error detected: ProductionVariants must have length between 1 and 10.',
        );
      }
      const seen = new Set<string>();
      for (const variant of variants) {
        const variantName = checkName(variant.VariantName, 'productionVariants.member.variantName');
        if (seen.has(variantName))
          throw validationError(`Variant name ${variantName} is used more than once.`);
        seen.add(variantName);
        resources.model(requireMember(variant.ModelName, 'productionVariants.member.modelName'), ctx);
        if (variant.ServerlessConfig) {
          const s = variant.ServerlessConfig;
          checkRange(
            requireMember(s.MemorySizeInMB, 'serverlessConfig.memorySizeInMB'),
            'serverlessConfig.memorySizeInMB',
            1024,
            6144,
          );
          if (s.MemorySizeInMB % 1024 !== 0) {
            throw validationError('MemorySizeInMB must be one of 1024, 2048, 3072, 4096, 5120 or 6144.');
          }
          checkRange(
            requireMember(s.MaxConcurrency, 'serverlessConfig.maxConcurrency'),
            'serverlessConfig.maxConcurrency',
            1,
            200,
          );
          checkRange(s.ProvisionedConcurrency, 'serverlessConfig.provisionedConcurrency', 1, 200);
          if (s.ProvisionedConcurrency !== undefined && s.ProvisionedConcurrency > s.MaxConcurrency) {
            throw validationError('ProvisionedConcurrency must not be greater than MaxConcurrency.');
          }
        } else {
          requireMember(variant.InstanceType, 'productionVariants.member.instanceType');
          checkRange(
            requireMember(variant.InitialInstanceCount, 'productionVariants.member.initialInstanceCount'),
            'productionVariants.member.initialInstanceCount',
            1,
            1000,
          );
        }
        checkRange(variant.InitialVariantWeight, 'productionVariants.member.initialVariantWeight', 0, 1e9);
        checkRange(
          variant.ContainerStartupHealthCheckTimeoutInSeconds,
          'containerStartupHealthCheckTimeoutInSeconds',
          60,
          3600,
        );
      }
      if (input.DataCaptureConfig) {
        const capture = input.DataCaptureConfig;
        checkRange(
          requireMember(capture.InitialSamplingPercentage, 'dataCaptureConfig.initialSamplingPercentage'),
          'dataCaptureConfig.initialSamplingPercentage',
          0,
          100,
        );
        requireMember(capture.DestinationS3Uri, 'dataCaptureConfig.destinationS3Uri');
        for (const option of capture.CaptureOptions ?? [])
          checkEnum(option.CaptureMode, 'captureOptions.member.captureMode', CAPTURE_MODES);
      }
      if (input.AsyncInferenceConfig) {
        requireMember(
          input.AsyncInferenceConfig.OutputConfig?.S3OutputPath,
          'asyncInferenceConfig.outputConfig.s3OutputPath',
        );
        checkRange(
          input.AsyncInferenceConfig.ClientConfig?.MaxConcurrentInvocationsPerInstance,
          'clientConfig.maxConcurrentInvocationsPerInstance',
          1,
          1000,
        );
      }
      const arn = sagemakerArn(ctx, 'endpoint-config', name);
      resources.configs.set(name, { name, arn, creationTime: new Date(sm.env.clock.now()), request: input });
      sm.tags.set(arn, input.Tags);
      return { EndpointConfigArn: arn };
    },
    DescribeEndpointConfig: (input: Record<string, any>) => {
      const config = resources.config(input.EndpointConfigName);
      return {
        ...config.request,
        Tags: undefined,
        EndpointConfigArn: config.arn,
        CreationTime: config.creationTime,
      };
    },
    DeleteEndpointConfig: (input: Record<string, any>) => {
      const config = resources.config(input.EndpointConfigName);
      resources.configs.delete(config.name);
      sm.tags.forget(config.arn);
      return {};
    },
    ListEndpointConfigs: (input: Record<string, any>) => {
      const after = input.CreationTimeAfter ? Number(input.CreationTimeAfter) * 1000 : undefined;
      const before = input.CreationTimeBefore ? Number(input.CreationTimeBefore) * 1000 : undefined;
      const items = sortByCreation(
        [...resources.configs.values()].filter(
          (c) =>
            (!input.NameContains || c.name.includes(input.NameContains)) &&
            (after === undefined || c.creationTime.getTime() > after) &&
            (before === undefined || c.creationTime.getTime() < before),
        ),
        input.SortBy,
        input.SortOrder,
      );
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
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
