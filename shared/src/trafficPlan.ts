import type { DeploymentStrategy } from './deploymentStrategy';
import { formatPresetName } from './deploymentPresetName';
import { InputError } from './errors';

/**
 * SageMaker sizes a percentage of a fleet in whole instances, and a step is never empty. Rounding up is
 * our reading of the service (the API documents percentages, not the rounding); plan mode shows the result.
 */
export function instancesForPercent(percent: number, instanceCount: number): number {
  return Math.max(1, Math.ceil((instanceCount * percent) / 100));
}

const roundShare = (share: number) => Math.round(share * 100) / 100;

function cumulativeShares(stepPercent: number): number[] {
  const shares: number[] = [];
  for (let share = stepPercent; share < 100; share += stepPercent) shares.push(share);
  return [...shares, 100];
}

/**
 * The new fleet's share of traffic after each guardrails step. Given the instance count, shares follow
 * whole instances: Linear10Percent on 4 instances moves 25% per step in 4 steps, not 10 steps.
 */
export function greenShares(strategy: DeploymentStrategy, instanceCount?: number): number[] {
  const { kind, percent } = strategy;
  if (kind === 'all-at-once') return [100];
  if (instanceCount === undefined) return kind === 'canary' ? [percent, 100] : cumulativeShares(percent);
  const step = instancesForPercent(percent, instanceCount);
  if (kind === 'canary') return [roundShare((100 * Math.min(step, instanceCount)) / instanceCount), 100];
  const shares: number[] = [];
  for (let active = step; active < instanceCount; active += step)
    shares.push(roundShare((100 * active) / instanceCount));
  return [...shares, 100];
}

/** One step of `traffic-shifting: weights`: the variants' DesiredWeight as percentages, then a bake. */
export interface WeightStep {
  newWeightPercent: number;
  oldWeightPercent: number;
  /** Alarms are watched this long before the next step; the final step bakes too, as SageMaker's do. */
  bakeSeconds: number;
}

/**
 * The client-side plan for endpoints that guardrails do not cover. Weights are not bound to instances,
 * so the preset's percentages are used as they are.
 */
export function weightSteps(strategy: DeploymentStrategy): WeightStep[] {
  if (strategy.kind === 'rolling') {
    // Rolling replaces instances batch by batch inside one variant; weights move traffic between two.
    const linear =
      strategy.percent >= 10
        ? formatPresetName({ ...strategy, kind: 'linear', percent: Math.min(strategy.percent, 50) })
        : undefined;
    throw InputError.single({
      input: 'deployment-config',
      value: strategy.preset,
      allowed:
        'Rolling is a SageMaker guardrails update; with traffic-shifting weights use AllAtOnce, Canary<P>Percent<N>Minutes or Linear<P>PercentEvery<N>Minute(s)',
      didYouMean: linear,
    });
  }
  const shares = strategy.kind === 'all-at-once' ? [100] : greenShares(strategy);
  return shares.map((share) => ({
    newWeightPercent: share,
    oldWeightPercent: 100 - share,
    bakeSeconds: strategy.intervalSeconds,
  }));
}

export type TrafficShifting = 'guardrails' | 'weights';

export interface TimelineStep {
  /** Seconds from the start of the update. */
  startSeconds: number;
  greenTrafficPercent: number;
  /** Instances of the new fleet serving traffic, when the instance count is known. */
  greenInstances?: number;
  bakeSeconds: number;
}

export interface DeploymentTimeline {
  trafficShifting: TrafficShifting;
  steps: TimelineStep[];
  /** When the new fleet has all traffic and its last bake is over. */
  shiftedAtSeconds: number;
  totalBakeSeconds: number;
  /** Blue/green only: the old fleet stays this long after the last bake (TerminationWaitInSeconds). */
  terminationWaitSeconds: number;
  rollbackWindowSeconds: number;
  /** Everything the action waits for, provisioning and rollback window included. */
  totalSeconds: number;
  /**
   * How long capacity beyond the normal fleet runs, from the start of provisioning: the whole new fleet
   * for blue/green and weights, one batch for rolling. This is the window that costs double.
   */
  doubleFleetSeconds: number;
  /** The peak number of instances beyond the normal fleet, when the instance count is known. */
  extraInstances?: number;
}

export interface TimelineOptions {
  trafficShifting?: TrafficShifting;
  /** Instances of the new fleet; without it the preset's percentages are shown as they are. */
  instanceCount?: number;
  /** An estimate of how long new instances take to come up (per batch for rolling). Default 0. */
  provisioningSeconds?: number;
  /** `rollback-window-seconds`: alarms are watched this long after the new fleet has all traffic. */
  rollbackWindowSeconds?: number;
}

/** The expected course of a deployment, for plan mode and for the summary's chart. */
export function deploymentTimeline(
  strategy: DeploymentStrategy,
  options: TimelineOptions = {},
): DeploymentTimeline {
  const trafficShifting = options.trafficShifting ?? 'guardrails';
  const provisioning = options.provisioningSeconds ?? 0;
  const rollbackWindowSeconds = options.rollbackWindowSeconds ?? 0;
  const { instanceCount } = options;
  const bake = strategy.intervalSeconds;
  const instancesAt = (share: number) =>
    instanceCount === undefined ? undefined : Math.round((share * instanceCount) / 100);

  if (trafficShifting === 'guardrails' && strategy.kind === 'rolling') {
    return rollingTimeline(strategy, provisioning, rollbackWindowSeconds, instanceCount);
  }
  const shares =
    trafficShifting === 'weights'
      ? weightSteps(strategy).map((s) => s.newWeightPercent)
      : greenShares(strategy, instanceCount);
  const steps = shares.map((share, i) => ({
    startSeconds: provisioning + i * bake,
    greenTrafficPercent: share,
    greenInstances: trafficShifting === 'guardrails' ? instancesAt(share) : undefined,
    bakeSeconds: bake,
  }));
  const totalBakeSeconds = shares.length * bake;
  const shiftedAtSeconds = provisioning + totalBakeSeconds;
  // Weights mode keeps the old variant until the action removes it, so it has no termination wait; the
  // old variant is what a rollback inside the window returns to, so the window costs double there.
  const terminationWaitSeconds =
    trafficShifting === 'guardrails' ? (strategy.terminationWaitSeconds ?? 0) : 0;
  const doubleFleetSeconds =
    trafficShifting === 'guardrails'
      ? shiftedAtSeconds + terminationWaitSeconds
      : shiftedAtSeconds + rollbackWindowSeconds;
  return withoutUndefined({
    trafficShifting,
    steps: steps.map(withoutUndefined),
    shiftedAtSeconds,
    totalBakeSeconds,
    terminationWaitSeconds,
    rollbackWindowSeconds,
    totalSeconds: shiftedAtSeconds + terminationWaitSeconds + rollbackWindowSeconds,
    doubleFleetSeconds,
    extraInstances: instanceCount,
  });
}

/** Rolling: each batch is provisioned, takes its share and bakes before the next batch starts. */
function rollingTimeline(
  strategy: DeploymentStrategy,
  provisioning: number,
  rollbackWindowSeconds: number,
  instanceCount: number | undefined,
): DeploymentTimeline {
  const trafficShifting = 'guardrails';
  const bake = strategy.intervalSeconds;
  const instancesAt = (share: number) =>
    instanceCount === undefined ? undefined : Math.round((share * instanceCount) / 100);
  // Each batch is provisioned, takes its share and bakes before the next batch starts.
  const shares = greenShares(strategy, instanceCount);
  const steps = shares.map((share, i) => ({
    startSeconds: (i + 1) * provisioning + i * bake,
    greenTrafficPercent: share,
    greenInstances: instancesAt(share),
    bakeSeconds: bake,
  }));
  const shiftedAtSeconds = shares.length * (provisioning + bake);
  return withoutUndefined({
    trafficShifting,
    steps: steps.map(withoutUndefined),
    shiftedAtSeconds,
    totalBakeSeconds: shares.length * bake,
    terminationWaitSeconds: 0,
    rollbackWindowSeconds,
    totalSeconds: shiftedAtSeconds + rollbackWindowSeconds,
    doubleFleetSeconds: shiftedAtSeconds,
    extraInstances:
      instanceCount === undefined ? undefined : instancesForPercent(strategy.percent, instanceCount),
  });
}

// The plan is also an action output (JSON); absent facts are left out rather than written as null.
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
