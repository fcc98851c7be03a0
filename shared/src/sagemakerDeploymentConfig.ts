import type { DeploymentConfig } from '@aws-sdk/client-sagemaker';
import type { DeploymentStrategy, DeploymentTimeouts } from './deploymentStrategy';
import { InputError } from './errors';

/** The DeploymentConfig of UpdateEndpoint that makes SageMaker itself run the strategy with guardrails. */
export function toSageMakerDeploymentConfig(
  strategy: DeploymentStrategy,
  timeouts: DeploymentTimeouts,
  alarmNames: string[],
): DeploymentConfig {
  if (alarmNames.length > 10) {
    throw InputError.single({
      input: 'alarms',
      value: alarmNames.join(','),
      allowed: 'SageMaker guards a deployment with at most 10 alarms (named plus threshold alarms together)',
    });
  }
  const autoRollback = alarmNames.length
    ? { AutoRollbackConfiguration: { Alarms: alarmNames.map((AlarmName) => ({ AlarmName })) } }
    : {};
  if (strategy.kind === 'rolling') {
    return {
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: strategy.percent },
        WaitIntervalInSeconds: strategy.bakeSeconds,
        MaximumExecutionTimeoutInSeconds: timeouts.maxExecutionSeconds,
      },
      ...autoRollback,
    };
  }
  const routing =
    strategy.kind === 'canary'
      ? {
          Type: 'CANARY' as const,
          CanarySize: { Type: 'CAPACITY_PERCENT' as const, Value: strategy.percent },
        }
      : strategy.kind === 'linear'
        ? {
            Type: 'LINEAR' as const,
            LinearStepSize: { Type: 'CAPACITY_PERCENT' as const, Value: strategy.percent },
          }
        : { Type: 'ALL_AT_ONCE' as const };
  return {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: { ...routing, WaitIntervalInSeconds: strategy.bakeSeconds },
      TerminationWaitInSeconds: timeouts.terminationWaitSeconds,
      MaximumExecutionTimeoutInSeconds: timeouts.maxExecutionSeconds,
    },
    ...autoRollback,
  };
}
