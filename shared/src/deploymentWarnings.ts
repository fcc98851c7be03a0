import { MAX_GUARDING_ALARMS } from './deploymentConfig';
import type { DeploymentStrategy } from './deploymentStrategy';
import { greenShares, type TrafficShifting } from './trafficPlan';

/** What the checks need to know about an endpoint config, read from DescribeEndpointConfig or the inputs. */
export interface EndpointShape {
  variants: VariantShape[];
  async?: boolean;
  /** The model comes from an AWS Marketplace model package or algorithm. */
  marketplace?: boolean;
}

export interface VariantShape {
  variantName: string;
  /** Absent for serverless variants. */
  instanceType?: string;
  instanceCount?: number;
  serverless?: boolean;
}

export interface WatchedAlarm {
  name: string;
  /** From DescribeAlarms; absent when not known yet (plan mode without credentials, an alarm to create). */
  state?: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  periodSeconds?: number;
  evaluationPeriods?: number;
}

export type WarningCode =
  | 'new-endpoint'
  | 'guardrails-excluded'
  | 'rolling-not-allowed'
  | 'variant-renamed'
  | 'no-alarms'
  | 'too-many-alarms'
  | 'alarm-in-alarm'
  | 'bake-shorter-than-alarm'
  | 'steps-rounded';

export interface DeploymentWarning {
  code: WarningCode;
  /** `error`: deploy mode must stop before changing anything. */
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface DeploymentWarningInput {
  strategy: DeploymentStrategy;
  trafficShifting: TrafficShifting;
  /** The endpoint's config now; absent when the endpoint is to be created. */
  current?: EndpointShape;
  next: EndpointShape;
  /** Named alarms and the ones alarm-thresholds will create, together. */
  alarms: readonly WatchedAlarm[];
}

/**
 * Why SageMaker's guardrails would not cover an update between these configs. Such an update still
 * succeeds, but as blue/green all-at-once with no bake, so the alarms never get a chance.
 */
export function guardrailExclusions(...shapes: Array<EndpointShape | undefined>): string[] {
  const reasons = new Set<string>();
  for (const shape of shapes) {
    if (!shape) continue;
    if (shape.variants.some((v) => v.serverless)) reasons.add('serverless');
    if (shape.variants.length > 1) reasons.add('multi-variant');
    if (shape.async) reasons.add('asynchronous inference');
    const inf1 = shape.variants.find((v) => v.instanceType?.startsWith('ml.inf1.'));
    if (inf1) reasons.add(`Inf1 instances (${inf1.instanceType})`);
    if (shape.marketplace) reasons.add('AWS Marketplace model');
  }
  return [...reasons];
}

const rollingExcluded = (shape: EndpointShape | undefined) =>
  !!shape && (shape.variants.length > 1 || shape.variants.some((v) => v.serverless));

/** Plan mode's list of what would go wrong or differ from what the user asked; deploy mode prints it too. */
export function deploymentWarnings(input: DeploymentWarningInput): DeploymentWarning[] {
  const { strategy, trafficShifting, current, next } = input;
  const warnings: DeploymentWarning[] = [];

  const rollingRefused = strategy.kind === 'rolling' && (rollingExcluded(current) || rollingExcluded(next));
  if (rollingRefused) {
    warnings.push({
      code: 'rolling-not-allowed',
      severity: 'error',
      message: `${strategy.preset} is a rolling update, which SageMaker does not allow for serverless or multi-variant endpoints; use Canary or Linear with traffic-shifting weights.`,
    });
  }
  if (!current) {
    warnings.push({
      code: 'new-endpoint',
      severity: 'info',
      message: `The endpoint is created, not updated: ${strategy.preset} applies from the next update.`,
    });
    return warnings;
  }

  if (trafficShifting === 'guardrails') {
    const reasons = guardrailExclusions(current, next);
    const shifts = strategy.kind !== 'all-at-once' || strategy.intervalSeconds > 0;
    if (reasons.length && shifts && !rollingRefused) {
      warnings.push({
        code: 'guardrails-excluded',
        severity: 'warning',
        message: `SageMaker's guardrails do not cover this endpoint (${reasons.join(', ')}): ${strategy.preset} would silently run all at once, with no bake and no alarm rollback. Use traffic-shifting weights (auto chooses it).`,
      });
    }
    const [before] = current.variants;
    const [after] = next.variants;
    if (current.variants.length === 1 && next.variants.length === 1 && before && after) {
      if (before.variantName !== after.variantName) {
        warnings.push({
          code: 'variant-renamed',
          severity: 'warning',
          message: `The variant is renamed from ${before.variantName} to ${after.variantName}: guardrails need the new config to keep the variant name, and alarms on VariantName=${before.variantName} would not watch the new fleet. Keep variant-name ${before.variantName}.`,
        });
      }
      const rounded = roundingNote(strategy, after.instanceCount);
      if (rounded) warnings.push({ code: 'steps-rounded', severity: 'info', message: rounded });
    }
  }

  warnings.push(...alarmWarnings(input));
  return warnings;
}

function roundingNote(strategy: DeploymentStrategy, instanceCount: number | undefined): string | undefined {
  if (strategy.kind === 'all-at-once' || instanceCount === undefined) return undefined;
  const exact = greenShares(strategy, instanceCount);
  const nominal = greenShares(strategy);
  if (exact.length === nominal.length && exact.every((share, i) => share === nominal[i])) return undefined;
  const [first] = exact;
  return strategy.kind === 'canary'
    ? `On ${instanceCount} instances the canary is whole instances: it takes ${first}% of traffic, not ${strategy.percent}%.`
    : `On ${instanceCount} instances each step is whole instances: ${strategy.preset} moves traffic in ${exact.length} steps (${exact.join('%, ')}%), not ${nominal.length}.`;
}

function alarmWarnings({ strategy, trafficShifting, alarms }: DeploymentWarningInput): DeploymentWarning[] {
  const warnings: DeploymentWarning[] = [];
  if (alarms.length === 0) {
    warnings.push({
      code: 'no-alarms',
      severity: 'warning',
      message:
        trafficShifting === 'guardrails'
          ? 'No alarms guard the deployment: SageMaker rolls back only when an alarm fires. Set alarms or alarm-thresholds.'
          : 'No alarms guard the deployment: the action can only roll back on errors. Set alarms or alarm-thresholds.',
    });
    return warnings;
  }
  if (trafficShifting === 'guardrails' && alarms.length > MAX_GUARDING_ALARMS) {
    warnings.push({
      code: 'too-many-alarms',
      severity: 'error',
      message: `SageMaker guards a deployment with at most ${MAX_GUARDING_ALARMS} alarms; there are ${alarms.length} (named and alarm-thresholds together).`,
    });
  }
  const firing = alarms.filter((a) => a.state === 'ALARM').map((a) => a.name);
  if (firing.length) {
    warnings.push({
      code: 'alarm-in-alarm',
      severity: 'error',
      message: `Already in ALARM before the update: ${firing.join(', ')}. The deployment stops before anything changes; fix the endpoint or the alarm first.`,
    });
  }
  for (const alarm of alarms) {
    if (alarm.periodSeconds === undefined || alarm.evaluationPeriods === undefined) continue;
    const window = alarm.periodSeconds * alarm.evaluationPeriods;
    if (strategy.intervalSeconds < window) {
      warnings.push({
        code: 'bake-shorter-than-alarm',
        severity: 'warning',
        message: `Alarm ${alarm.name} needs ${window} s (${alarm.evaluationPeriods} × ${alarm.periodSeconds} s) to fire, longer than the ${strategy.intervalSeconds} s bake of ${strategy.preset}: it could never stop a step. Bake at least ${window} s.`,
      });
    }
  }
  return warnings;
}
