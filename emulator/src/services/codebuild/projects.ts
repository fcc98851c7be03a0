import type {
  CreateProjectInput,
  LogsConfig,
  LogsConfigStatusType,
  ProjectArtifacts,
  ProjectEnvironment,
  UpdateProjectInput,
} from '@aws-sdk/client-codebuild';
import type { RequestContext } from '../../protocol/types';
import { checkEnum, checkPattern, checkRange, checkString, invalidInput, requireMember } from './validation';

export const SOURCE_TYPES = [
  'BITBUCKET',
  'CODECOMMIT',
  'CODEPIPELINE',
  'GITHUB',
  'GITHUB_ENTERPRISE',
  'GITLAB',
  'GITLAB_SELF_MANAGED',
  'NO_SOURCE',
  'S3',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
const ARTIFACTS_TYPES = ['CODEPIPELINE', 'NO_ARTIFACTS', 'S3'] as const;
const ENVIRONMENT_TYPES = [
  'ARM_CONTAINER',
  'ARM_EC2',
  'ARM_LAMBDA_CONTAINER',
  'LINUX_CONTAINER',
  'LINUX_EC2',
  'LINUX_GPU_CONTAINER',
  'LINUX_LAMBDA_CONTAINER',
  'MAC_ARM',
  'WINDOWS_CONTAINER',
  'WINDOWS_EC2',
  'WINDOWS_SERVER_2019_CONTAINER',
  'WINDOWS_SERVER_2022_CONTAINER',
] as const;
const COMPUTE_TYPES = [
  'ATTRIBUTE_BASED_COMPUTE',
  'BUILD_GENERAL1_2XLARGE',
  'BUILD_GENERAL1_LARGE',
  'BUILD_GENERAL1_MEDIUM',
  'BUILD_GENERAL1_SMALL',
  'BUILD_GENERAL1_XLARGE',
  'BUILD_LAMBDA_10GB',
  'BUILD_LAMBDA_1GB',
  'BUILD_LAMBDA_2GB',
  'BUILD_LAMBDA_4GB',
  'BUILD_LAMBDA_8GB',
  'CUSTOM_INSTANCE_TYPE',
] as const;
export const ENVIRONMENT_VARIABLE_TYPES = ['PARAMETER_STORE', 'PLAINTEXT', 'SECRETS_MANAGER'] as const;
const LOGS_STATUSES = ['DISABLED', 'ENABLED'] as const;
const ARTIFACT_NAMESPACES = ['BUILD_ID', 'NONE'] as const;
const ARTIFACT_PACKAGINGS = ['NONE', 'ZIP'] as const;
const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/;
export const TIMEOUT_MINUTES = { min: 5, max: 2160, default: 60 };
const QUEUED_TIMEOUT_MINUTES = { min: 5, max: 480, default: 480 };

export interface EnvironmentVariable {
  name: string;
  value: string;
  type?: (typeof ENVIRONMENT_VARIABLE_TYPES)[number];
}

export interface ProjectSource {
  type: SourceType;
  location?: string;
  buildspec?: string;
  [member: string]: unknown;
}

/** A project as BatchGetProjects returns it. */
export interface Project {
  name: string;
  arn: string;
  description?: string;
  source: ProjectSource;
  sourceVersion?: string;
  artifacts: ProjectArtifacts;
  environment: Omit<ProjectEnvironment, 'environmentVariables'> & {
    environmentVariables?: EnvironmentVariable[];
    [member: string]: unknown;
  };
  serviceRole: string;
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
  tags: Array<{ key: string; value: string }>;
  logsConfig: {
    cloudWatchLogs: { status: LogsConfigStatusType; groupName?: string; streamName?: string };
    s3Logs: { status: LogsConfigStatusType; location?: string };
  };
  created: Date;
  lastModified: Date;
  badge: { badgeEnabled: boolean };
  [member: string]: unknown;
}

export function checkSourceType(value: unknown, member: string): SourceType {
  return checkEnum(value, member, SOURCE_TYPES);
}

export function checkSource(value: unknown, member: string): ProjectSource {
  const source = requireMember(value, member) as Record<string, unknown>;
  const type = checkSourceType(requireMember(source.type, `${member}.type`), `${member}.type`);
  if (source.location !== undefined) checkString(source.location, `${member}.location`, 0);
  if (source.buildspec !== undefined) checkString(source.buildspec, `${member}.buildspec`, 0);
  if (type === 'NO_SOURCE' && !source.buildspec) {
    throw invalidInput(
      'Invalid source: a NO_SOURCE project needs an inline buildspec in source.buildspec (or give buildspecOverride to StartBuild).',
    );
  }
  if (type !== 'NO_SOURCE' && type !== 'CODEPIPELINE' && !source.location) {
    throw invalidInput(
      `Invalid source: source.location is required for source type ${type}; for the emulator give a local git repository path or file:// URL (S3: bucket/key of a zip).`,
    );
  }
  return { ...source, type } as ProjectSource;
}

function checkArtifacts(value: ProjectArtifacts | undefined): ProjectArtifacts {
  const artifacts = requireMember(value, 'artifacts');
  const type = checkEnum(requireMember(artifacts.type, 'artifacts.type'), 'artifacts.type', ARTIFACTS_TYPES);
  if (type === 'S3' && !artifacts.location) {
    throw invalidInput(
      'Invalid artifacts: artifacts.location (an S3 bucket name) is required for S3 artifacts.',
    );
  }
  if (artifacts.namespaceType !== undefined)
    checkEnum(artifacts.namespaceType, 'artifacts.namespaceType', ARTIFACT_NAMESPACES);
  if (artifacts.packaging !== undefined)
    checkEnum(artifacts.packaging, 'artifacts.packaging', ARTIFACT_PACKAGINGS);
  return { ...artifacts, type };
}

export function checkEnvironmentVariables(value: unknown, member: string): EnvironmentVariable[] {
  if (!Array.isArray(value)) throw invalidInput(`${member} must be a list of {name, value, type}.`);
  return value.map((item: Record<string, unknown>, i) => {
    const name = checkString(
      requireMember(item?.name, `${member}.${i + 1}.member.name`),
      `${member}.${i + 1}.member.name`,
    );
    const v = checkString(
      requireMember(item.value, `${member}.${i + 1}.member.value`),
      `${member}.${i + 1}.member.value`,
      0,
    );
    const variable: EnvironmentVariable = { name, value: v, type: 'PLAINTEXT' };
    if (item.type !== undefined)
      variable.type = checkEnum(item.type, `${member}.${i + 1}.member.type`, ENVIRONMENT_VARIABLE_TYPES);
    return variable;
  });
}

function checkEnvironment(value: unknown): Project['environment'] {
  const environment = requireMember(value, 'environment') as Record<string, unknown>;
  const type = checkEnum(
    requireMember(environment.type, 'environment.type'),
    'environment.type',
    ENVIRONMENT_TYPES,
  );
  const image = checkString(requireMember(environment.image, 'environment.image'), 'environment.image');
  const computeType = checkEnum(
    requireMember(environment.computeType, 'environment.computeType'),
    'environment.computeType',
    COMPUTE_TYPES,
  );
  const checked: Project['environment'] = {
    privilegedMode: false,
    imagePullCredentialsType: 'CODEBUILD',
    ...environment,
    type,
    image,
    computeType,
  };
  checked.environmentVariables =
    environment.environmentVariables === undefined
      ? []
      : checkEnvironmentVariables(environment.environmentVariables, 'environment.environmentVariables');
  return checked;
}

function checkLogsConfig(value: unknown): Project['logsConfig'] {
  const config = (value ?? {}) as LogsConfig;
  const cloudWatchLogs = config.cloudWatchLogs ?? { status: 'ENABLED' };
  const cloudWatchStatus = checkEnum(
    requireMember(cloudWatchLogs.status, 'logsConfig.cloudWatchLogs.status'),
    'logsConfig.cloudWatchLogs.status',
    LOGS_STATUSES,
  );
  const s3Logs = config.s3Logs ?? { status: 'DISABLED' };
  const s3Status = checkEnum(
    requireMember(s3Logs.status, 'logsConfig.s3Logs.status'),
    'logsConfig.s3Logs.status',
    LOGS_STATUSES,
  );
  return {
    cloudWatchLogs: { ...cloudWatchLogs, status: cloudWatchStatus },
    s3Logs: { ...s3Logs, status: s3Status },
  };
}

function checkTags(value: unknown): Project['tags'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidInput('tags must be a list of {key, value}.');
  if (value.length > 50) throw invalidInput('Too many tags: a project can have at most 50 tags.');
  return value.map((tag: Record<string, unknown>, i) => ({
    key: checkString(requireMember(tag?.key, `tags.${i + 1}.member.key`), `tags.${i + 1}.member.key`, 1, 127),
    value: tag.value === undefined ? '' : checkString(tag.value, `tags.${i + 1}.member.value`, 0, 255),
  }));
}

export function checkProjectName(value: unknown, member = 'name'): string {
  return checkPattern(
    requireMember(value, member),
    member,
    PROJECT_NAME,
    '[A-Za-z0-9][A-Za-z0-9\\-_]{1,254}',
  );
}

export function checkTimeoutInMinutes(value: unknown, member: string): number {
  return checkRange(value, member, TIMEOUT_MINUTES.min, TIMEOUT_MINUTES.max);
}

/** Validates CreateProject input into a project. */
export function projectFromCreate(input: CreateProjectInput, ctx: RequestContext, now: Date): Project {
  const name = checkProjectName(input.name);
  const project: Project = {
    name,
    arn: `arn:aws:codebuild:${ctx.region}:${ctx.accountId}:project/${name}`,
    source: checkSource(input.source, 'source'),
    artifacts: checkArtifacts(input.artifacts),
    environment: checkEnvironment(input.environment),
    serviceRole: checkString(requireMember(input.serviceRole, 'serviceRole'), 'serviceRole'),
    timeoutInMinutes:
      input.timeoutInMinutes === undefined
        ? TIMEOUT_MINUTES.default
        : checkTimeoutInMinutes(input.timeoutInMinutes, 'timeoutInMinutes'),
    queuedTimeoutInMinutes:
      input.queuedTimeoutInMinutes === undefined
        ? QUEUED_TIMEOUT_MINUTES.default
        : checkRange(
            input.queuedTimeoutInMinutes,
            'queuedTimeoutInMinutes',
            QUEUED_TIMEOUT_MINUTES.min,
            QUEUED_TIMEOUT_MINUTES.max,
          ),
    tags: checkTags(input.tags),
    logsConfig: checkLogsConfig(input.logsConfig),
    created: now,
    lastModified: now,
    badge: { badgeEnabled: input.badgeEnabled === true },
    encryptionKey: input.encryptionKey ?? `arn:aws:kms:${ctx.region}:${ctx.accountId}:alias/aws/s3`,
  };
  return withOptionalMembers(project, input, 1);
}

/** Kept as given: secondary sources and artifacts, cache, VPC and concurrency are not emulated. */
const STORED_AS_GIVEN = [
  'secondarySources',
  'secondaryArtifacts',
  'cache',
  'vpcConfig',
  'concurrentBuildLimit',
] as const;

/**
 * The members CreateProject and UpdateProject treat alike. UpdateProject may clear sourceVersion with
 * an empty string, CreateProject may not: hence its minimum length.
 */
function withOptionalMembers(
  project: Project,
  input: CreateProjectInput | UpdateProjectInput,
  sourceVersionMinLength: number,
): Project {
  if (input.description !== undefined)
    project.description = checkString(input.description, 'description', 0, 255);
  if (input.sourceVersion !== undefined)
    project.sourceVersion = checkString(input.sourceVersion, 'sourceVersion', sourceVersionMinLength);
  for (const member of STORED_AS_GIVEN) {
    if (input[member] !== undefined) project[member] = input[member];
  }
  return project;
}

/** Applies UpdateProject input: members given replace the project's, others are kept. */
export function updatedProject(project: Project, input: UpdateProjectInput, now: Date): Project {
  const next: Project = { ...project, lastModified: now };
  if (input.source !== undefined) next.source = checkSource(input.source, 'source');
  if (input.artifacts !== undefined) next.artifacts = checkArtifacts(input.artifacts);
  if (input.environment !== undefined) next.environment = checkEnvironment(input.environment);
  if (input.serviceRole !== undefined) next.serviceRole = checkString(input.serviceRole, 'serviceRole');
  if (input.timeoutInMinutes !== undefined)
    next.timeoutInMinutes = checkTimeoutInMinutes(input.timeoutInMinutes, 'timeoutInMinutes');
  if (input.queuedTimeoutInMinutes !== undefined)
    next.queuedTimeoutInMinutes = checkRange(
      input.queuedTimeoutInMinutes,
      'queuedTimeoutInMinutes',
      QUEUED_TIMEOUT_MINUTES.min,
      QUEUED_TIMEOUT_MINUTES.max,
    );
  if (input.tags !== undefined) next.tags = checkTags(input.tags);
  if (input.logsConfig !== undefined) next.logsConfig = checkLogsConfig(input.logsConfig);
  if (input.badgeEnabled !== undefined) next.badge = { badgeEnabled: input.badgeEnabled === true };
  return withOptionalMembers(next, input, 0);
}

const SORTERS: Record<string, (a: Project, b: Project) => number> = {
  NAME: (a, b) => a.name.localeCompare(b.name),
  CREATED_TIME: (a, b) => a.created.getTime() - b.created.getTime(),
  LAST_MODIFIED_TIME: (a, b) => a.lastModified.getTime() - b.lastModified.getTime(),
};

/** ListProjects' order: by name ascending unless sortBy/sortOrder say otherwise. */
export function sortedProjectNames(
  projects: Iterable<Project>,
  sortBy = 'NAME',
  sortOrder = 'ASCENDING',
): string[] {
  const by = checkEnum(sortBy, 'sortBy', ['CREATED_TIME', 'LAST_MODIFIED_TIME', 'NAME'] as const);
  const order = checkEnum(sortOrder, 'sortOrder', ['ASCENDING', 'DESCENDING'] as const);
  const sorted = [...projects].sort(SORTERS[by]);
  if (order === 'DESCENDING') sorted.reverse();
  return sorted.map((p) => p.name);
}
