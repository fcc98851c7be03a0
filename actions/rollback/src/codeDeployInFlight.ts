import { StopDeploymentCommand, type DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { isFinalDeploymentStatus, ModelshipError, waitForDeployment } from '@modelship/shared';
import type { CodeDeployRollbackPlan } from './codeDeployPlan';
import type { CodeDeployRollbackPorts } from './ports';
import type { RollbackJournal } from './rollbackJournal';

/** The deployment once it has ended or CodeDeploy has started rolling it back. */
export interface EndedDeployment {
  deployment: DeploymentInfo;
  /** The action stopped it (in-flight: force), so CodeDeploy's rollback is this run's doing. */
  stoppedByUs: boolean;
}

/**
 * A deployment still running is stopped with automatic rollback (force), waited for (wait), or left
 * alone with the step failed (fail).
 */
export async function endActiveDeployment(
  ports: CodeDeployRollbackPorts,
  plan: CodeDeployRollbackPlan,
  deployment: DeploymentInfo,
  journal: RollbackJournal,
): Promise<EndedDeployment> {
  const { deploymentId, inFlightMode } = plan;
  if (inFlightMode === 'fail') {
    throw new ModelshipError(
      `CodeDeploy deployment ${deploymentId} is ${deployment.status} and in-flight is fail, so nothing changed.`,
      'Run again with in-flight: force to stop it with automatic rollback, or in-flight: wait to roll back after it ends.',
    );
  }
  if (inFlightMode === 'force') {
    await ports.codedeploy.send(new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: true }));
    journal.did(`Stopped CodeDeploy deployment ${deploymentId} with automatic rollback.`);
  } else {
    journal.did(`Waiting for CodeDeploy deployment ${deploymentId} to end first (in-flight: wait).`);
  }
  const ended = await waitForDeployment(ports, deploymentId, {
    deadlineMs: plan.deadlineMs,
    what: `deployment ${deploymentId} to stop`,
    accept: (info) =>
      isFinalDeploymentStatus(info.status) || Boolean(info.rollbackInfo?.rollbackDeploymentId),
  });
  return { deployment: ended, stoppedByUs: inFlightMode === 'force' };
}
