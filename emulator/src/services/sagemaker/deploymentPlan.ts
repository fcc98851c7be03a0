import { validationError } from '../../protocol/awsError';
import { checkEnum, checkRange, requireMember } from './validation';

/** One traffic step of a guardrails deployment: the new fleet's share, then a bake. */
export interface TrafficStep {
  greenShare: number;
  bakeSeconds: number;
}

export interface DeploymentPlan {
  kind: 'blue-green' | 'rolling';
  steps: TrafficStep[];
  alarms: string[];
  terminationWaitSeconds: number;
  maxExecutionSeconds?: number;
}

function capacityShare(
  size: { Type?: string; Value?: number } | undefined,
  instanceCount: number,
  member: string,
): number {
  requireMember(size, member);
  checkEnum(size?.Type, `${member}.type`, ['INSTANCE_COUNT', 'CAPACITY_PERCENT']);
  const value = requireMember(size?.Value, `${member}.value`);
  checkRange(value, `${member}.value`, 1, Number.MAX_SAFE_INTEGER);
  return size?.Type === 'INSTANCE_COUNT' ? value / instanceCount : value / 100;
}

function stepsOf(share: number, bakeSeconds: number): TrafficStep[] {
  const steps: TrafficStep[] = [];
  for (let s = share; s < 1 - 1e-9; s += share) steps.push({ greenShare: s, bakeSeconds });
  return [...steps, { greenShare: 1, bakeSeconds }];
}

/**
 * Validates UpdateEndpoint's DeploymentConfig as SageMaker does and turns it into traffic steps.
 * With no DeploymentConfig SageMaker does a blue/green all-at-once update without a bake.
 */
export function deploymentPlan(
  config: Record<string, any> | undefined,
  instanceCount: number,
): DeploymentPlan {
  const alarms: string[] = (config?.AutoRollbackConfiguration?.Alarms ?? []).map(
    (a: { AlarmName: string }) => a.AlarmName,
  );
  if (config?.AutoRollbackConfiguration && (alarms.length < 1 || alarms.length > 10)) {
    throw validationError('AutoRollbackConfiguration.Alarms must have between 1 and 10 alarms.');
  }
  const blueGreen = config?.BlueGreenUpdatePolicy;
  const rolling = config?.RollingUpdatePolicy;
  if (blueGreen && rolling)
    throw validationError(
      'Only one update policy should be used: BlueGreenUpdatePolicy or RollingUpdatePolicy.',
    );
  if (rolling) {
    const bake = requireMember(rolling.WaitIntervalInSeconds, 'rollingUpdatePolicy.waitIntervalInSeconds');
    checkRange(bake, 'rollingUpdatePolicy.waitIntervalInSeconds', 0, 3600);
    checkRange(
      rolling.MaximumExecutionTimeoutInSeconds,
      'rollingUpdatePolicy.maximumExecutionTimeoutInSeconds',
      600,
      28800,
    );
    const share = capacityShare(
      rolling.MaximumBatchSize,
      instanceCount,
      'rollingUpdatePolicy.maximumBatchSize',
    );
    if (share < 0.05 - 1e-9 || share > 0.5 + 1e-9) {
      throw validationError("MaximumBatchSize must be between 5% and 50% of the variant's instance count.");
    }
    return {
      kind: 'rolling',
      steps: stepsOf(share, bake),
      alarms,
      terminationWaitSeconds: 0,
      maxExecutionSeconds: rolling.MaximumExecutionTimeoutInSeconds,
    };
  }
  if (!blueGreen)
    return {
      kind: 'blue-green',
      steps: [{ greenShare: 1, bakeSeconds: 0 }],
      alarms,
      terminationWaitSeconds: 0,
    };

  const routing = requireMember(
    blueGreen.TrafficRoutingConfiguration,
    'blueGreenUpdatePolicy.trafficRoutingConfiguration',
  );
  checkEnum(
    requireMember(routing.Type, 'trafficRoutingConfiguration.type'),
    'trafficRoutingConfiguration.type',
    ['ALL_AT_ONCE', 'CANARY', 'LINEAR'],
  );
  // The docs' ALL_AT_ONCE example leaves the wait out, so it defaults to no bake.
  const bake: number =
    routing.WaitIntervalInSeconds ??
    (routing.Type === 'ALL_AT_ONCE'
      ? 0
      : requireMember(undefined, 'trafficRoutingConfiguration.waitIntervalInSeconds'));
  checkRange(bake, 'trafficRoutingConfiguration.waitIntervalInSeconds', 0, 3600);
  const terminationWaitSeconds = blueGreen.TerminationWaitInSeconds ?? 0;
  checkRange(terminationWaitSeconds, 'blueGreenUpdatePolicy.terminationWaitInSeconds', 0, 3600);
  checkRange(
    blueGreen.MaximumExecutionTimeoutInSeconds,
    'blueGreenUpdatePolicy.maximumExecutionTimeoutInSeconds',
    600,
    28800,
  );
  const common = {
    kind: 'blue-green' as const,
    alarms,
    terminationWaitSeconds,
    maxExecutionSeconds: blueGreen.MaximumExecutionTimeoutInSeconds,
  };
  switch (routing.Type) {
    case 'CANARY': {
      const share = capacityShare(
        routing.CanarySize,
        instanceCount,
        'trafficRoutingConfiguration.canarySize',
      );
      if (share > 0.5 + 1e-9)
        throw validationError(
          "CanarySize must be less than or equal to 50% of the variant's instance count.",
        );
      return {
        ...common,
        steps: [
          { greenShare: share, bakeSeconds: bake },
          { greenShare: 1, bakeSeconds: bake },
        ],
      };
    }
    case 'LINEAR': {
      const share = capacityShare(
        routing.LinearStepSize,
        instanceCount,
        'trafficRoutingConfiguration.linearStepSize',
      );
      if (share < 0.1 - 1e-9 || share > 0.5 + 1e-9) {
        throw validationError("LinearStepSize must be between 10% and 50% of the variant's instance count.");
      }
      return { ...common, steps: stepsOf(share, bake) };
    }
    default:
      return { ...common, steps: [{ greenShare: 1, bakeSeconds: bake }] };
  }
}
