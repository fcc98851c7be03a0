import type { DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { endActiveDeployment } from './codeDeployInFlight';
import { findDeployment, isActiveDeployment } from './codeDeployLookup';
import {
  announceCodeDeployRollback,
  planCodeDeployRollback,
  type CodeDeployOutcome,
  type CodeDeployRollbackPlan,
} from './codeDeployPlan';
import { takeWayBack } from './codeDeployWayBack';
import type { CodeDeployRollbackPorts } from './ports';
import { RollbackJournal } from './rollbackJournal';
import type { CodeDeployRollbackRequest, RollbackResult } from './rollbackRequest';

/**
 * Rolls a CodeDeploy (Lambda or ECS) deployment back. In flight: StopDeployment with auto rollback, then
 * the rollback deployment CodeDeploy starts must succeed. Already finished: for Lambda, a new
 * deployment moves the alias back to the version before. Success is the rollback deployment's
 * Succeeded, read back, never assumed.
 */
export async function rollbackCodeDeploy(
  ports: CodeDeployRollbackPorts,
  request: CodeDeployRollbackRequest,
): Promise<RollbackResult> {
  const { logger } = ports;
  const journal = new RollbackJournal(logger);
  const deployment = await logger.group('Find the deployment', () =>
    findDeployment(ports, request.inputs, request.region),
  );
  const plan = planCodeDeployRollback(deployment, request);
  announceCodeDeployRollback(ports, plan);
  if (isSucceededRollback(deployment)) {
    journal.did(
      `The newest deployment, ${plan.deploymentId}, is already CodeDeploy's rollback and it succeeded: nothing to do.`,
    );
    return codeDeployResult(ports, request, plan, journal, { status: 'already-there' });
  }
  const ended = isActiveDeployment(deployment)
    ? await logger.group(`End the ${deployment.status} deployment (in-flight: ${plan.inFlightMode})`, () =>
        endActiveDeployment(ports, plan, deployment, journal),
      )
    : { deployment, stoppedByUs: false };
  const outcome = await logger.group('Roll back', () => takeWayBack(ports, plan, ended, journal));
  return codeDeployResult(ports, request, plan, journal, outcome);
}

const isSucceededRollback = (deployment: DeploymentInfo): boolean =>
  deployment.creator === 'codeDeployRollback' && deployment.status === 'Succeeded';

function codeDeployResult(
  ports: Pick<CodeDeployRollbackPorts, 'clock'>,
  request: Pick<CodeDeployRollbackRequest, 'startedAtMs'>,
  plan: CodeDeployRollbackPlan,
  journal: RollbackJournal,
  outcome: CodeDeployOutcome,
): RollbackResult {
  const { status, failure, rollbackDeploymentId } = outcome;
  return {
    status,
    endpointName: plan.label,
    from: plan.from,
    to: plan.to,
    servingConfig: status === 'rolled-back' || status === 'already-there' ? plan.to : undefined,
    steps: journal.steps,
    failure,
    durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
    codeDeploy: { deploymentId: plan.deploymentId, rollbackDeploymentId },
  };
}
