import type {
  ContainerDefinition,
  CreateEndpointConfigCommandInput,
  DescribeEndpointConfigCommandOutput,
} from '@aws-sdk/client-sagemaker';
import {
  totalBakeSeconds,
  trafficShares,
  type DeploymentStrategy,
  type DeploymentTimeouts,
} from '@modelship/shared';
import type { AlarmState } from './alarmStates';

export type ShiftingMode = 'create' | 'guardrails' | 'weights' | 'unchanged';

export interface PlanStep {
  newFleetPercent: number;
  bakeSeconds: number;
  /** Seconds from the start of traffic shifting. */
  startsAtSeconds: number;
}

/** What a deployment would do, computed without changing anything: plan mode's output and deploy mode's preface. */
export interface DeploymentPlanReport {
  endpointName: string;
  action: 'create' | 'update' | 'no-change';
  shifting: ShiftingMode;
  strategy: string;
  model: { name: string; images: string[]; modelDataUrls: string[] };
  endpointConfigName: string;
  previousEndpointConfigName?: string;
  changes: Array<{ what: string; from: string; to: string }>;
  steps: PlanStep[];
  expectedDurationSeconds: number;
  /** How long both fleets run, which is when a blue/green update costs double. */
  doubleFleetSeconds: number;
  warnings: string[];
}

export interface PlanFacts {
  endpointName: string;
  modelName: string;
  containers: ContainerDefinition[];
  endpointConfigName: string;
  newConfig: Omit<CreateEndpointConfigCommandInput, 'EndpointConfigName'>;
  previousConfig?: DescribeEndpointConfigCommandOutput;
  previousContainers?: ContainerDefinition[];
  strategyName: string;
  strategy: DeploymentStrategy;
  timeouts: DeploymentTimeouts;
  shifting: ShiftingMode;
  alarmStates: AlarmState[];
  /** Period × evaluation periods of each guarding alarm, in seconds. */
  alarmWindows: Array<{ name: string; seconds: number }>;
  instanceType?: string;
}

/** Endpoints for which SageMaker silently runs an all-at-once update with no bake. */
function guardrailExclusions(facts: PlanFacts): string[] {
  const variants = facts.newConfig.ProductionVariants ?? [];
  const reasons: string[] = [];
  if (variants.some((v) => v.ServerlessConfig)) reasons.push('serverless endpoints');
  if (variants.length > 1) reasons.push('endpoints with several variants');
  if (facts.newConfig.AsyncInferenceConfig) reasons.push('asynchronous endpoints');
  if (variants.some((v) => String(v.InstanceType ?? '').startsWith('ml.inf1.')))
    reasons.push('Inf1 instances');
  return reasons;
}

export function planDeployment(facts: PlanFacts): DeploymentPlanReport {
  const variant = facts.newConfig.ProductionVariants?.[0];
  const previousVariant = facts.previousConfig?.ProductionVariants?.[0];
  const warnings: string[] = [];
  const changes: DeploymentPlanReport['changes'] = [];
  const change = (what: string, from: unknown, to: unknown) => {
    if (String(from ?? '-') !== String(to ?? '-'))
      changes.push({ what, from: String(from ?? '-'), to: String(to ?? '-') });
  };
  const images = facts.containers.map((c) => c.Image ?? '?');
  if (facts.previousConfig) {
    change('model', previousVariant?.ModelName, variant?.ModelName);
    change('image', facts.previousContainers?.map((c) => c.Image).join(', '), images.join(', '));
    change(
      'model data',
      facts.previousContainers?.map((c) => c.ModelDataUrl).join(', '),
      facts.containers.map((c) => c.ModelDataUrl).join(', '),
    );
    change('instance type', previousVariant?.InstanceType, variant?.InstanceType);
    change('instance count', previousVariant?.InitialInstanceCount, variant?.InitialInstanceCount);
    if (previousVariant && variant && previousVariant.VariantName !== variant.VariantName) {
      warnings.push(
        `The variant name changes from ${previousVariant.VariantName} to ${variant.VariantName}: guardrails need the same variant name, so SageMaker replaces the fleet all at once.`,
      );
    }
  }

  let shares = trafficShares(facts.strategy);
  let bake = facts.strategy.bakeSeconds;
  if (facts.shifting === 'create' || facts.shifting === 'unchanged') {
    shares = [];
    bake = 0;
  }
  const excluded = guardrailExclusions(facts);
  if (facts.shifting === 'guardrails' && excluded.length && facts.strategy.kind !== 'all-at-once') {
    warnings.push(
      `SageMaker does not run ${facts.strategyName} for ${excluded.join(' and ')}: it would update all at once with no bake. Use traffic-shifting: weights to shift traffic step by step.`,
    );
  }
  for (const alarm of facts.alarmStates.filter((a) => a.state === 'ALARM')) {
    warnings.push(`Alarm ${alarm.name} is already in ALARM: the deployment stops before changing anything.`);
  }
  for (const alarm of facts.alarmStates.filter((a) => a.state === 'MISSING')) {
    warnings.push(`Alarm ${alarm.name} does not exist: it cannot guard the deployment.`);
  }
  if (shares.length && facts.strategy.kind !== 'all-at-once') {
    for (const window of facts.alarmWindows) {
      if (window.seconds > bake) {
        warnings.push(
          `Each bake lasts ${bake} s but alarm ${window.name} needs ${window.seconds} s (period × evaluation periods) to go into ALARM: it could never stop a bake. Lengthen the bake or shorten the alarm.`,
        );
      }
    }
  }
  const steps = shares.map((share, i) => ({
    newFleetPercent: share,
    bakeSeconds: bake,
    startsAtSeconds: i * bake,
  }));
  const bakes = shares.length ? totalBakeSeconds({ ...facts.strategy, bakeSeconds: bake }) : 0;
  const termination = facts.timeouts.terminationWaitSeconds ?? 0;
  const doubleFleet =
    facts.shifting === 'guardrails' && facts.strategy.kind !== 'rolling' ? bakes + termination : 0;
  return {
    endpointName: facts.endpointName,
    action: facts.shifting === 'create' ? 'create' : facts.shifting === 'unchanged' ? 'no-change' : 'update',
    shifting: facts.shifting,
    strategy: facts.strategyName,
    model: {
      name: facts.modelName,
      images,
      modelDataUrls: facts.containers.map((c) => c.ModelDataUrl ?? '-'),
    },
    endpointConfigName: facts.endpointConfigName,
    previousEndpointConfigName: facts.previousConfig?.EndpointConfigName,
    changes,
    steps,
    expectedDurationSeconds: bakes + termination,
    doubleFleetSeconds: doubleFleet,
    warnings,
  };
}
