import type { TrafficPlatform } from './appSpec';
import type { TrafficRoutingConfig } from './trafficSchedule';

/** A deployment config as CodeDeploy holds it, predefined or created by a user. */
export interface DeploymentConfig {
  deploymentConfigId: string;
  deploymentConfigName: string;
  computePlatform: TrafficPlatform;
  trafficRoutingConfig: TrafficRoutingConfig;
  createTime: Date;
  predefined: boolean;
}

export const PREDEFINED_PREFIX = 'CodeDeployDefault.';

const canary = (percentage: number, minutes: number): TrafficRoutingConfig => ({
  type: 'TimeBasedCanary',
  timeBasedCanary: { canaryPercentage: percentage, canaryInterval: minutes },
});
const linear = (percentage: number, minutes: number): TrafficRoutingConfig => ({
  type: 'TimeBasedLinear',
  timeBasedLinear: { linearPercentage: percentage, linearInterval: minutes },
});
export const allAtOnce: TrafficRoutingConfig = { type: 'AllAtOnce' };

const PREDEFINED: Array<[string, TrafficPlatform, TrafficRoutingConfig]> = [
  ['LambdaCanary10Percent5Minutes', 'Lambda', canary(10, 5)],
  ['LambdaCanary10Percent10Minutes', 'Lambda', canary(10, 10)],
  ['LambdaCanary10Percent15Minutes', 'Lambda', canary(10, 15)],
  ['LambdaCanary10Percent30Minutes', 'Lambda', canary(10, 30)],
  ['LambdaLinear10PercentEvery1Minute', 'Lambda', linear(10, 1)],
  ['LambdaLinear10PercentEvery2Minutes', 'Lambda', linear(10, 2)],
  ['LambdaLinear10PercentEvery3Minutes', 'Lambda', linear(10, 3)],
  ['LambdaLinear10PercentEvery10Minutes', 'Lambda', linear(10, 10)],
  ['LambdaAllAtOnce', 'Lambda', allAtOnce],
  ['ECSCanary10Percent5Minutes', 'ECS', canary(10, 5)],
  ['ECSCanary10Percent15Minutes', 'ECS', canary(10, 15)],
  ['ECSLinear10PercentEvery1Minutes', 'ECS', linear(10, 1)],
  ['ECSLinear10PercentEvery3Minutes', 'ECS', linear(10, 3)],
  ['ECSAllAtOnce', 'ECS', allAtOnce],
];

/** The configs every account has; their ids are fixed so that they read the same after a reset. */
export function predefinedDeploymentConfigs(): DeploymentConfig[] {
  return PREDEFINED.map(([name, computePlatform, trafficRoutingConfig], i) => ({
    deploymentConfigId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    deploymentConfigName: PREDEFINED_PREFIX + name,
    computePlatform,
    trafficRoutingConfig,
    createTime: new Date(0),
    predefined: true,
  }));
}
