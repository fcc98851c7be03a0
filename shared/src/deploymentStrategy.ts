import type { DeploymentKind } from './deploymentPresetName';

/** A traffic-shifting strategy: a preset name, refined by the explicit timeout inputs. */
export interface DeploymentStrategy {
  kind: DeploymentKind;
  /** What one step moves: the canary, a linear step or a rolling batch; 100 for all-at-once. */
  percent: number;
  /** The bake after each step (WaitIntervalInSeconds), during which the alarms can roll back. */
  intervalSeconds: number;
  /** Blue/green only: how long the old fleet stays after the last bake (TerminationWaitInSeconds). */
  terminationWaitSeconds?: number;
  /** SageMaker stops and rolls back a deployment that runs longer (MaximumExecutionTimeoutInSeconds). */
  maxExecutionSeconds?: number;
  /** The canonical preset name, e.g. `Canary10Percent5Minutes`, for logs and summaries. */
  preset: string;
}
