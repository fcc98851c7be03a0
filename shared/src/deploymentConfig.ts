import type { CreateDeploymentConfigInput } from '@aws-sdk/client-codedeploy';
import type { CapacitySize, DeploymentConfig, TrafficRoutingConfig } from '@aws-sdk/client-sagemaker';
import {
  formatPresetName,
  PRESET_GRAMMAR,
  readPresetName,
  suggestPresetName,
  type PresetName,
} from './deploymentPresetName';
import type { DeploymentStrategy } from './deploymentStrategy';
import { InputError } from './errors';
import { greenShares, instancesForPercent } from './trafficPlan';

export type { DeploymentKind } from './deploymentPresetName';
export type { DeploymentStrategy } from './deploymentStrategy';

export interface DeploymentRefinements {
  /** `termination-wait-seconds` */
  terminationWaitSeconds?: number;
  /** `max-execution-seconds` */
  maxExecutionSeconds?: number;
  /** The new fleet's instances; when known, the canary's size and the step count are checked exactly. */
  instanceCount?: number;
}

/** SageMaker's limits (sagemaker-api-facts §1). */
export const PERCENT_LIMITS = { canary: [1, 50], linear: [10, 50], rolling: [5, 50] } as const;
export const WAIT_INTERVAL_MAX_SECONDS = 3600;
export const TERMINATION_WAIT_MAX_SECONDS = 3600;
export const MAX_EXECUTION_LIMITS = [600, 28800] as const;
export const MAX_GUARDING_ALARMS = 10;

const INPUT = 'deployment-config';
const STEP = {
  canary: { noun: 'a canary', field: 'CanarySize' },
  linear: { noun: 'a linear step', field: 'LinearStepSize' },
  rolling: { noun: 'a rolling batch', field: 'MaximumBatchSize' },
} as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function invalid(input: string, value: string, allowed: string, didYouMean?: string): InputError {
  return InputError.single({ input, value, allowed, didYouMean });
}

/**
 * Reads `deployment-config` and its refinements into a strategy, or throws an InputError that names the
 * input, the value, what is allowed and the closest valid name.
 */
export function parseDeploymentConfig(
  value: string,
  refinements: DeploymentRefinements = {},
): DeploymentStrategy {
  const preset = readPresetName(value);
  if (!preset) throw invalid(INPUT, value, PRESET_GRAMMAR, suggestPresetName(value));
  checkPresetRanges(value, preset);
  const strategy: DeploymentStrategy = {
    kind: preset.kind,
    percent: preset.percent,
    intervalSeconds: preset.intervalSeconds,
    preset: formatPresetName(preset),
  };
  if (refinements.terminationWaitSeconds !== undefined)
    strategy.terminationWaitSeconds = refinements.terminationWaitSeconds;
  if (refinements.maxExecutionSeconds !== undefined)
    strategy.maxExecutionSeconds = refinements.maxExecutionSeconds;
  validateDeploymentStrategy(strategy, refinements.instanceCount);
  return strategy;
}

function checkPresetRanges(value: string, preset: PresetName): void {
  if (preset.kind === 'all-at-once') return;
  const [min, max] = PERCENT_LIMITS[preset.kind];
  const { noun, field } = STEP[preset.kind];
  if (preset.percent < min || preset.percent > max) {
    throw invalid(
      INPUT,
      value,
      `${noun} moves ${min}% to ${max}% of the fleet (SageMaker's ${field}), not ${preset.percent}%`,
      formatPresetName({ ...preset, percent: clamp(preset.percent, min, max) }),
    );
  }
  if (preset.intervalSeconds > WAIT_INTERVAL_MAX_SECONDS) {
    throw invalid(
      INPUT,
      value,
      `a bake (WaitIntervalInSeconds) is 0 to 3600 seconds (60 minutes), not ${preset.intervalSeconds} s`,
      formatPresetName({ ...preset, intervalSeconds: WAIT_INTERVAL_MAX_SECONDS }),
    );
  }
}

/** Bakes plus the termination wait: what MaximumExecutionTimeoutInSeconds has to outlast. */
export function totalWaitSeconds(strategy: DeploymentStrategy, instanceCount?: number): number {
  return (
    greenShares(strategy, instanceCount).length * strategy.intervalSeconds +
    (strategy.terminationWaitSeconds ?? 0)
  );
}

/**
 * The checks that need the refinements or the fleet size. parseDeploymentConfig runs them; run them
 * again once the instance count is known if it was not at parse time.
 */
export function validateDeploymentStrategy(strategy: DeploymentStrategy, instanceCount?: number): void {
  const wait = strategy.terminationWaitSeconds;
  if (wait !== undefined) {
    if (!Number.isInteger(wait) || wait < 0 || wait > TERMINATION_WAIT_MAX_SECONDS) {
      throw invalid('termination-wait-seconds', String(wait), 'it must be a whole number from 0 to 3600');
    }
    if (strategy.kind === 'rolling' && wait > 0) {
      throw invalid(
        'termination-wait-seconds',
        String(wait),
        `it applies to blue/green deployments (AllAtOnce, Canary, Linear); ${strategy.preset} replaces instances batch by batch and has no old fleet to keep`,
      );
    }
  }
  if (instanceCount !== undefined) checkCanaryFitsFleet(strategy, instanceCount);

  const needed = totalWaitSeconds(strategy, instanceCount);
  const [minExecution, maxExecution] = MAX_EXECUTION_LIMITS;
  if (needed >= maxExecution) {
    throw invalid(
      INPUT,
      strategy.preset,
      `its bakes and termination wait take ${needed} s, and SageMaker stops every deployment after at most ${maxExecution} s (8 hours); use fewer or shorter steps`,
    );
  }
  const max = strategy.maxExecutionSeconds;
  if (max === undefined) return;
  if (!Number.isInteger(max) || max < minExecution || max > maxExecution) {
    throw invalid('max-execution-seconds', String(max), 'it must be a whole number from 600 to 28800');
  }
  if (max <= needed) {
    // Ten minutes on top of the waits leaves room for provisioning the new instances.
    const suggestion = clamp(Math.ceil((needed + 600) / 60) * 60, minExecution, maxExecution);
    throw invalid(
      'max-execution-seconds',
      String(max),
      `it must be larger than the bakes and termination wait of ${strategy.preset} (${needed} s), or SageMaker times out and rolls back every deployment`,
      String(suggestion),
    );
  }
}

/** SageMaker: the canary is at most half of the new fleet, counted in whole instances. */
function checkCanaryFitsFleet(strategy: DeploymentStrategy, instanceCount: number): void {
  if (strategy.kind !== 'canary') return;
  const canary = instancesForPercent(strategy.percent, instanceCount);
  if (canary * 2 <= instanceCount) return;
  let largest: number | undefined;
  for (let percent = PERCENT_LIMITS.canary[1]; percent >= 1 && largest === undefined; percent--)
    if (instancesForPercent(percent, instanceCount) * 2 <= instanceCount) largest = percent;
  const fix =
    largest === undefined
      ? 'a canary needs at least 2 instances (instance-count); use AllAtOnce or raise instance-count'
      : `use at most ${largest}%`;
  throw invalid(
    INPUT,
    strategy.preset,
    `a canary may take at most half of the new fleet, and ${strategy.percent}% of instance-count ${instanceCount} is ${canary} instance${canary === 1 ? '' : 's'}; ${fix}`,
    largest === undefined ? undefined : formatPresetName({ ...strategy, percent: largest }),
  );
}

export interface SageMakerDeploymentOptions {
  /** The new fleet's instances; checks the canary, and is needed for INSTANCE_COUNT. */
  instanceCount?: number;
  /** Named and threshold alarms together; SageMaker rolls back when any of them fires. */
  alarms?: readonly string[];
  /**
   * CAPACITY_PERCENT (default) keeps the user's percentages. INSTANCE_COUNT sends whole instances as
   * plan mode computed them, so the rounding is ours rather than the service's.
   */
  capacityType?: CapacitySize['Type'];
}

/** The DeploymentConfig of UpdateEndpoint that makes SageMaker itself run the strategy with guardrails. */
export function toSageMakerDeploymentConfig(
  strategy: DeploymentStrategy,
  options: SageMakerDeploymentOptions = {},
): DeploymentConfig {
  const { instanceCount } = options;
  if (instanceCount !== undefined) validateDeploymentStrategy(strategy, instanceCount);
  const capacity = (percent: number): CapacitySize => {
    if (options.capacityType !== 'INSTANCE_COUNT') return { Type: 'CAPACITY_PERCENT', Value: percent };
    if (instanceCount === undefined)
      throw new Error('INSTANCE_COUNT capacity needs the instance count of the new fleet.');
    return { Type: 'INSTANCE_COUNT', Value: instancesForPercent(percent, instanceCount) };
  };
  const alarms = guardingAlarms(options.alarms ?? []);
  const rollback = alarms.length
    ? { AutoRollbackConfiguration: { Alarms: alarms.map((AlarmName) => ({ AlarmName })) } }
    : {};
  const maxExecution =
    strategy.maxExecutionSeconds === undefined
      ? {}
      : { MaximumExecutionTimeoutInSeconds: strategy.maxExecutionSeconds };

  if (strategy.kind === 'rolling') {
    return {
      RollingUpdatePolicy: {
        MaximumBatchSize: capacity(strategy.percent),
        WaitIntervalInSeconds: strategy.intervalSeconds,
        ...maxExecution,
      },
      ...rollback,
    };
  }
  const wait = strategy.intervalSeconds;
  const routing: TrafficRoutingConfig =
    strategy.kind === 'canary'
      ? { Type: 'CANARY', CanarySize: capacity(strategy.percent), WaitIntervalInSeconds: wait }
      : strategy.kind === 'linear'
        ? { Type: 'LINEAR', LinearStepSize: capacity(strategy.percent), WaitIntervalInSeconds: wait }
        : { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: wait };
  return {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: routing,
      ...(strategy.terminationWaitSeconds === undefined
        ? {}
        : { TerminationWaitInSeconds: strategy.terminationWaitSeconds }),
      ...maxExecution,
    },
    ...rollback,
  };
}

function guardingAlarms(names: readonly string[]): string[] {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const tooLong = unique.find((name) => name.length > 255);
  if (tooLong !== undefined)
    throw invalid('alarms', tooLong, 'an alarm name is 1 to 255 characters (CloudWatch)');
  if (unique.length > MAX_GUARDING_ALARMS) {
    throw invalid(
      'alarms',
      unique.join(','),
      `SageMaker guards a deployment with at most ${MAX_GUARDING_ALARMS} alarms, named and alarm-thresholds ones together; this is ${unique.length}`,
    );
  }
  return unique;
}

export type CodeDeployPlatform = 'Lambda' | 'ECS';

export interface CodeDeployConfigChoice {
  deploymentConfigName: string;
  predefined: boolean;
  /** For a custom config: create it (CreateDeploymentConfig) once, then deploy with its name. */
  create?: CreateDeploymentConfigInput;
}

// CodeDeploy's predefined configs ([CD] in sagemaker-api-facts §8), spelled exactly as the service does.
const PREDEFINED: Record<CodeDeployPlatform, string[]> = {
  Lambda: [
    'CodeDeployDefault.LambdaAllAtOnce',
    'CodeDeployDefault.LambdaCanary10Percent5Minutes',
    'CodeDeployDefault.LambdaCanary10Percent10Minutes',
    'CodeDeployDefault.LambdaCanary10Percent15Minutes',
    'CodeDeployDefault.LambdaCanary10Percent30Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
    'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
  ],
  ECS: [
    'CodeDeployDefault.ECSAllAtOnce',
    'CodeDeployDefault.ECSCanary10Percent5Minutes',
    'CodeDeployDefault.ECSCanary10Percent15Minutes',
    'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
    'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
  ],
};

const presetKey = (p: Pick<PresetName, 'kind' | 'percent' | 'intervalSeconds'>) =>
  p.kind === 'all-at-once' ? p.kind : `${p.kind}/${p.percent}/${p.intervalSeconds}`;

const PREDEFINED_BY_KEY = Object.fromEntries(
  (Object.keys(PREDEFINED) as CodeDeployPlatform[]).map((platform) => [
    platform,
    new Map(PREDEFINED[platform].map((name) => [presetKey(readPresetName(name) as PresetName), name])),
  ]),
) as Record<CodeDeployPlatform, Map<string, string>>;

/**
 * The CodeDeploy deployment config for a Lambda or ECS target: a predefined one when it means the same,
 * else a custom TrafficRoutingConfig with a deterministic name, so re-runs reuse it.
 */
export function toCodeDeployConfigName(
  strategy: DeploymentStrategy,
  platform: CodeDeployPlatform,
): CodeDeployConfigChoice {
  const predefined = PREDEFINED_BY_KEY[platform].get(presetKey(strategy));
  if (predefined) return { deploymentConfigName: predefined, predefined: true };
  if (strategy.kind !== 'canary' && strategy.kind !== 'linear') {
    throw invalid(
      INPUT,
      strategy.preset,
      'with target codedeploy, allowed: AllAtOnce, Canary<P>Percent<N>Minutes, Linear<P>PercentEvery<N>Minute(s); Rolling is a SageMaker endpoint update',
      strategy.percent >= 10
        ? formatPresetName({ ...strategy, kind: 'linear', percent: Math.min(strategy.percent, 50) })
        : undefined,
    );
  }
  const minutes = strategy.intervalSeconds / 60;
  if (!Number.isInteger(minutes) || minutes < 1) {
    throw invalid(
      INPUT,
      strategy.preset,
      `CodeDeploy counts ${strategy.kind} intervals in whole minutes (at least 1), not ${strategy.intervalSeconds} s`,
      formatPresetName({ ...strategy, intervalSeconds: Math.max(1, Math.ceil(minutes)) * 60 }),
    );
  }
  const deploymentConfigName = `modelship-${platform}-${strategy.preset}`;
  return {
    deploymentConfigName,
    predefined: false,
    create: {
      deploymentConfigName,
      computePlatform: platform,
      trafficRoutingConfig:
        strategy.kind === 'canary'
          ? {
              type: 'TimeBasedCanary',
              timeBasedCanary: { canaryPercentage: strategy.percent, canaryInterval: minutes },
            }
          : {
              type: 'TimeBasedLinear',
              timeBasedLinear: { linearPercentage: strategy.percent, linearInterval: minutes },
            },
    },
  };
}
