import type { InputValues, Provenance } from '@modelship/shared';
import type { inputs } from './inputs';

export type RollbackInputs = InputValues<typeof inputs>;

/** Everything the rollback core needs, checked and typed; built by main.ts from the inputs. */
export interface RollbackRequest {
  inputs: RollbackInputs;
  region: string;
  provenance: Provenance;
  startedAtMs: number;
}

export type RollbackStatus = 'rolled-back' | 'already-there' | 'failed' | 'in-progress';

export interface RollbackResult {
  status: RollbackStatus;
  /** The endpoint, or with target codedeploy the name given for the summary (application/group by default). */
  endpointName: string;
  /** The config the endpoint was taken away from (the pending one when an update was in flight). */
  from?: string;
  /** The config the rollback aimed for. */
  to: string;
  /** The config serving when the action ended. */
  servingConfig?: string;
  /** The model package of the target config, when known. */
  modelPackageArn?: string;
  /** The package marked Rejected, if one was. */
  rejectedPackageArn?: string;
  /** What was done, in order, as the log said it. */
  steps: string[];
  /** Why the rollback itself failed or did not finish. */
  failure?: string;
  durationSeconds: number;
  /** Target codedeploy: the deployment rolled back, and the deployment that moved traffic back. */
  codeDeploy?: { deploymentId: string; rollbackDeploymentId?: string };
}

/** Target codedeploy: the request without provenance, which only SageMaker resources carry. */
export type CodeDeployRollbackRequest = Omit<RollbackRequest, 'provenance'>;
