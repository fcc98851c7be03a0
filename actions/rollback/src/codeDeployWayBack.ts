import { CreateDeploymentCommand, CreateDeploymentConfigCommand } from '@aws-sdk/client-codedeploy';
import {
  getDeployment,
  ModelshipError,
  parseDeploymentConfig,
  reversedLambdaAppSpec,
  toCodeDeployConfigName,
  waitForDeployment,
} from '@modelship/shared';
import type { EndedDeployment } from './codeDeployInFlight';
import type { CodeDeployOutcome, CodeDeployRollbackPlan } from './codeDeployPlan';
import type { CodeDeployRollbackPorts } from './ports';
import type { RollbackJournal } from './rollbackJournal';

/**
 * CodeDeploy's own rollback deployment when there is one; otherwise, for Lambda, a new deployment that
 * moves the alias back. Success is that deployment's Succeeded, read back.
 */
export async function takeWayBack(
  ports: CodeDeployRollbackPorts,
  plan: CodeDeployRollbackPlan,
  ended: EndedDeployment,
  journal: RollbackJournal,
): Promise<CodeDeployOutcome> {
  const rollbackId = ended.deployment.rollbackInfo?.rollbackDeploymentId;
  if (!rollbackId) {
    const created = await deployBack(ports, plan, ended, journal);
    return awaitRollbackDeployment(ports, plan, created, 'Rollback deployment', journal);
  }
  const rolling = await getDeployment(ports, rollbackId);
  if (rolling.status === 'Succeeded' && !ended.stoppedByUs) {
    ports.setOutput('codedeploy-rollback-deployment-id', rollbackId);
    journal.did(`CodeDeploy already rolled ${plan.deploymentId} back with ${rollbackId}: nothing to do.`);
    return { status: 'already-there', rollbackDeploymentId: rollbackId };
  }
  return awaitRollbackDeployment(ports, plan, rollbackId, "CodeDeploy's rollback deployment", journal);
}

/** Finished without a rollback (succeeded, or stopped or failed with auto rollback off): deploy back. */
async function deployBack(
  ports: CodeDeployRollbackPorts,
  plan: CodeDeployRollbackPlan,
  { deployment }: EndedDeployment,
  journal: RollbackJournal,
): Promise<string> {
  const { traffic, deploymentId, alarms, reason } = plan;
  if (!traffic || traffic.platform !== 'Lambda') {
    throw new ModelshipError(
      `CodeDeploy deployment ${deploymentId} is ${deployment.status} and CodeDeploy started no rollback; ${traffic ? 'an ECS AppSpec does not name the task definition that served before' : 'its revision is not AppSpec content the action can read'}, so the action cannot deploy it back. Nothing changed.`,
      'Deploy the previous revision with deploy-endpoint (target: codedeploy), or stop deployments while they run (in-flight: force).',
    );
  }
  const configName = await rollbackDeploymentConfig(ports, plan.deploymentConfig);
  const created = await ports.codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: deployment.applicationName,
      deploymentGroupName: deployment.deploymentGroupName,
      revision: {
        revisionType: 'AppSpecContent',
        appSpecContent: { content: reversedLambdaAppSpec(traffic) },
      },
      deploymentConfigName: configName,
      description: `modelship rollback of ${deploymentId}${reason ? `: ${reason}` : ''}`.slice(0, 1000),
      // The group's alarms watch the version being rolled away from; they must not stop the way back.
      overrideAlarmConfiguration: { enabled: alarms.length > 0, alarms: alarms.map((name) => ({ name })) },
    }),
  );
  journal.did(
    `CodeDeploy deployment ${deploymentId} was ${deployment.status}; created deployment ${created.deploymentId} (${configName}) to move ${traffic.functionName}:${traffic.alias} back to version ${traffic.currentVersion}.`,
  );
  return created.deploymentId as string;
}

async function awaitRollbackDeployment(
  ports: CodeDeployRollbackPorts,
  plan: CodeDeployRollbackPlan,
  id: string,
  what: string,
  journal: RollbackJournal,
): Promise<CodeDeployOutcome> {
  ports.setOutput('codedeploy-rollback-deployment-id', id);
  if (!plan.wait) {
    journal.did(`wait: false, so the action does not wait for ${what} ${id}.`);
    return { status: 'in-progress', rollbackDeploymentId: id };
  }
  const ended = await waitForDeployment(ports, id, {
    deadlineMs: plan.deadlineMs,
    what: `${what} ${id} to finish`,
  });
  if (ended.status === 'Succeeded') {
    journal.did(`${what} ${id} succeeded: ${plan.label} serves ${plan.to} again.`);
    return { status: 'rolled-back', rollbackDeploymentId: id };
  }
  const failure = `${what} ${id} ended ${ended.status}${ended.errorInformation?.message ? `: ${ended.errorInformation.message}` : ''}.`;
  return { status: 'failed', rollbackDeploymentId: id, failure };
}

/** The Lambda deployment config for the way back; a custom canary or linear one is created once. */
async function rollbackDeploymentConfig(ports: CodeDeployRollbackPorts, preset: string): Promise<string> {
  const choice = toCodeDeployConfigName(parseDeploymentConfig(preset), 'Lambda');
  if (choice.create) {
    try {
      await ports.codedeploy.send(new CreateDeploymentConfigCommand(choice.create));
    } catch (err) {
      if ((err as Error).name !== 'DeploymentConfigAlreadyExistsException') throw err;
    }
  }
  return choice.deploymentConfigName;
}
