import { elapsedSeconds, type TrafficSample } from '@modelship/shared';
import type { DeploymentPlanReport } from './deploymentPlan';
import type { DeployRequest, DeployStatus } from './deployRequest';
import type { ResolvedDeployment } from './resolveDeployment';

/** How the traffic shift (and what came after it) ended. */
export interface ShiftOutcome {
  status: DeployStatus;
  endpointArn?: string;
  /** Why it failed or rolled back. */
  reason?: string;
  firedAlarms: string[];
  samples: TrafficSample[];
}

export interface DeployResult {
  status: DeployStatus;
  endpointArn?: string;
  endpointConfigName: string;
  previousEndpointConfigName?: string;
  modelName: string;
  plan: DeploymentPlanReport;
  /** Why it failed or rolled back, and which alarms fired. */
  reason?: string;
  firedAlarms: string[];
  samples: TrafficSample[];
  durationSeconds: number;
}

/** The report phase: what was deployed, how it ended, and how long it took. */
export function deployResultOf(
  request: DeployRequest,
  target: ResolvedDeployment,
  plan: DeploymentPlanReport,
  outcome: Partial<ShiftOutcome> & { status: DeployStatus },
  nowMs: number,
): DeployResult {
  return {
    endpointArn: target.existing?.EndpointArn,
    endpointConfigName: target.endpointConfigName,
    previousEndpointConfigName: target.previousEndpointConfigName,
    modelName: target.modelName,
    plan,
    firedAlarms: [],
    samples: [],
    ...outcome,
    durationSeconds: elapsedSeconds(request.startedAtMs, nowMs),
  };
}
