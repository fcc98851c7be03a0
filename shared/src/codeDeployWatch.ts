import { GetDeploymentCommand, type CodeDeployClient, type DeploymentInfo } from '@aws-sdk/client-codedeploy';
import type { Clock } from './clock';
import type { Logger } from './logger';
import { waitUntil } from './polling';

export interface CodeDeployWatchPorts {
  codedeploy: Pick<CodeDeployClient, 'send'>;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
}

/** Statuses a deployment does not leave. */
export const FINAL_DEPLOYMENT_STATUSES = ['Succeeded', 'Failed', 'Stopped'] as const;

export const isFinalDeploymentStatus = (status: string | undefined): boolean =>
  (FINAL_DEPLOYMENT_STATUSES as readonly string[]).includes(status ?? '');

/** CodeDeploy's own waiter polls every 15 s; traffic steps last minutes, so 1 to 5 s is plenty. */
const MIN_POLL_MS = 1_000;
const MAX_POLL_MS = 5_000;

export async function getDeployment(
  ports: Pick<CodeDeployWatchPorts, 'codedeploy'>,
  deploymentId: string,
): Promise<DeploymentInfo> {
  const { deploymentInfo } = await ports.codedeploy.send(new GetDeploymentCommand({ deploymentId }));
  return deploymentInfo ?? { deploymentId };
}

/**
 * Waits until `accept` says the deployment is where it should be (by default: a final status), logging
 * each status change once. Throws a ModelshipError with a hint when the deadline passes first.
 */
export async function waitForDeployment(
  ports: CodeDeployWatchPorts,
  deploymentId: string,
  options: { deadlineMs: number; what: string; accept?: (info: DeploymentInfo) => boolean },
): Promise<DeploymentInfo> {
  const accept = options.accept ?? ((info: DeploymentInfo) => isFinalDeploymentStatus(info.status));
  let lastStatus: string | undefined;
  return waitUntil<DeploymentInfo, string | undefined>(
    async () => {
      const info = await getDeployment(ports, deploymentId);
      if (info.status !== lastStatus) {
        lastStatus = info.status;
        ports.logger.info(`CodeDeploy deployment ${deploymentId}: ${info.status ?? 'unknown status'}`);
      }
      return accept(info) ? { done: true, value: info } : { done: false, value: info.status };
    },
    {
      clock: ports.clock,
      minDelayMs: MIN_POLL_MS,
      maxDelayMs: MAX_POLL_MS,
      deadline: options.deadlineMs,
      description: options.what,
      timeoutHint:
        'CodeDeploy goes on with the deployment; look at it in the CodeDeploy console, or raise timeout-minutes.',
      signal: ports.signal,
    },
  );
}
