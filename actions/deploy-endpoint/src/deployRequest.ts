import type { DeploymentStrategy, InputValues, Provenance } from '@modelship/shared';
import type { inputs } from './inputs';
import type { ModelSource } from './modelSource';

export type DeployInputs = InputValues<typeof inputs>;

/** Everything the deployment core needs, checked and typed; built by main.ts from the inputs. */
export interface DeployRequest {
  inputs: DeployInputs;
  region: string;
  source: ModelSource;
  strategy: DeploymentStrategy;
  provenance: Provenance;
  startedAtMs: number;
}

export type DeployStatus = 'deployed' | 'rolled-back' | 'planned' | 'failed' | 'in-progress';
