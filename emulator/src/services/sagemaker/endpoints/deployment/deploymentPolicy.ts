import type {
  Alarm,
  BlueGreenUpdatePolicy,
  CapacitySize as CapacitySizeInput,
  DeploymentConfig,
  RollingUpdatePolicy,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../../../protocol/awsError';
import type { DeployedVariant } from '../endpointState';
import type { PlannedVariant } from '../variantFleets';
import { checkEnum, checkRange, constraints, requireMember } from '../../validation';

export interface CapacitySize {
  Type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT';
  Value: number;
}

interface PlanCommon {
  alarms: string[];
  maxExecutionSeconds?: number;
}

/** Blue/green: the new fleet's share of traffic after each shift, each shift followed by a bake. */
export interface BlueGreenPlan extends PlanCommon {
  kind: 'blue-green';
  strategy: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR';
  greenShares: number[];
  bakeSeconds: number;
  terminationWaitSeconds: number;
  /** Why SageMaker's exclusions turned the requested policy into an all-at-once update without bakes. */
  fallback?: string;
}

export interface RollingPlan extends PlanCommon {
  kind: 'rolling';
  maximumBatchSize: CapacitySize;
  bakeSeconds: number;
}

export type DeploymentPlan = BlueGreenPlan | RollingPlan;

const EPSILON = 1e-9;

function checkCapacitySize(size: CapacitySizeInput | undefined, member: string): CapacitySize {
  requireMember(size, member);
  checkEnum(requireMember(size?.Type, `${member}.type`), `${member}.type`, [
    'INSTANCE_COUNT',
    'CAPACITY_PERCENT',
  ]);
  const value = requireMember(size?.Value, `${member}.value`);
  checkRange(value, `${member}.value`, 1, Number.MAX_SAFE_INTEGER);
  if (!Number.isInteger(value)) throw validationError(`${member}.value must be an integer, got ${value}.`);
  return size as CapacitySize;
}

/** The share of a variant's capacity a CapacitySize stands for (instances over the variant's count). */
export function capacityFraction(size: CapacitySize, instanceCount: number): number {
  return size.Type === 'INSTANCE_COUNT' ? size.Value / instanceCount : size.Value / 100;
}

/** Instance counts of the variants being deployed; a serverless variant counts as one. */
const instanceCounts = (green: PlannedVariant[]) =>
  green.map((g) => ({ name: g.spec.variantName, count: g.instanceCount ?? 1 }));

function checkFractionOfEveryVariant(
  size: CapacitySize,
  green: PlannedVariant[],
  min: number,
  max: number,
  message: (variant: string, count: number) => string,
): number {
  let fraction = 0;
  for (const { name, count } of instanceCounts(green)) {
    fraction = capacityFraction(size, count);
    if (fraction < min - EPSILON || fraction > max + EPSILON) throw validationError(message(name, count));
  }
  return fraction;
}

function shareSteps(step: number): number[] {
  const shares: number[] = [];
  for (let share = step; share < 1 - EPSILON; share += step) shares.push(share);
  return [...shares, 1];
}

/** Reasons SageMaker's guardrails fall back to an all-at-once update with no baking [facts §1]. */
function exclusion(blue: DeployedVariant[], green: PlannedVariant[], rolling: boolean): string | undefined {
  const blueNames = blue.map((v) => v.name).sort();
  const greenNames = green.map((g) => g.spec.variantName).sort();
  if (blueNames.join('\n') !== greenNames.join('\n')) {
    return 'the new endpoint configuration does not keep the same variant names';
  }
  if (green.some((g) => String(g.variant.InstanceType ?? '').startsWith('ml.inf1.'))) {
    return 'Inf1 instances are excluded from deployment guardrails';
  }
  if (rolling && green.length > 1) return 'rolling deployments do not apply to multi-variant endpoints';
  if (rolling && green.some((g) => g.variant.ServerlessConfig)) {
    return 'rolling deployments do not apply to serverless endpoints';
  }
  return undefined;
}

function checkAlarms(config: DeploymentConfig): string[] {
  const auto = config.AutoRollbackConfiguration;
  if (!auto) return [];
  const alarms: Alarm[] = requireMember(auto.Alarms, 'autoRollbackConfiguration.alarms');
  constraints.count(alarms, 'deploymentConfig.autoRollbackConfiguration.alarms', 1, 10);
  return alarms.map((a) => {
    const name = requireMember(a.AlarmName, 'autoRollbackConfiguration.alarms.member.alarmName');
    if (typeof name !== 'string' || name.length > 255) {
      throw validationError('An AlarmName must be 1 to 255 characters.');
    }
    return name;
  });
}

function checkMaxExecution(
  policy: BlueGreenUpdatePolicy | RollingUpdatePolicy,
  member: string,
): number | undefined {
  checkRange(
    policy.MaximumExecutionTimeoutInSeconds,
    `${member}.maximumExecutionTimeoutInSeconds`,
    600,
    28800,
  );
  return policy.MaximumExecutionTimeoutInSeconds;
}

function rollingPlan(policy: RollingUpdatePolicy, green: PlannedVariant[], alarms: string[]): RollingPlan {
  const member = 'deploymentConfig.rollingUpdatePolicy';
  const maximumBatchSize = checkCapacitySize(policy.MaximumBatchSize, `${member}.maximumBatchSize`);
  checkFractionOfEveryVariant(
    maximumBatchSize,
    green,
    0.05,
    0.5,
    (variant, count) =>
      `MaximumBatchSize must be between 5% and 50% of the variant's total instance count (${count} for variant "${variant}").`,
  );
  const bakeSeconds = requireMember(policy.WaitIntervalInSeconds, `${member}.waitIntervalInSeconds`);
  checkRange(bakeSeconds, `${member}.waitIntervalInSeconds`, 0, 3600);
  if (policy.RollbackMaximumBatchSize)
    checkCapacitySize(policy.RollbackMaximumBatchSize, `${member}.rollbackMaximumBatchSize`);
  return {
    kind: 'rolling',
    maximumBatchSize,
    bakeSeconds,
    alarms,
    maxExecutionSeconds: checkMaxExecution(policy, member),
  };
}

function blueGreenPlan(
  policy: BlueGreenUpdatePolicy,
  green: PlannedVariant[],
  alarms: string[],
): BlueGreenPlan {
  const member = 'deploymentConfig.blueGreenUpdatePolicy';
  const routing = requireMember(policy.TrafficRoutingConfiguration, `${member}.trafficRoutingConfiguration`);
  const type = requireMember(routing.Type, `${member}.trafficRoutingConfiguration.type`);
  checkEnum(type, `${member}.trafficRoutingConfiguration.type`, ['ALL_AT_ONCE', 'CANARY', 'LINEAR']);
  // The docs' ALL_AT_ONCE example leaves the wait out, so there it means no bake.
  const bakeSeconds: number =
    type === 'ALL_AT_ONCE'
      ? (routing.WaitIntervalInSeconds ?? 0)
      : requireMember(
          routing.WaitIntervalInSeconds,
          `${member}.trafficRoutingConfiguration.waitIntervalInSeconds`,
        );
  checkRange(bakeSeconds, `${member}.trafficRoutingConfiguration.waitIntervalInSeconds`, 0, 3600);
  const terminationWaitSeconds = policy.TerminationWaitInSeconds ?? 0;
  checkRange(terminationWaitSeconds, `${member}.terminationWaitInSeconds`, 0, 3600);
  const common = {
    kind: 'blue-green' as const,
    bakeSeconds,
    terminationWaitSeconds,
    alarms,
    maxExecutionSeconds: checkMaxExecution(policy, member),
  };
  if (type === 'CANARY') {
    const size = checkCapacitySize(routing.CanarySize, `${member}.trafficRoutingConfiguration.canarySize`);
    const share = checkFractionOfEveryVariant(
      size,
      green,
      0,
      0.5,
      (variant, count) =>
        `CanarySize must be less than or equal to 50% of the variant's total instance count (${count} for variant "${variant}").`,
    );
    return { ...common, strategy: 'CANARY', greenShares: [share, 1] };
  }
  if (type === 'LINEAR') {
    const size = checkCapacitySize(
      routing.LinearStepSize,
      `${member}.trafficRoutingConfiguration.linearStepSize`,
    );
    const step = checkFractionOfEveryVariant(
      size,
      green,
      0.1,
      0.5,
      (variant, count) =>
        `LinearStepSize must be between 10% and 50% of the variant's total instance count (${count} for variant "${variant}").`,
    );
    return { ...common, strategy: 'LINEAR', greenShares: shareSteps(step) };
  }
  return { ...common, strategy: 'ALL_AT_ONCE', greenShares: [1] };
}

/**
 * Validates UpdateEndpoint's DeploymentConfig as SageMaker does and turns it into the steps the
 * deployment runs. With no DeploymentConfig (or no policy in it) SageMaker updates blue/green all at
 * once without a bake; its exclusions turn a policy into that too.
 */
export function planDeployment(
  config: DeploymentConfig | undefined,
  blue: DeployedVariant[],
  green: PlannedVariant[],
): DeploymentPlan {
  const alarms = config ? checkAlarms(config) : [];
  const blueGreen = config?.BlueGreenUpdatePolicy;
  const rolling = config?.RollingUpdatePolicy;
  if (blueGreen && rolling) {
    throw validationError(
      'Only one update policy should be used: BlueGreenUpdatePolicy or RollingUpdatePolicy.',
    );
  }
  const plan: DeploymentPlan = rolling
    ? rollingPlan(rolling, green, alarms)
    : blueGreen
      ? blueGreenPlan(blueGreen, green, alarms)
      : allAtOnceWithoutBake(alarms);
  const excluded = blueGreen || rolling ? exclusion(blue, green, plan.kind === 'rolling') : undefined;
  if (!excluded) return plan;
  return {
    ...allAtOnceWithoutBake(alarms),
    maxExecutionSeconds: plan.maxExecutionSeconds,
    fallback: `All at once without baking: ${excluded}.`,
  };
}

/** What SageMaker does with no DeploymentConfig, and for the endpoints guardrails exclude. */
function allAtOnceWithoutBake(alarms: string[]): BlueGreenPlan {
  return {
    kind: 'blue-green',
    strategy: 'ALL_AT_ONCE',
    greenShares: [1],
    bakeSeconds: 0,
    terminationWaitSeconds: 0,
    alarms,
  };
}
