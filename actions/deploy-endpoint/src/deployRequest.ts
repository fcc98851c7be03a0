import {
  parseAlarmThresholds,
  parseDeploymentConfig,
  provenanceFromEnvironment,
  type AlarmThreshold,
  type DeploymentStrategy,
  type InputValues,
  type Provenance,
} from '@modelship/shared';
import type { inputs } from './inputs';
import { modelSourceOf, type ModelSource } from './modelSource';

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

/** Resolve the request: every input parsed (strategy, source, thresholds) before the first AWS call. */
export function deployRequestOf(
  inputs: DeployInputs,
  env: NodeJS.ProcessEnv,
  region: string,
  startedAtMs: number,
): DeployRequest {
  return {
    inputs,
    region,
    strategy: parseDeploymentConfig(inputs['deployment-config'], {
      terminationWaitSeconds: inputs['termination-wait-seconds'],
      maxExecutionSeconds: inputs['max-execution-seconds'],
      // Serverless variants have no instances: their steps are shares of requests, not of a fleet.
      instanceCount: inputs['endpoint-type'] === 'serverless' ? undefined : inputs['instance-count'],
    }),
    source: modelSourceOf(inputs),
    thresholds: inputs['alarm-thresholds'] ? parseAlarmThresholds(inputs['alarm-thresholds']) : [],
    provenance: provenanceFromEnvironment(env, 'deploy-endpoint'),
    startedAtMs,
  };
}
