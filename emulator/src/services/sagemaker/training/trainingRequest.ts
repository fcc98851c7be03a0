import type {
  AlgorithmSpecification,
  Channel,
  CreateTrainingJobRequest,
  ResourceConfig,
  StoppingCondition,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import { checkEnum, checkName, checkRange, constraints, requireMember } from '../validation';
import type { TrainingRunSpec } from './trainingRun';

const INPUT_MODES = ['File', 'Pipe', 'FastFile'];
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]+$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const S3_URI = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
const ENV_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DEFAULT_MAX_RUNTIME_S = 86_400;
const MAX_RUNTIME_LIMIT_S = 28 * 86_400;

const constraint = constraints.violation;
const checkPattern = constraints.pattern;
const checkLength = constraints.length;
const checkCount = constraints.count;

function checkStringMap(
  map: unknown,
  member: string,
  limits: { entries: number; key: number; value: number; keyPattern?: RegExp },
): Record<string, string> {
  if (map === undefined) return {};
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw constraint(map, member, 'Member must be a map of strings to strings');
  }
  const entries = Object.entries(map as Record<string, unknown>);
  if (entries.length > limits.entries) {
    throw constraint(map, member, `Map must have length less than or equal to ${limits.entries}`);
  }
  for (const [key, value] of entries) {
    if (typeof value !== 'string') {
      throw constraint(
        value,
        `${member}.${key}`,
        `Member must be a string (SageMaker takes every ${member} value as a string, e.g. "${String(value)}")`,
      );
    }
    if (key.length < 1 || key.length > limits.key || (limits.keyPattern && !limits.keyPattern.test(key))) {
      throw constraint(
        key,
        `${member}`,
        `Map keys must satisfy constraint: [Member must have length less than or equal to ${limits.key}${limits.keyPattern ? `, Member must satisfy regular expression pattern: ${limits.keyPattern.source}` : ''}]`,
      );
    }
    if (value.length > limits.value) {
      throw constraint(
        value,
        `${member}.${key}`,
        `Member must have length less than or equal to ${limits.value}`,
      );
    }
  }
  return map as Record<string, string>;
}

function compileMetricDefinitions(definitions: unknown): Array<{ name: string; regex: RegExp }> {
  return checkCount(definitions, 'algorithmSpecification.metricDefinitions', 0, 40).map((entry, index) => {
    const definition = entry as { Name?: unknown; Regex?: unknown };
    const member = `algorithmSpecification.metricDefinitions.${index + 1}.member`;
    requireMember(definition.Name, `${member}.name`);
    requireMember(definition.Regex, `${member}.regex`);
    checkLength(definition.Name, `${member}.name`, 1, 255);
    checkLength(definition.Regex, `${member}.regex`, 1, 500);
    try {
      return { name: definition.Name as string, regex: new RegExp(definition.Regex as string) };
    } catch (err) {
      throw validationError(
        `Invalid regular expression "${String(definition.Regex)}" for metric "${String(definition.Name)}": ${(err as Error).message}`,
      );
    }
  });
}

type RunChannel = TrainingRunSpec['channels'][number];

/** The training image (a local command once bound) and how metrics are read from its log. */
function checkAlgorithm(input: CreateTrainingJobRequest) {
  const algorithm: AlgorithmSpecification = requireMember(
    input.AlgorithmSpecification,
    'algorithmSpecification',
  );
  if (!algorithm.TrainingImage && !algorithm.AlgorithmName) {
    throw validationError(
      'Either TrainingImage or AlgorithmName must be specified in AlgorithmSpecification.',
    );
  }
  if (!algorithm.TrainingImage) {
    throw validationError(
      `Algorithm "${String(algorithm.AlgorithmName)}" cannot be used in the modelship emulator: give AlgorithmSpecification.TrainingImage, bound to a local command.`,
    );
  }
  requireMember(algorithm.TrainingInputMode, 'algorithmSpecification.trainingInputMode');
  checkEnum(algorithm.TrainingInputMode, 'algorithmSpecification.trainingInputMode', INPUT_MODES);
  const metricDefinitions = compileMetricDefinitions(algorithm.MetricDefinitions);
  return {
    specification: algorithm,
    image: algorithm.TrainingImage,
    inputMode: algorithm.TrainingInputMode as string,
    metricDefinitions,
  };
}

function checkChannel(channel: Channel, index: number, defaultInputMode: string): RunChannel {
  const member = `inputDataConfig.${index + 1}.member`;
  const channelName = checkPattern(
    channel.ChannelName,
    `${member}.channelName`,
    CHANNEL_NAME,
    '[A-Za-z0-9\\.\\-_]+',
  );
  checkLength(channelName, `${member}.channelName`, 1, 64);
  const source = requireMember(channel.DataSource, `${member}.dataSource`);
  if (!source.S3DataSource) {
    throw validationError(
      `Channel "${channelName}": only S3DataSource is supported by the modelship emulator (FileSystemDataSource is not).`,
    );
  }
  const s3 = source.S3DataSource;
  const s3Member = `${member}.dataSource.s3DataSource`;
  requireMember(s3.S3DataType, `${s3Member}.s3DataType`);
  checkEnum(s3.S3DataType, `${s3Member}.s3DataType`, [
    'ManifestFile',
    'S3Prefix',
    'AugmentedManifestFile',
    'Converse',
  ]);
  const s3Uri = checkPattern(s3.S3Uri, `${s3Member}.s3Uri`, S3_URI, '^(https|s3)://([^/]+)/?(.*)$');
  checkEnum(s3.S3DataDistributionType, `${s3Member}.s3DataDistributionType`, [
    'FullyReplicated',
    'ShardedByS3Key',
  ]);
  checkEnum(channel.InputMode, `${member}.inputMode`, INPUT_MODES);
  checkEnum(channel.CompressionType, `${member}.compressionType`, ['None', 'Gzip']);
  checkEnum(channel.RecordWrapperType, `${member}.recordWrapperType`, ['None', 'RecordIO']);
  return {
    name: channelName,
    s3Uri,
    s3DataType: s3.S3DataType as string,
    contentType: channel.ContentType as string | undefined,
    distribution: (s3.S3DataDistributionType as string | undefined) ?? 'FullyReplicated',
    inputMode: (channel.InputMode as string | undefined) ?? defaultInputMode,
  };
}

function checkChannels(input: CreateTrainingJobRequest, defaultInputMode: string): RunChannel[] {
  const channels = checkCount(input.InputDataConfig, 'inputDataConfig', 1, 20).map((channel, index) =>
    checkChannel(channel, index, defaultInputMode),
  );
  const seen = new Set<string>();
  for (const channel of channels) {
    if (seen.has(channel.name))
      throw validationError(`Channel names must be unique: "${channel.name}" is repeated.`);
    seen.add(channel.name);
  }
  return channels;
}

/** The stopping condition with its default run time; MaxWaitTimeInSeconds only for spot training. */
function checkStopping(input: CreateTrainingJobRequest): StoppingCondition & { MaxRuntimeInSeconds: number } {
  const stopping: StoppingCondition = input.StoppingCondition ?? {};
  checkRange(stopping.MaxRuntimeInSeconds, 'stoppingCondition.maxRuntimeInSeconds', 1, MAX_RUNTIME_LIMIT_S);
  checkRange(stopping.MaxPendingTimeInSeconds, 'stoppingCondition.maxPendingTimeInSeconds', 1800, 2_419_200);
  const maxRuntime = (stopping.MaxRuntimeInSeconds as number | undefined) ?? DEFAULT_MAX_RUNTIME_S;
  if (stopping.MaxWaitTimeInSeconds !== undefined) {
    if (!input.EnableManagedSpotTraining) {
      throw validationError('MaxWaitTimeInSeconds can be set only for managed spot training jobs.');
    }
    if (stopping.MaxWaitTimeInSeconds < maxRuntime) {
      throw validationError(
        `Invalid MaxWaitTimeInSeconds. It must be present and be greater than or equal to MaxRuntimeInSeconds.`,
      );
    }
  }
  return { ...stopping, MaxRuntimeInSeconds: maxRuntime };
}

/** Validates a CreateTrainingJob request as the service does and derives what the run needs. */
export function validateCreate(input: CreateTrainingJobRequest, ctx: RequestContext) {
  const name = checkName(input.TrainingJobName, 'trainingJobName');
  const roleArn = checkPattern(
    input.RoleArn,
    'roleArn',
    ROLE_ARN,
    '^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$',
  );
  const output = requireMember(input.OutputDataConfig, 'outputDataConfig');
  const s3OutputPath = checkPattern(
    output.S3OutputPath,
    'outputDataConfig.s3OutputPath',
    S3_URI,
    '^(https|s3)://([^/]+)/?(.*)$',
  );
  checkEnum(output.CompressionType, 'outputDataConfig.compressionType', ['GZIP', 'NONE']);
  const algorithm = checkAlgorithm(input);
  const channels = checkChannels(input, algorithm.inputMode);
  const resources: ResourceConfig = input.ResourceConfig ?? {};
  checkRange(resources.InstanceCount, 'resourceConfig.instanceCount', 0, Number.MAX_SAFE_INTEGER);
  checkRange(resources.VolumeSizeInGB, 'resourceConfig.volumeSizeInGB', 0, Number.MAX_SAFE_INTEGER);
  const stoppingCondition = checkStopping(input);
  const hyperParameters = checkStringMap(input.HyperParameters, 'hyperParameters', {
    entries: 100,
    key: 256,
    value: 2500,
  });
  const environment = checkStringMap(input.Environment, 'environment', {
    entries: 100,
    key: 512,
    value: 512,
    keyPattern: ENV_KEY,
  });
  checkCount(input.Tags, 'tags', 0, 50);
  const arn = sagemakerArn(ctx, 'training-job', name);
  const spec: TrainingRunSpec = {
    jobName: name,
    jobArn: arn,
    roleArn,
    image: algorithm.image,
    hyperParameters,
    channels,
    instanceType: (resources.InstanceType as string | undefined) ?? 'ml.m5.large',
    environment,
    s3OutputPath,
    compression: output.CompressionType === 'NONE' ? 'NONE' : 'GZIP',
  };
  // The request as accepted: what DescribeTrainingJob shows, with the members it requires present.
  const request = {
    ...input,
    AlgorithmSpecification: algorithm.specification,
    StoppingCondition: stoppingCondition,
  };
  return { name, arn, spec, request, metricDefinitions: algorithm.metricDefinitions };
}
