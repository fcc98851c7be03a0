import type {
  AlarmConfiguration as AlarmConfigurationInput,
  AutoRollbackConfiguration as AutoRollbackConfigurationInput,
  BatchGetDeploymentGroupsInput,
  BatchGetDeploymentGroupsOutput,
  CreateDeploymentGroupInput,
  CreateDeploymentGroupOutput,
  CreateDeploymentInput,
  DeleteDeploymentGroupInput,
  DeleteDeploymentGroupOutput,
  DeploymentStyle,
  GetDeploymentGroupInput,
  GetDeploymentGroupOutput,
  ListDeploymentGroupsInput,
  ListDeploymentGroupsOutput,
  UpdateDeploymentGroupInput,
  UpdateDeploymentGroupOutput,
} from '@aws-sdk/client-codedeploy';
import { randomUUID } from 'node:crypto';
import type { OperationHandler } from '../../protocol/types';
import { codeDeployError } from './codeDeployErrors';
import {
  groupKey,
  requiredApplicationName,
  type AlarmConfiguration,
  type AutoRollbackConfiguration,
  type AutoRollbackEvent,
  type CodeDeployState,
  type Deployment,
  type DeploymentGroup,
} from './codeDeployState';
import { allAtOnceConfigName, checkConfigPlatform } from './deploymentConfigs';
import { pageOf } from './listPaging';

const MAX_ALARMS = 10;
const ROLLBACK_EVENTS: AutoRollbackEvent[] = [
  'DEPLOYMENT_FAILURE',
  'DEPLOYMENT_STOP_ON_ALARM',
  'DEPLOYMENT_STOP_ON_REQUEST',
];
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/;
const GROUP_NAME = /^[A-Za-z0-9._+\-@]{1,100}$/;

/** alarmConfiguration (a group's, or a deployment's override), validated as CodeDeploy does. */
export function alarmConfigurationFrom(
  input: AlarmConfigurationInput | undefined | null,
): AlarmConfiguration | undefined {
  if (input === undefined || input === null) return undefined;
  const alarms: unknown[] = input.alarms ?? [];
  if (alarms.length > MAX_ALARMS) {
    throw codeDeployError(
      'AlarmsLimitExceededException',
      `A deployment group can watch at most ${MAX_ALARMS} alarms; ${alarms.length} were given.`,
    );
  }
  const names = alarms.map((alarm) => (alarm as { name?: unknown } | null)?.name);
  if (names.some((name) => typeof name !== 'string' || name === '')) {
    throw codeDeployError(
      'InvalidAlarmConfigException',
      'Every alarm in alarmConfiguration.alarms needs a name.',
    );
  }
  const enabled = input.enabled === true;
  if (enabled && names.length === 0) {
    throw codeDeployError(
      'InvalidAlarmConfigException',
      'The alarm configuration is enabled but lists no alarms: add alarms[{name}] or set enabled to false.',
    );
  }
  return {
    enabled,
    ignorePollAlarmFailure: input.ignorePollAlarmFailure === true,
    alarms: (names as string[]).map((name) => ({ name })),
  };
}

/** autoRollbackConfiguration (a group's, or a deployment's override), validated as CodeDeploy does. */
export function autoRollbackFrom(
  input: AutoRollbackConfigurationInput | undefined | null,
): AutoRollbackConfiguration | undefined {
  if (input === undefined || input === null) return undefined;
  const events: unknown[] = input.events ?? [];
  const unknown = events.find((e) => !ROLLBACK_EVENTS.includes(e as AutoRollbackEvent));
  if (unknown !== undefined) {
    throw codeDeployError(
      'InvalidAutoRollbackConfigException',
      `${String(unknown)} is not a rollback event; use ${ROLLBACK_EVENTS.join(', ')}.`,
    );
  }
  const enabled = input.enabled === true;
  if (enabled && events.length === 0) {
    throw codeDeployError(
      'InvalidAutoRollbackConfigException',
      'Automatic rollback is enabled but lists no events: add events (e.g. DEPLOYMENT_STOP_ON_ALARM) or set enabled to false.',
    );
  }
  return { enabled, events: [...new Set(events as AutoRollbackEvent[])] };
}

function deploymentStyleFrom(input: DeploymentStyle | undefined | null): DeploymentGroup['deploymentStyle'] {
  const style: DeploymentGroup['deploymentStyle'] = {
    deploymentType: 'BLUE_GREEN',
    deploymentOption: 'WITH_TRAFFIC_CONTROL',
  };
  if (input === undefined || input === null) return style;
  if (
    (input.deploymentType ?? style.deploymentType) !== style.deploymentType ||
    (input.deploymentOption ?? style.deploymentOption) !== style.deploymentOption
  ) {
    throw codeDeployError(
      'InvalidDeploymentStyleException',
      'Lambda and ECS deployment groups are BLUE_GREEN with WITH_TRAFFIC_CONTROL: remove deploymentStyle or set it to that.',
    );
  }
  return style;
}

function roleFrom(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw codeDeployError(
      'RoleRequiredException',
      'The role ID was not specified: set serviceRoleArn to the ARN of a role CodeDeploy can assume.',
    );
  }
  if (!ROLE_ARN.test(value)) {
    throw codeDeployError(
      'InvalidRoleException',
      `The service role ARN ${value} is invalid: use arn:aws:iam::<account>:role/<name>.`,
    );
  }
  return value;
}

function groupNameFrom(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw codeDeployError(
      'DeploymentGroupNameRequiredException',
      'The deployment group name was not specified: set deploymentGroupName.',
    );
  }
  if (!GROUP_NAME.test(value)) {
    throw codeDeployError(
      'InvalidDeploymentGroupNameException',
      `The deployment group name ${value} is invalid: use 1 to 100 letters, digits and . _ + - @.`,
    );
  }
  return value;
}

/** The alarms and rollback settings in force for a deployment: its overrides, else its group's. */
export function effectiveSettings(
  group: DeploymentGroup,
  input: Pick<CreateDeploymentInput, 'overrideAlarmConfiguration' | 'autoRollbackConfiguration'>,
) {
  return {
    alarmConfiguration: alarmConfigurationFrom(input.overrideAlarmConfiguration) ?? group.alarmConfiguration,
    autoRollbackConfiguration:
      autoRollbackFrom(input.autoRollbackConfiguration) ?? group.autoRollbackConfiguration,
  };
}

const deploymentSummary = (d: Deployment | undefined) =>
  d && {
    deploymentId: d.deploymentId,
    status: d.status,
    createTime: d.createTime,
    endTime: d.completeTime,
  };

export function deploymentGroupOperations(state: CodeDeployState): Record<string, OperationHandler> {
  const groupInfo = (group: DeploymentGroup) => ({
    applicationName: group.applicationName,
    deploymentGroupId: group.deploymentGroupId,
    deploymentGroupName: group.deploymentGroupName,
    deploymentConfigName: group.deploymentConfigName,
    serviceRoleArn: group.serviceRoleArn,
    alarmConfiguration: group.alarmConfiguration,
    autoRollbackConfiguration: group.autoRollbackConfiguration,
    deploymentStyle: group.deploymentStyle,
    ecsServices: group.ecsServices,
    loadBalancerInfo: group.loadBalancerInfo,
    blueGreenDeploymentConfiguration: group.blueGreenDeploymentConfiguration,
    computePlatform: state.application(group.applicationName).computePlatform,
    lastAttemptedDeployment: deploymentSummary(state.deployments.get(group.lastAttemptedDeploymentId ?? '')),
    lastSuccessfulDeployment: deploymentSummary(
      state.deployments.get(group.lastSuccessfulDeploymentId ?? ''),
    ),
  });
  const configNameFor = (applicationName: string, name: unknown): string => {
    const platform = state.application(applicationName).computePlatform;
    if (name === undefined || name === null) return allAtOnceConfigName(platform);
    const config = state.config(name);
    checkConfigPlatform(config, platform);
    return config.deploymentConfigName;
  };

  return {
    CreateDeploymentGroup: (input: CreateDeploymentGroupInput): CreateDeploymentGroupOutput => {
      const app = state.application(input.applicationName);
      const name = groupNameFrom(input.deploymentGroupName);
      if (state.groups.has(groupKey(app.applicationName, name))) {
        throw codeDeployError(
          'DeploymentGroupAlreadyExistsException',
          `A deployment group named ${name} already exists for application ${app.applicationName}.`,
        );
      }
      const group: DeploymentGroup = {
        applicationName: app.applicationName,
        deploymentGroupId: randomUUID(),
        deploymentGroupName: name,
        deploymentConfigName: configNameFor(app.applicationName, input.deploymentConfigName),
        serviceRoleArn: roleFrom(input.serviceRoleArn),
        alarmConfiguration: alarmConfigurationFrom(input.alarmConfiguration),
        autoRollbackConfiguration: autoRollbackFrom(input.autoRollbackConfiguration),
        deploymentStyle: deploymentStyleFrom(input.deploymentStyle),
        ecsServices: input.ecsServices,
        loadBalancerInfo: input.loadBalancerInfo,
        blueGreenDeploymentConfiguration: input.blueGreenDeploymentConfiguration,
        tags: input.tags ?? [],
      };
      state.groups.set(groupKey(app.applicationName, name), group);
      return { deploymentGroupId: group.deploymentGroupId };
    },

    GetDeploymentGroup: (input: GetDeploymentGroupInput): GetDeploymentGroupOutput => ({
      deploymentGroupInfo: groupInfo(state.group(input.applicationName, input.deploymentGroupName)),
    }),

    BatchGetDeploymentGroups: (input: BatchGetDeploymentGroupsInput): BatchGetDeploymentGroupsOutput => {
      const app = state.application(input.applicationName);
      const names: unknown[] = input.deploymentGroupNames ?? [];
      const found = names.map((name) => state.groups.get(groupKey(app.applicationName, String(name))));
      return {
        deploymentGroupsInfo: found.filter((g) => g !== undefined).map(groupInfo),
        errorMessage: found.some((g) => !g) ? 'One or more deployment groups do not exist.' : undefined,
      };
    },

    UpdateDeploymentGroup: (input: UpdateDeploymentGroupInput): UpdateDeploymentGroupOutput => {
      const group = state.group(input.applicationName, input.currentDeploymentGroupName);
      const newName =
        input.newDeploymentGroupName === undefined ? undefined : groupNameFrom(input.newDeploymentGroupName);
      if (
        newName !== undefined &&
        newName !== group.deploymentGroupName &&
        state.groups.has(groupKey(group.applicationName, newName))
      ) {
        throw codeDeployError(
          'DeploymentGroupAlreadyExistsException',
          `A deployment group named ${newName} already exists for application ${group.applicationName}.`,
        );
      }
      // Everything is validated before anything changes, so that a bad request leaves the group as it was.
      const updated: DeploymentGroup = {
        ...group,
        deploymentConfigName:
          input.deploymentConfigName === undefined
            ? group.deploymentConfigName
            : configNameFor(group.applicationName, input.deploymentConfigName),
        serviceRoleArn:
          input.serviceRoleArn === undefined ? group.serviceRoleArn : roleFrom(input.serviceRoleArn),
        alarmConfiguration:
          input.alarmConfiguration === undefined
            ? group.alarmConfiguration
            : alarmConfigurationFrom(input.alarmConfiguration),
        autoRollbackConfiguration:
          input.autoRollbackConfiguration === undefined
            ? group.autoRollbackConfiguration
            : autoRollbackFrom(input.autoRollbackConfiguration),
        deploymentStyle:
          input.deploymentStyle === undefined
            ? group.deploymentStyle
            : deploymentStyleFrom(input.deploymentStyle),
        ecsServices: input.ecsServices ?? group.ecsServices,
        loadBalancerInfo: input.loadBalancerInfo ?? group.loadBalancerInfo,
        blueGreenDeploymentConfiguration:
          input.blueGreenDeploymentConfiguration ?? group.blueGreenDeploymentConfiguration,
      };
      if (newName !== undefined && newName !== group.deploymentGroupName) {
        state.groups.delete(groupKey(group.applicationName, group.deploymentGroupName));
        for (const d of state.deployments.values()) {
          if (
            d.applicationName === group.applicationName &&
            d.deploymentGroupName === group.deploymentGroupName
          )
            d.deploymentGroupName = newName;
        }
        updated.deploymentGroupName = newName;
      }
      state.groups.set(groupKey(updated.applicationName, updated.deploymentGroupName), updated);
      return { hooksNotCleanedUp: [] };
    },

    ListDeploymentGroups: (input: ListDeploymentGroupsInput): ListDeploymentGroupsOutput => {
      const app = state.application(input.applicationName);
      const names = state
        .groupsOf(app.applicationName)
        .map((g) => g.deploymentGroupName)
        .sort();
      const page = pageOf(names, input.nextToken);
      return {
        applicationName: app.applicationName,
        deploymentGroups: page.items,
        nextToken: page.nextToken,
      };
    },

    DeleteDeploymentGroup: (input: DeleteDeploymentGroupInput): DeleteDeploymentGroupOutput => {
      const applicationName = requiredApplicationName(input.applicationName);
      const name = groupNameFrom(input.deploymentGroupName);
      // Deleting a group (or from an application) that does not exist succeeds, as in CodeDeploy.
      state.groups.delete(groupKey(applicationName, name));
      return { hooksNotCleanedUp: [] };
    },
  };
}
