import {
  BatchGetDeploymentsCommand,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  type DeploymentInfo,
  type DeploymentStatus,
} from '@aws-sdk/client-codedeploy';
import {
  getDeployment,
  isFinalDeploymentStatus,
  ModelshipError,
  parseDeploymentConfig,
  readAppSpecTraffic,
  reversedLambdaAppSpec,
  servingLabel,
  toCodeDeployConfigName,
  waitForDeployment,
  type AppSpecTraffic,
  type CodeDeployWatchPorts,
} from '@modelship/shared';
import type { RollbackInputs, RollbackResult, RollbackStatus } from './rollbackRequest';

export interface CodeDeployRollbackPorts extends CodeDeployWatchPorts {
  setOutput(name: string, value: string): void;
}

export interface CodeDeployRollbackRequest {
  inputs: RollbackInputs;
  region: string;
  startedAtMs: number;
}

const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'] as const;

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
  const { inputs } = request;
  const deadlineMs = request.startedAtMs + inputs['timeout-minutes'] * 60_000;
  const steps: string[] = [];
  const did = (line: string) => {
    steps.push(line);
    ports.logger.info(line);
  };

  let deployment = await findDeployment(ports, inputs, request.region);
  const deploymentId = deployment.deploymentId as string;
  const traffic = appSpecOf(deployment);
  const label =
    inputs['endpoint-name'] ??
    `${deployment.applicationName ?? '?'}/${deployment.deploymentGroupName ?? '?'}`;
  const from = traffic ? servingLabel(traffic, 'target') : `the revision of ${deploymentId}`;
  const to = traffic ? servingLabel(traffic, 'current') : `the revision before ${deploymentId}`;
  ports.setOutput('rolled-back-from', from);
  ports.setOutput('rolled-back-to', to);
  let rollbackDeploymentId: string | undefined;
  const result = (status: RollbackStatus, extra: Partial<RollbackResult> = {}): RollbackResult => {
    if (rollbackDeploymentId) ports.setOutput('codedeploy-rollback-deployment-id', rollbackDeploymentId);
    return {
      status,
      endpointName: label,
      from,
      to,
      servingConfig: status === 'rolled-back' || status === 'already-there' ? to : undefined,
      steps,
      durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
      codeDeploy: { deploymentId, rollbackDeploymentId },
      ...extra,
    };
  };
  const awaitRollback = async (id: string, what: string): Promise<RollbackResult> => {
    rollbackDeploymentId = id;
    if (!inputs.wait) {
      did(`wait: false, so the action does not wait for ${what} ${id}.`);
      return result('in-progress');
    }
    const ended = await waitForDeployment(ports, id, {
      deadlineMs,
      what: `${what} ${id} to finish`,
    });
    if (ended.status === 'Succeeded') {
      did(`${what} ${id} succeeded: ${label} serves ${to} again.`);
      return result('rolled-back');
    }
    return result('failed', {
      failure: `${what} ${id} ended ${ended.status}${ended.errorInformation?.message ? `: ${ended.errorInformation.message}` : ''}.`,
    });
  };

  if (deployment.creator === 'codeDeployRollback' && deployment.status === 'Succeeded') {
    did(
      `The newest deployment, ${deploymentId}, is already CodeDeploy's rollback and it succeeded: nothing to do.`,
    );
    return result('already-there');
  }

  let stoppedByUs = false;
  if ((ACTIVE_STATUSES as readonly string[]).includes(deployment.status ?? '')) {
    const mode = inputs['in-flight'];
    if (mode === 'fail') {
      throw new ModelshipError(
        `CodeDeploy deployment ${deploymentId} is ${deployment.status} and in-flight is fail, so nothing changed.`,
        'Run again with in-flight: force to stop it with automatic rollback, or in-flight: wait to roll back after it ends.',
      );
    }
    if (mode === 'force') {
      stoppedByUs = true;
      await ports.codedeploy.send(new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: true }));
      did(`Stopped CodeDeploy deployment ${deploymentId} with automatic rollback.`);
    } else {
      did(`Waiting for CodeDeploy deployment ${deploymentId} to end first (in-flight: wait).`);
    }
    deployment = await waitForDeployment(ports, deploymentId, {
      deadlineMs,
      what: `deployment ${deploymentId} to stop`,
      accept: (info) =>
        isFinalDeploymentStatus(info.status) || Boolean(info.rollbackInfo?.rollbackDeploymentId),
    });
  }

  const rollbackId = deployment.rollbackInfo?.rollbackDeploymentId;
  if (rollbackId) {
    const rolling = await getDeployment(ports, rollbackId);
    if (rolling.status === 'Succeeded' && !stoppedByUs) {
      rollbackDeploymentId = rollbackId;
      did(`CodeDeploy already rolled ${deploymentId} back with ${rollbackId}: nothing to do.`);
      return result('already-there');
    }
    return awaitRollback(rollbackId, "CodeDeploy's rollback deployment");
  }

  // Finished without a rollback (succeeded, or stopped or failed with auto rollback off): deploy back.
  if (!traffic || traffic.platform !== 'Lambda') {
    throw new ModelshipError(
      `CodeDeploy deployment ${deploymentId} is ${deployment.status} and CodeDeploy started no rollback; ${traffic ? 'an ECS AppSpec does not name the task definition that served before' : 'its revision is not AppSpec content the action can read'}, so the action cannot deploy it back. Nothing changed.`,
      'Deploy the previous revision with deploy-endpoint (target: codedeploy), or stop deployments while they run (in-flight: force).',
    );
  }
  const configName = await rollbackDeploymentConfig(ports, inputs['deployment-config']);
  const alarms = inputs.alarms ?? [];
  const created = await ports.codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: deployment.applicationName,
      deploymentGroupName: deployment.deploymentGroupName,
      revision: {
        revisionType: 'AppSpecContent',
        appSpecContent: { content: reversedLambdaAppSpec(traffic) },
      },
      deploymentConfigName: configName,
      description: `modelship rollback of ${deploymentId}${inputs.reason ? `: ${inputs.reason}` : ''}`.slice(
        0,
        1000,
      ),
      // The group's alarms watch the version being rolled away from; they must not stop the way back.
      overrideAlarmConfiguration: { enabled: alarms.length > 0, alarms: alarms.map((name) => ({ name })) },
    }),
  );
  did(
    `CodeDeploy deployment ${deploymentId} was ${deployment.status}; created deployment ${created.deploymentId} (${configName}) to move ${traffic.functionName}:${traffic.alias} back to version ${traffic.currentVersion}.`,
  );
  return awaitRollback(created.deploymentId as string, 'Rollback deployment');
}

/** The deployment named by id, else the group's active one, else its newest. */
async function findDeployment(
  ports: CodeDeployRollbackPorts,
  inputs: RollbackInputs,
  region: string,
): Promise<DeploymentInfo> {
  const id = inputs['codedeploy-deployment-id'];
  if (id) {
    try {
      return await getDeployment(ports, id);
    } catch (err) {
      if (
        (err as Error).name === 'DeploymentDoesNotExistException' ||
        (err as Error).name === 'InvalidDeploymentIdException'
      ) {
        throw new ModelshipError(
          `CodeDeploy deployment ${id} does not exist in ${region}; nothing changed.`,
          'Check codedeploy-deployment-id (it looks like d-ABCDEF123), and region (or AWS_REGION).',
        );
      }
      throw err;
    }
  }
  const application = inputs['codedeploy-application'] as string;
  const group = inputs['codedeploy-deployment-group'] as string;
  const list = (statuses?: string[]) =>
    ports.codedeploy.send(
      new ListDeploymentsCommand({
        applicationName: application,
        deploymentGroupName: group,
        includeOnlyStatuses: statuses as DeploymentStatus[] | undefined,
      }),
    );
  // CodeDeploy runs one deployment per group at a time, so asking for the active ones finds it exactly.
  const [activeId] = (await list([...ACTIVE_STATUSES])).deployments ?? [];
  if (activeId) return getDeployment(ports, activeId);
  const ids = (await list()).deployments ?? [];
  if (ids.length === 0) {
    throw new ModelshipError(
      `Deployment group ${application}/${group} has no deployments, so there is nothing to roll back; nothing changed.`,
      'Check codedeploy-application and codedeploy-deployment-group.',
    );
  }
  // ListDeployments documents no order: the newest is found by creation time.
  const { deploymentsInfo = [] } = await ports.codedeploy.send(
    new BatchGetDeploymentsCommand({ deploymentIds: ids.slice(0, 25) }),
  );
  const [newest] = [...deploymentsInfo].sort(
    (a, b) => (b.createTime?.getTime() ?? 0) - (a.createTime?.getTime() ?? 0),
  );
  return newest as DeploymentInfo;
}

function appSpecOf(deployment: DeploymentInfo): AppSpecTraffic | undefined {
  const content = deployment.revision?.appSpecContent?.content ?? deployment.revision?.string?.content;
  return content ? readAppSpecTraffic(content) : undefined;
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
