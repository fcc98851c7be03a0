import type {
  ContainerDefinition,
  CreateEndpointConfigCommandInput,
  DescribeEndpointConfigCommandOutput,
  ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import {
  deploymentTimeline,
  deploymentWarnings,
  type DeploymentStrategy,
  type EndpointShape,
  type WatchedAlarm,
} from '@modelship/shared';

export type ShiftingMode = 'create' | 'guardrails' | 'weights' | 'unchanged';

export interface PlanStep {
  newFleetPercent: number;
  bakeSeconds: number;
  /** Seconds from the start of the update. */
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
  notes: string[];
}

export interface PlanFacts {
  endpointName: string;
  modelName: string;
  containers: ContainerDefinition[];
  endpointConfigName: string;
  newConfig: Omit<CreateEndpointConfigCommandInput, 'EndpointConfigName'>;
  previousConfig?: DescribeEndpointConfigCommandOutput;
  previousContainers?: ContainerDefinition[];
  strategy: DeploymentStrategy;
  shifting: ShiftingMode;
  /** Named alarms with their states and windows, and the threshold alarms to be created. */
  alarms: WatchedAlarm[];
  rollbackWindowSeconds: number;
}

function shapeOf(
  config: { ProductionVariants?: ProductionVariant[]; AsyncInferenceConfig?: unknown } | undefined,
): EndpointShape | undefined {
  if (!config) return undefined;
  return {
    variants: (config.ProductionVariants ?? []).map((v) => ({
      variantName: v.VariantName ?? '',
      instanceType: v.InstanceType,
      instanceCount: v.InitialInstanceCount,
      serverless: Boolean(v.ServerlessConfig),
    })),
    async: Boolean(config.AsyncInferenceConfig),
  };
}

export function planDeployment(facts: PlanFacts): DeploymentPlanReport {
  const variant = facts.newConfig.ProductionVariants?.[0];
  const previousVariant = facts.previousConfig?.ProductionVariants?.[0];
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
  }

  const shifts = facts.shifting === 'guardrails' || facts.shifting === 'weights';
  const timeline = shifts
    ? deploymentTimeline(facts.strategy, {
        trafficShifting: facts.shifting as 'guardrails' | 'weights',
        instanceCount: variant?.InitialInstanceCount,
        rollbackWindowSeconds: facts.rollbackWindowSeconds,
      })
    : undefined;
  const found = deploymentWarnings({
    strategy: facts.strategy,
    trafficShifting: facts.shifting === 'weights' ? 'weights' : 'guardrails',
    current: shapeOf(facts.previousConfig),
    next: shapeOf(facts.newConfig) as EndpointShape,
    alarms: facts.alarms,
  });
  return {
    endpointName: facts.endpointName,
    action: facts.shifting === 'create' ? 'create' : facts.shifting === 'unchanged' ? 'no-change' : 'update',
    shifting: facts.shifting,
    strategy: facts.strategy.preset,
    model: {
      name: facts.modelName,
      images,
      modelDataUrls: facts.containers.map((c) => c.ModelDataUrl ?? '-'),
    },
    endpointConfigName: facts.endpointConfigName,
    previousEndpointConfigName: facts.previousConfig?.EndpointConfigName,
    changes,
    steps: (timeline?.steps ?? []).map((s) => ({
      newFleetPercent: s.greenTrafficPercent,
      bakeSeconds: s.bakeSeconds,
      startsAtSeconds: s.startSeconds,
    })),
    expectedDurationSeconds: timeline?.totalSeconds ?? 0,
    doubleFleetSeconds: timeline?.doubleFleetSeconds ?? 0,
    warnings: found.filter((w) => w.severity !== 'info').map((w) => w.message),
    notes: found.filter((w) => w.severity === 'info').map((w) => w.message),
  };
}
