import {
  BatchGetDeploymentsCommand,
  ListDeploymentsCommand,
  type DeploymentInfo,
  type DeploymentStatus,
} from '@aws-sdk/client-codedeploy';
import { getDeployment, ModelshipError } from '@modelship/shared';
import type { CodeDeployRollbackPorts } from './ports';
import type { RollbackInputs } from './rollbackRequest';

/** Statuses of a deployment that has not ended: CodeDeploy runs one such per group at a time. */
export const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'] as const;

export const isActiveDeployment = (deployment: DeploymentInfo): boolean =>
  (ACTIVE_STATUSES as readonly string[]).includes(deployment.status ?? '');

/** The deployment named by id, else the group's active one, else its newest; said in the log. */
export async function findDeployment(
  ports: Pick<CodeDeployRollbackPorts, 'codedeploy' | 'logger'>,
  inputs: RollbackInputs,
  region: string,
): Promise<DeploymentInfo> {
  const id = inputs['codedeploy-deployment-id'];
  const found = id
    ? await deploymentById(ports, id, region)
    : // rollbackInputProblems requires both without a deployment id, before this runs.
      await deploymentOfGroup(
        ports,
        inputs['codedeploy-application'] as string,
        inputs['codedeploy-deployment-group'] as string,
      );
  ports.logger.info(
    `CodeDeploy deployment ${found.deploymentId} of ${found.applicationName ?? '?'}/${found.deploymentGroupName ?? '?'} is ${found.status ?? 'in an unknown state'}${found.creator === 'codeDeployRollback' ? " (CodeDeploy's own rollback)" : ''}.`,
  );
  return found;
}

async function deploymentById(
  ports: Pick<CodeDeployRollbackPorts, 'codedeploy'>,
  id: string,
  region: string,
): Promise<DeploymentInfo> {
  try {
    return await getDeployment(ports, id);
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'DeploymentDoesNotExistException' || name === 'InvalidDeploymentIdException') {
      throw new ModelshipError(
        `CodeDeploy deployment ${id} does not exist in ${region}; nothing changed.`,
        'Check codedeploy-deployment-id (it looks like d-ABCDEF123), and region (or AWS_REGION).',
      );
    }
    throw err;
  }
}

async function deploymentOfGroup(
  ports: Pick<CodeDeployRollbackPorts, 'codedeploy'>,
  application: string,
  group: string,
): Promise<DeploymentInfo> {
  const list = (statuses?: readonly string[]) =>
    ports.codedeploy.send(
      new ListDeploymentsCommand({
        applicationName: application,
        deploymentGroupName: group,
        includeOnlyStatuses: statuses as DeploymentStatus[] | undefined,
      }),
    );
  // CodeDeploy runs one deployment per group at a time, so asking for the active ones finds it exactly.
  const [activeId] = (await list(ACTIVE_STATUSES)).deployments ?? [];
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
