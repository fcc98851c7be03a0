import type { DeploymentConfig, ProductionVariantInstanceType } from '@aws-sdk/client-sagemaker';
import type { ValidEndpointConfigInput } from '../validHostingRequests';
import type { Fleet } from '../../../modelServing/types';

export type EndpointStatus = 'Creating' | 'Updating' | 'RollingBack' | 'InService' | 'Deleting' | 'Failed';

export type VariantPhase = 'Creating' | 'Updating' | 'Deleting' | 'ActivatingTraffic' | 'Baking';

export interface VariantPhaseEntry {
  Status: VariantPhase;
  StatusMessage?: string;
  StartTime: Date;
}

/** One variant of an endpoint (or of the deployment replacing it) as it runs. */
export interface DeployedVariant {
  name: string;
  configName: string;
  modelName: string;
  instanceType?: ProductionVariantInstanceType;
  /** Undefined for a model-package container (no Image). */
  images: Array<string | undefined>;
  currentWeight: number;
  desiredWeight: number;
  /** Undefined for serverless variants, which SageMaker describes by their serverless config instead. */
  currentInstanceCount?: number;
  desiredInstanceCount?: number;
  serverless?: { MemorySizeInMB: number; MaxConcurrency: number; ProvisionedConcurrency?: number };
  /** Usually one; a rolling deployment leaves one fleet per batch it provisioned. */
  fleets: Fleet[];
  phases: VariantPhaseEntry[];
}

/** What happened at one moment of a deployment; `greenPercent` is the new fleet's share of traffic. */
export interface DeploymentEvent {
  at: Date;
  kind: 'provisioning' | 'shift' | 'bake' | 'rolled-back' | 'completed' | 'failed' | 'blue-terminated';
  greenPercent: number;
  message?: string;
}

/** One UpdateEndpoint deployment, kept so tests and people can see each step and its time. */
export interface DeploymentRecord {
  fromConfig: string;
  toConfig: string;
  strategy: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR' | 'ROLLING';
  /** Set when SageMaker's exclusions turned the requested policy into all-at-once without bakes. */
  fallback?: string;
  startedAt: Date;
  endedAt?: Date;
  outcome: 'in-progress' | 'succeeded' | 'rolled-back';
  failureReason?: string;
  events: DeploymentEvent[];
}

export interface EndpointState {
  name: string;
  arn: string;
  configName: string;
  /** The serving config as it was when deployed: SageMaker lets the config itself be deleted. */
  configRequest: ValidEndpointConfigInput;
  status: EndpointStatus;
  failureReason?: string;
  creationTime: Date;
  lastModifiedTime: Date;
  variants: DeployedVariant[];
  lastDeploymentConfig?: DeploymentConfig;
  /** Set while an UpdateEndpoint deployment runs: the new config's variants (green). */
  pending?: { configName: string; startTime: Date; variants: DeployedVariant[] };
  deployments: DeploymentRecord[];
  /** Aborted when the endpoint is deleted or the emulator reset, so background work stops. */
  abort: AbortController;
}

/** SageMaker keeps at most 5 VariantStatus entries; one current phase per variant is what it shows in practice. */
export function setPhase(
  variants: DeployedVariant[],
  at: Date,
  phase?: VariantPhase,
  message?: string,
): void {
  for (const variant of variants)
    variant.phases = phase ? [{ Status: phase, StatusMessage: message, StartTime: at }] : [];
}

export const capFailureReason = (reason: string): string => reason.slice(0, 1024);
