import type { DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { readAppSpecTraffic, servingLabel, type AppSpecTraffic } from '@modelship/shared';
import type { CodeDeployRollbackPorts } from './ports';
import type { CodeDeployRollbackRequest, RollbackStatus } from './rollbackRequest';

/** The deployment to undo and the way back, as far as its AppSpec tells, before anything changes. */
export interface CodeDeployRollbackPlan {
  deploymentId: string;
  /** The AppSpec's traffic (Lambda alias or ECS service), when its revision is AppSpec content. */
  traffic?: AppSpecTraffic;
  /** The name in the summary: endpoint-name, or application/group. */
  label: string;
  from: string;
  to: string;
  deadlineMs: number;
  wait: boolean;
  reason?: string;
  alarms: string[];
  deploymentConfig: string;
  inFlightMode: 'force' | 'wait' | 'fail';
}

/** How the way back ended, and the CodeDeploy deployment that took it. */
export interface CodeDeployOutcome {
  status: RollbackStatus;
  rollbackDeploymentId?: string;
  failure?: string;
}

export function planCodeDeployRollback(
  deployment: DeploymentInfo,
  request: CodeDeployRollbackRequest,
): CodeDeployRollbackPlan {
  const { inputs } = request;
  const deploymentId = deployment.deploymentId as string;
  const traffic = appSpecOf(deployment);
  return {
    deploymentId,
    traffic,
    label:
      inputs['endpoint-name'] ??
      `${deployment.applicationName ?? '?'}/${deployment.deploymentGroupName ?? '?'}`,
    from: traffic ? servingLabel(traffic, 'target') : `the revision of ${deploymentId}`,
    to: traffic ? servingLabel(traffic, 'current') : `the revision before ${deploymentId}`,
    deadlineMs: request.startedAtMs + inputs['timeout-minutes'] * 60_000,
    wait: inputs.wait,
    reason: inputs.reason,
    alarms: inputs.alarms ?? [],
    deploymentConfig: inputs['deployment-config'],
    inFlightMode: inputs['in-flight'],
  };
}

export function announceCodeDeployRollback(
  ports: Pick<CodeDeployRollbackPorts, 'setOutput'>,
  plan: CodeDeployRollbackPlan,
): void {
  ports.setOutput('rolled-back-from', plan.from);
  ports.setOutput('rolled-back-to', plan.to);
}

function appSpecOf(deployment: DeploymentInfo): AppSpecTraffic | undefined {
  const content = deployment.revision?.appSpecContent?.content ?? deployment.revision?.string?.content;
  return content ? readAppSpecTraffic(content) : undefined;
}
