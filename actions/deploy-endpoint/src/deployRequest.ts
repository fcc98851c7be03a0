import type { AlarmThreshold, DeploymentStrategy, InputValues, Provenance } from '@modelship/shared';
import type { inputs } from './inputs';
import type { ModelSource } from './modelSource';

export type DeployInputs = InputValues<typeof inputs>;

/** Everything the deployment core needs, parsed and checked before any AWS call; built by the step. */
export interface DeployRequest {
  inputs: DeployInputs;
  region: string;
  source: ModelSource;
  strategy: DeploymentStrategy;
  /** The parsed `alarm-thresholds`: alarms the action creates on the new fleet. */
  thresholds: AlarmThreshold[];
  provenance: Provenance;
  startedAtMs: number;
}

export type DeployStatus = 'deployed' | 'rolled-back' | 'planned' | 'failed' | 'in-progress';

/** The endpoint the request names; deployInputProblems requires it with target sagemaker. */
export const endpointNameOf = (request: DeployRequest): string => request.inputs['endpoint-name'] as string;

/** When the action stops waiting (SageMaker goes on): `timeout-minutes` after the deployment started. */
export const deadlineOf = (request: DeployRequest): number =>
  request.startedAtMs + request.inputs['timeout-minutes'] * 60_000;
