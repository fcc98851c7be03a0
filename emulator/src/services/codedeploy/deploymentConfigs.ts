import type {
  CreateDeploymentConfigInput,
  CreateDeploymentConfigOutput,
  DeleteDeploymentConfigInput,
  GetDeploymentConfigInput,
  GetDeploymentConfigOutput,
  ListDeploymentConfigsInput,
  ListDeploymentConfigsOutput,
  TrafficRoutingConfig as TrafficRoutingConfigInput,
} from '@aws-sdk/client-codedeploy';
import { randomUUID } from 'node:crypto';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationHandler } from '../../protocol/types';
import type { TrafficPlatform } from './appSpec';
import { codeDeployError } from './codeDeployErrors';
import type { CodeDeployState } from './codeDeployState';
import { trafficPlatform } from './computePlatform';
import { pageOf } from './listPaging';
import { allAtOnce, PREDEFINED_PREFIX, type DeploymentConfig } from './predefinedDeploymentConfigs';
import { trafficRoutingProblem, type TrafficRoutingConfig } from './trafficSchedule';

/** The config that moves all traffic at once on `platform`: the default, and what rollbacks use. */
export const allAtOnceConfigName = (platform: TrafficPlatform): string =>
  platform === 'Lambda' ? `${PREDEFINED_PREFIX}LambdaAllAtOnce` : `${PREDEFINED_PREFIX}ECSAllAtOnce`;

/** A config used with an application must be for the application's platform. */
export function checkConfigPlatform(config: DeploymentConfig, platform: TrafficPlatform): void {
  if (config.computePlatform !== platform) {
    throw codeDeployError(
      'InvalidDeploymentConfigNameException',
      `Deployment config ${config.deploymentConfigName} is for the ${config.computePlatform} compute platform, but the application's compute platform is ${platform}: use a ${platform} config.`,
    );
  }
}

export const configInfo = (config: DeploymentConfig) => ({
  deploymentConfigId: config.deploymentConfigId,
  deploymentConfigName: config.deploymentConfigName,
  computePlatform: config.computePlatform,
  trafficRoutingConfig: config.trafficRoutingConfig,
  createTime: config.createTime,
});

function routingConfigFrom(input: TrafficRoutingConfigInput | undefined | null): TrafficRoutingConfig {
  // Without trafficRoutingConfig a Lambda or ECS config shifts everything at once, as CodeDeploy does.
  if (input === undefined || input === null) return allAtOnce;
  // The casts stand until trafficRoutingProblem below has checked the type and every number.
  const config: TrafficRoutingConfig = { type: input.type as TrafficRoutingConfig['type'] };
  if (input.type === 'TimeBasedCanary' && input.timeBasedCanary) {
    config.timeBasedCanary = {
      canaryPercentage: input.timeBasedCanary.canaryPercentage as number,
      canaryInterval: input.timeBasedCanary.canaryInterval as number,
    };
  }
  if (input.type === 'TimeBasedLinear' && input.timeBasedLinear) {
    config.timeBasedLinear = {
      linearPercentage: input.timeBasedLinear.linearPercentage as number,
      linearInterval: input.timeBasedLinear.linearInterval as number,
    };
  }
  const problem = trafficRoutingProblem(config);
  if (problem) throw codeDeployError('InvalidTrafficRoutingConfigurationException', problem);
  return config;
}

export function deploymentConfigOperations(
  env: EmulatorEnvironment,
  state: CodeDeployState,
): Record<string, OperationHandler> {
  const requiredName = (input: { deploymentConfigName?: string }): string => {
    const name = input.deploymentConfigName;
    if (typeof name !== 'string' || name === '') {
      throw codeDeployError(
        'DeploymentConfigNameRequiredException',
        'The deployment configuration name was not specified: set deploymentConfigName.',
      );
    }
    return name;
  };
  return {
    CreateDeploymentConfig: (input: CreateDeploymentConfigInput): CreateDeploymentConfigOutput => {
      const name = requiredName(input);
      if (name.length > 100) {
        throw codeDeployError(
          'InvalidDeploymentConfigNameException',
          'The deployment configuration name must be at most 100 characters long.',
        );
      }
      if (name.startsWith(PREDEFINED_PREFIX)) {
        throw codeDeployError(
          'InvalidDeploymentConfigNameException',
          `Names starting with ${PREDEFINED_PREFIX} are reserved for the predefined configs: choose another name.`,
        );
      }
      if (state.configs.has(name)) {
        throw codeDeployError(
          'DeploymentConfigAlreadyExistsException',
          `A deployment configuration named ${name} already exists: delete it first or choose another name.`,
        );
      }
      const computePlatform = trafficPlatform(input.computePlatform);
      if (input.minimumHealthyHosts !== undefined) {
        throw codeDeployError(
          'InvalidMinimumHealthyHostValueException',
          'minimumHealthyHosts applies to the Server compute platform only; remove it from a Lambda or ECS config.',
        );
      }
      if (input.zonalConfig !== undefined) {
        throw codeDeployError(
          'InvalidZonalDeploymentConfigurationException',
          'zonalConfig applies to the Server compute platform only; remove it from a Lambda or ECS config.',
        );
      }
      const config: DeploymentConfig = {
        deploymentConfigId: randomUUID(),
        deploymentConfigName: name,
        computePlatform,
        trafficRoutingConfig: routingConfigFrom(input.trafficRoutingConfig),
        createTime: new Date(env.clock.now()),
        predefined: false,
      };
      state.configs.set(name, config);
      return { deploymentConfigId: config.deploymentConfigId };
    },

    GetDeploymentConfig: (input: GetDeploymentConfigInput): GetDeploymentConfigOutput => ({
      deploymentConfigInfo: configInfo(state.config(requiredName(input))),
    }),

    ListDeploymentConfigs: (input: ListDeploymentConfigsInput): ListDeploymentConfigsOutput => {
      const names = [...state.configs.keys()].sort();
      const page = pageOf(names, input.nextToken);
      return { deploymentConfigsList: page.items, nextToken: page.nextToken };
    },

    DeleteDeploymentConfig: (input: DeleteDeploymentConfigInput) => {
      const name = requiredName(input);
      const config = state.configs.get(name);
      if (config?.predefined) {
        throw codeDeployError(
          'InvalidOperationException',
          `${name} is a predefined deployment configuration and cannot be deleted.`,
        );
      }
      const user = [...state.groups.values()].find((g) => g.deploymentConfigName === name);
      if (user) {
        throw codeDeployError(
          'DeploymentConfigInUseException',
          `Deployment config ${name} is used by deployment group ${user.deploymentGroupName} of application ${user.applicationName}: change the group's config first.`,
        );
      }
      // Deleting a config that does not exist succeeds, as in CodeDeploy.
      state.configs.delete(name);
      return {};
    },
  };
}
