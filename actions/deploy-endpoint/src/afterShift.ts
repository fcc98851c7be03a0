import { DeleteAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { watchAlarmsFor } from '@modelship/shared/alarmWatch';
import { registerAutoScaling } from './autoScalingRegistration';
import type { ShiftOutcome } from './deployResult';
import type { DeployRequest } from './deployRequest';
import { reachedRequestedConfig, watchEndpoint } from './endpointWatch';
import type { PlannedDeployment } from './planAlarmsAndTraffic';
import type { DeployPorts } from './ports';
import type { ResolvedDeployment } from './resolveDeployment';

/**
 * After the shift: the rollback window on a deployed update, auto scaling registered on a deployed
 * endpoint, and the threshold alarms removed unless keep-alarms. Returns the final outcome.
 */
export async function afterShift(
  ports: DeployPorts,
  request: DeployRequest,
  target: ResolvedDeployment,
  planned: PlannedDeployment,
  shifted: ShiftOutcome,
): Promise<ShiftOutcome> {
  if (shifted.status === 'in-progress') return shifted;
  let outcome = shifted;
  if (outcome.status === 'deployed') {
    const windowed = await watchRollbackWindow(ports, request, target, planned.guardingAlarms);
    if (windowed) outcome = { ...outcome, ...windowed, status: 'rolled-back' };
  }
  const { inputs } = request;
  if (
    outcome.status === 'deployed' &&
    inputs['autoscaling-min'] !== undefined &&
    inputs['autoscaling-max'] !== undefined
  ) {
    await registerAutoScaling(
      ports,
      { endpointName: target.endpointName, variantName: inputs['variant-name'] },
      {
        min: inputs['autoscaling-min'],
        max: inputs['autoscaling-max'],
        targetInvocationsPerInstance: inputs['autoscaling-target-invocations'],
        schedule: inputs['autoscaling-schedule'],
      },
    );
  }
  if (!inputs['keep-alarms'] && planned.thresholdAlarms.length) {
    await ports.cloudwatch.send(
      new DeleteAlarmsCommand({ AlarmNames: planned.thresholdAlarms.map((a) => a.AlarmName as string) }),
    );
  }
  return outcome;
}

/**
 * After all traffic moved, the alarms keep watching for `rollback-window-seconds`: a regression that
 * shows only under full traffic still rolls back, here by the action, to the previous config.
 */
async function watchRollbackWindow(
  ports: DeployPorts,
  request: DeployRequest,
  target: ResolvedDeployment,
  alarms: string[],
): Promise<Pick<ShiftOutcome, 'reason' | 'firedAlarms'> | undefined> {
  const seconds = request.inputs['rollback-window-seconds'];
  const previousConfig = target.previousEndpointConfigName;
  if (seconds <= 0 || !target.existing || !previousConfig) return undefined;
  if (!alarms.length) {
    ports.logger.warning(
      'rollback-window-seconds is set but no alarms guard the deployment: there is nothing to watch.',
    );
    return undefined;
  }
  ports.logger.info(`Watching ${alarms.join(', ')} for ${seconds} s before calling the deployment done.`);
  const watched = await watchAlarmsFor(ports, alarms, seconds * 1000);
  if (watched.kind !== 'fired') return undefined;
  const names = watched.alarms.join(', ');
  ports.logger.error(`Alarm ${names} fired in the rollback window: rolling back to ${previousConfig}.`);
  await ports.sagemaker.send(
    new UpdateEndpointCommand({ EndpointName: target.endpointName, EndpointConfigName: previousConfig }),
  );
  const back = await watchEndpoint(ports, request, {
    requestedConfig: previousConfig,
    plannedShares: [0],
    deadlineMs: ports.clock.now() + request.inputs['timeout-minutes'] * 60_000,
  });
  const where = reachedRequestedConfig(back)
    ? `the endpoint is back on ${previousConfig}`
    : `the rollback to ${previousConfig} did not complete`;
  return {
    reason: `Alarm ${names} went into ALARM within the rollback window after ${target.endpointConfigName} took all traffic; ${where}.`,
    firedAlarms: watched.alarms,
  };
}
