import { parseDeploymentConfig, type DeploymentStrategy } from '@modelship/shared';
import { checkAlarmsUsable, type AlarmUse } from '@modelship/shared/alarmPreCheck';
import type { CheckedEndpoint } from './checkEndpoint';
import type { RollbackPorts } from './ports';
import { resolveRollbackTarget, type RollbackTarget } from './resolveRollbackTarget';
import type { RollbackRequest } from './rollbackRequest';
import { readRollbackTo } from './rollbackTarget';

/** Where the endpoint goes and how, decided before anything changes. */
export interface RollbackPlan {
  endpointName: string;
  target: RollbackTarget;
  /** The config rolled back away from: the pending one when an update is in flight. */
  from?: string;
  strategy: DeploymentStrategy;
  /** The target variant's instance count; none for serverless, whose steps are shares of requests. */
  instanceCount?: number;
  guardingAlarms: string[];
  deadlineMs: number;
  reason?: string;
  rejectPackage: boolean;
  wait: boolean;
  inFlightMode: 'force' | 'wait' | 'fail';
}

/**
 * Resolves the target config and the deployment config, and checks the guarding alarms. It only reads:
 * a bad target or an unusable alarm fails with nothing changed.
 */
export async function planRollback(
  ports: Pick<RollbackPorts, 'sagemaker' | 'cloudwatch'>,
  request: RollbackRequest,
  checked: CheckedEndpoint,
): Promise<RollbackPlan> {
  const { inputs } = request;
  const { endpointName, endpoint, inFlight } = checked;
  const target = await resolveRollbackTarget(ports, {
    to: readRollbackTo(inputs.to),
    endpointName,
    servingConfig: endpoint.EndpointConfigName,
    inFlight,
    inputs,
    provenance: request.provenance,
  });
  const instanceCount = target.variant?.ServerlessConfig ? undefined : target.variant?.InitialInstanceCount;
  const strategy = parseDeploymentConfig(inputs['deployment-config'], { instanceCount });
  const guardingAlarms = inputs.alarms ?? [];
  await checkAlarmsUsable(ports, guardingAlarms, ROLLBACK_ALARM_USE);
  return {
    endpointName,
    target,
    from: inFlight?.pendingConfig ?? endpoint.EndpointConfigName,
    strategy,
    instanceCount,
    guardingAlarms,
    deadlineMs: request.startedAtMs + inputs['timeout-minutes'] * 60_000,
    reason: inputs.reason,
    rejectPackage: inputs['reject-model-package'],
    wait: inputs.wait,
    inFlightMode: inputs['in-flight'],
  };
}

/** Says what is about to happen, and sets the outputs known from now on. */
export function announceRollback(
  ports: Pick<RollbackPorts, 'logger' | 'setOutput'>,
  plan: RollbackPlan,
): RollbackPlan {
  const { endpointName, from, target, reason } = plan;
  ports.logger.info(
    `Rolling back ${endpointName} from ${from ?? '-'} to ${target.configName} (${target.why})${reason ? `; reason: ${reason}` : ''}.`,
  );
  ports.setOutput('rolled-back-from', from ?? '');
  ports.setOutput('rolled-back-to', target.configName);
  ports.setOutput('model-package-arn', target.modelPackageArn ?? '');
  return plan;
}

/** How the rollback's own guarding alarms are checked before anything changes. */
const ROLLBACK_ALARM_USE: AlarmUse = {
  guarding: 'the rollback',
  firingConsequence: 'guarding the rollback with it would make SageMaker undo the rollback at once',
  missingHint: 'Create the alarm first, or leave it out of alarms.',
  firingHint:
    'Leave alarms that watch the failing deployment out of alarms (a rollback does not need them), or wait for them to return to OK.',
};
