import type {
  CaptureOption,
  ContainerDefinition,
  CreateEndpointConfigInput,
  CreateModelInput,
  ProductionVariant,
  ProductionVariantServerlessConfig,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import type { HostingStore } from './hostingStore';
import type { ValidEndpointConfigInput } from './validHostingRequests';
import { checkEnum, checkName, checkRange, constraints, requireMember } from './validation';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const MODEL_DATA_URL = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
const ENVIRONMENT_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const CAPTURE_MODES = ['Input', 'Output', 'InputAndOutput'];

/** AWS's wording for a list outside its length bounds. */
function checkLength(list: unknown[] | undefined, member: string, min: number, max: number): void {
  constraints.count(list, member, min, max);
}

function checkContainer(container: ContainerDefinition, member: string): void {
  if (!container.Image && !container.ModelPackageName) {
    throw validationError(`${member}: a container needs an Image or a ModelPackageName.`);
  }
  if (container.ModelDataUrl !== undefined)
    constraints.pattern(
      container.ModelDataUrl,
      `${member}.modelDataUrl`,
      MODEL_DATA_URL,
      '^(https|s3)://([^/]+)/?(.*)$',
    );
  if (container.ContainerHostname !== undefined)
    checkName(container.ContainerHostname, `${member}.containerHostname`);
  checkEnum(container.Mode, `${member}.mode`, ['SingleModel', 'MultiModel']);
  const environment: Record<string, unknown> = container.Environment ?? {};
  if (Object.keys(environment).length > 100) {
    throw validationError(`${member}.environment: a container can have at most 100 environment variables.`);
  }
  for (const [key, value] of Object.entries(environment)) {
    if (!ENVIRONMENT_KEY.test(key) || key.length > 1024) {
      throw constraints.violation(
        key,
        `${member}.environment`,
        'Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z_][a-zA-Z0-9_]*]',
      );
    }
    if (typeof value !== 'string' || value.length > 1024) {
      throw validationError(
        `${member}.environment: the value of ${key} must be a string of at most 1024 characters.`,
      );
    }
  }
}

/** CreateModel as SageMaker validates it: containers, execution mode, role, VPC. */
export function validateCreateModel(input: CreateModelInput): { containers: ContainerDefinition[] } {
  checkName(input.ModelName, 'modelName');
  if (input.PrimaryContainer && input.Containers) {
    throw validationError('Specify either PrimaryContainer or Containers, not both.');
  }
  const containers: ContainerDefinition[] =
    input.Containers ?? (input.PrimaryContainer ? [input.PrimaryContainer] : []);
  if (containers.length === 0)
    throw validationError('Either PrimaryContainer or Containers must be specified.');
  checkLength(input.Containers, 'containers', 1, 15);
  containers.forEach((c, i) =>
    checkContainer(c, input.Containers ? `containers.${i + 1}.member` : 'primaryContainer'),
  );
  const mode = input.InferenceExecutionConfig?.Mode;
  if (input.InferenceExecutionConfig) {
    checkEnum(requireMember(mode, 'inferenceExecutionConfig.mode'), 'inferenceExecutionConfig.mode', [
      'Serial',
      'Direct',
    ]);
  }
  if (mode === 'Direct') {
    const hostnames = containers.map((c) => c.ContainerHostname);
    if (hostnames.some((h) => !h) || new Set(hostnames).size !== hostnames.length) {
      throw validationError('Direct inference needs a unique ContainerHostname for every container.');
    }
  }
  constraints.pattern(
    input.ExecutionRoleArn,
    'executionRoleArn',
    ROLE_ARN,
    '^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$',
  );
  if (input.VpcConfig) {
    checkLength(
      requireMember(input.VpcConfig.SecurityGroupIds, 'vpcConfig.securityGroupIds'),
      'vpcConfig.securityGroupIds',
      1,
      5,
    );
    checkLength(requireMember(input.VpcConfig.Subnets, 'vpcConfig.subnets'), 'vpcConfig.subnets', 1, 16);
  }
  return { containers };
}

function checkServerless(serverless: ProductionVariantServerlessConfig, member: string): void {
  const memory = requireMember(serverless.MemorySizeInMB, `${member}.memorySizeInMB`);
  checkRange(memory, `${member}.memorySizeInMB`, 1024, 6144);
  if (memory % 1024 !== 0) {
    throw validationError(
      `Invalid MemorySizeInMB ${memory} for ServerlessConfig: use one of 1024, 2048, 3072, 4096, 5120 or 6144.`,
    );
  }
  const max = requireMember(serverless.MaxConcurrency, `${member}.maxConcurrency`);
  checkRange(max, `${member}.maxConcurrency`, 1, 200);
  checkRange(serverless.ProvisionedConcurrency, `${member}.provisionedConcurrency`, 1, 200);
  if (serverless.ProvisionedConcurrency !== undefined && serverless.ProvisionedConcurrency > max) {
    throw validationError(
      `ProvisionedConcurrency (${serverless.ProvisionedConcurrency}) must be less than or equal to MaxConcurrency (${max}).`,
    );
  }
}

function checkVariants(
  variants: ProductionVariant[],
  member: string,
  store: HostingStore,
  ctx: Pick<RequestContext, 'region' | 'accountId'>,
): void {
  const seen = new Set<string>();
  variants.forEach((variant, i) => {
    const at = `${member}.${i + 1}.member`;
    const name = checkName(variant.VariantName, `${at}.variantName`);
    if (seen.has(name)) throw validationError(`Variant name "${name}" is used more than once.`);
    seen.add(name);
    store.model(checkName(variant.ModelName, `${at}.modelName`), ctx);
    checkRange(variant.InitialVariantWeight, `${at}.initialVariantWeight`, 0, Number.MAX_VALUE);
    checkRange(
      variant.ContainerStartupHealthCheckTimeoutInSeconds,
      `${at}.containerStartupHealthCheckTimeoutInSeconds`,
      60,
      3600,
    );
    checkRange(
      variant.ModelDataDownloadTimeoutInSeconds,
      `${at}.modelDataDownloadTimeoutInSeconds`,
      60,
      3600,
    );
    if (variant.ServerlessConfig) {
      if (variant.InstanceType || variant.InitialInstanceCount !== undefined) {
        throw validationError(
          `Variant "${name}" has a ServerlessConfig, so it cannot also have InstanceType or InitialInstanceCount.`,
        );
      }
      checkServerless(variant.ServerlessConfig, `${at}.serverlessConfig`);
      return;
    }
    const instanceType = requireMember(variant.InstanceType, `${at}.instanceType`);
    if (!/^ml\.[a-z0-9]+\.[a-z0-9]+$/.test(instanceType)) {
      throw constraints.violation(
        instanceType,
        `${at}.instanceType`,
        'Member must satisfy enum value set of ml.* instance types',
      );
    }
    const count = requireMember(variant.InitialInstanceCount, `${at}.initialInstanceCount`);
    if (!Number.isInteger(count))
      throw validationError(`InitialInstanceCount must be an integer, got ${count}.`);
    checkRange(count, `${at}.initialInstanceCount`, 1, Number.MAX_SAFE_INTEGER);
  });
}

/** CreateEndpointConfig as SageMaker validates it, including that every variant's model exists. */
export function validateCreateEndpointConfig(
  input: CreateEndpointConfigInput,
  store: HostingStore,
  ctx: Pick<RequestContext, 'region' | 'accountId'>,
): asserts input is ValidEndpointConfigInput {
  checkName(input.EndpointConfigName, 'endpointConfigName');
  const variants: ProductionVariant[] = requireMember(input.ProductionVariants, 'productionVariants');
  checkLength(variants, 'productionVariants', 1, 10);
  checkVariants(variants, 'productionVariants', store, ctx);
  const shadows: ProductionVariant[] | undefined = input.ShadowProductionVariants;
  if (shadows) {
    checkLength(shadows, 'shadowProductionVariants', 1, 10);
    if (variants.length !== 1 || shadows.length !== 1) {
      throw validationError(
        'An endpoint configuration with shadow variants must have exactly one production variant and one shadow variant.',
      );
    }
    checkVariants(shadows, 'shadowProductionVariants', store, ctx);
    if (variants.some((v) => shadows.some((s) => s.VariantName === v.VariantName))) {
      throw validationError('A shadow variant must not have the name of a production variant.');
    }
  }
  const capture = input.DataCaptureConfig;
  if (capture) {
    const percentage = requireMember(
      capture.InitialSamplingPercentage,
      'dataCaptureConfig.initialSamplingPercentage',
    );
    checkRange(percentage, 'dataCaptureConfig.initialSamplingPercentage', 0, 100);
    const destination = requireMember(capture.DestinationS3Uri, 'dataCaptureConfig.destinationS3Uri');
    if (!/^(https|s3):\/\//.test(destination)) {
      throw validationError(`DestinationS3Uri must be an s3:// or https:// URI, got "${destination}".`);
    }
    const options: CaptureOption[] = requireMember(
      capture.CaptureOptions,
      'dataCaptureConfig.captureOptions',
    );
    checkLength(options, 'dataCaptureConfig.captureOptions', 1, 2);
    for (const option of options)
      checkEnum(
        requireMember(option.CaptureMode, 'captureOptions.member.captureMode'),
        'captureOptions.member.captureMode',
        CAPTURE_MODES,
      );
  }
  const asyncConfig = input.AsyncInferenceConfig;
  if (asyncConfig) {
    const output = requireMember(asyncConfig.OutputConfig, 'asyncInferenceConfig.outputConfig');
    if (!output.S3OutputPath && !output.S3FailurePath) {
      requireMember(output.S3OutputPath, 'asyncInferenceConfig.outputConfig.s3OutputPath');
    }
    checkRange(
      asyncConfig.ClientConfig?.MaxConcurrentInvocationsPerInstance,
      'asyncInferenceConfig.clientConfig.maxConcurrentInvocationsPerInstance',
      1,
      1000,
    );
    if (variants.some((v) => v.ServerlessConfig)) {
      throw validationError('Serverless variants do not support AsyncInferenceConfig.');
    }
  }
}
