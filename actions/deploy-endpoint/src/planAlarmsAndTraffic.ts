import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import {
  alarmStates,
  formatDuration,
  thresholdAlarmInputs,
  type AlarmState,
  type WatchedAlarm,
} from '@modelship/shared';
import { unusableAlarmsError } from '@modelship/shared/alarmPreCheck';
import { candidateVariantName } from './candidateVariant';
import { planDeployment, type DeploymentPlanReport } from './deploymentPlan';
import type { DeployRequest } from './deployRequest';
import type { DeployPorts } from './ports';
import type { ResolvedDeployment } from './resolveDeployment';

/** The plan phase's result: the report, and the alarms that will guard the deployment. */
export interface PlannedDeployment {
  report: DeploymentPlanReport;
  /** States of the named alarms, read once for the plan's warnings and the check before any change. */
  namedStates: AlarmState[];
  /** The alarms the action creates from alarm-thresholds, scoped to the new fleet. */
  thresholdAlarms: PutMetricAlarmInput[];
  /** Named and threshold alarms together: what rolls the deployment back. */
  guardingAlarms: string[];
}

/** Plan: what would change, the expected course, and warnings; reads alarms, changes nothing. */
export async function planAlarmsAndTraffic(
  ports: Pick<DeployPorts, 'cloudwatch' | 'logger'>,
  request: DeployRequest,
  target: ResolvedDeployment,
): Promise<PlannedDeployment> {
  const thresholdAlarms = thresholdAlarmsFor(request, target);
  const namedAlarms = request.inputs.alarms ?? [];
  const namedStates = namedAlarms.length ? await alarmStates(ports, namedAlarms) : [];
  const report = planDeployment({
    endpointName: target.endpointName,
    modelName: target.modelName,
    containers: target.containers,
    endpointConfigName: target.endpointConfigName,
    newConfig: target.configSettings,
    previousConfig: target.previousConfig,
    previousContainers: target.previousContainers,
    strategy: request.strategy,
    shifting: target.shifting,
    alarms: watchedAlarms(namedStates, thresholdAlarms),
    rollbackWindowSeconds: request.inputs['rollback-window-seconds'],
  });
  ports.logger.info(planLine(report));
  for (const warning of report.warnings) ports.logger.warning(warning);
  for (const missing of namedStates.filter((a) => a.state === 'MISSING')) {
    report.warnings.push(`Alarm ${missing.name} does not exist: it cannot guard the deployment.`);
  }
  return {
    report,
    namedStates,
    thresholdAlarms,
    guardingAlarms: [...namedAlarms, ...thresholdAlarms.map((a) => a.AlarmName as string)],
  };
}

function planLine(report: DeploymentPlanReport): string {
  const steps = report.steps.map((s) => `${s.newFleetPercent}%`).join(' → ');
  const changes = report.changes.map((c) => `${c.what} ${c.from} → ${c.to}`).join('; ');
  return `Plan: ${report.action} with ${report.strategy}${steps ? `, traffic on the new fleet ${steps}` : ''}, about ${formatDuration(report.expectedDurationSeconds)}${changes ? `; ${changes}` : ''}.`;
}

/** Check: every named alarm exists and none is in ALARM already; else nothing changes. */
export function refuseUnusableAlarms(planned: PlannedDeployment): void {
  const unusable = unusableAlarmsError(planned.namedStates, {
    guarding: 'the deployment',
    firingConsequence: 'a deployment guarded by it would roll back at once, and it was not started',
    missingHint:
      'Create the alarm first, or use alarm-thresholds to let the action create alarms for the new fleet.',
    firingHint: 'Find out why the alarm fires on the current endpoint first.',
  });
  if (unusable) throw unusable;
}

/** Guardrails tell the new fleet apart by its EndpointConfigName dimension; weights mode by its variant. */
function thresholdAlarmsFor(request: DeployRequest, target: ResolvedDeployment): PutMetricAlarmInput[] {
  if (!request.thresholds.length) return [];
  const variantName = request.inputs['variant-name'];
  const scope =
    target.shifting === 'weights'
      ? {
          endpointName: target.endpointName,
          variantName: candidateVariantName(variantName, target.endpointConfigName),
        }
      : { endpointName: target.endpointName, variantName, endpointConfigName: target.endpointConfigName };
  return thresholdAlarmInputs(request.thresholds, scope);
}

/** One DescribeAlarms answers both the pre-checks and the plan's bake-versus-alarm warnings. */
function watchedAlarms(namedStates: AlarmState[], thresholdAlarms: PutMetricAlarmInput[]): WatchedAlarm[] {
  return [
    ...namedStates
      .filter((a) => a.state !== 'MISSING')
      .map((a) => ({
        name: a.name,
        state: a.state as WatchedAlarm['state'],
        periodSeconds: a.periodSeconds,
        evaluationPeriods: a.evaluationPeriods,
      })),
    ...thresholdAlarms.map((a) => ({
      name: a.AlarmName as string,
      periodSeconds: a.Period,
      evaluationPeriods: a.EvaluationPeriods,
    })),
  ];
}
