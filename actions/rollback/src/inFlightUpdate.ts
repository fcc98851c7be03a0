import type { DeploymentConfig, DescribeEndpointCommandOutput } from '@aws-sdk/client-sagemaker';

/** Statuses in which SageMaker refuses UpdateEndpoint because something is already under way. */
const IN_FLIGHT = new Set(['Updating', 'SystemUpdating', 'RollingBack']);

export const isInFlight = (status: string | undefined): boolean => IN_FLIGHT.has(status ?? '');

/** An update SageMaker is running now, as far as DescribeEndpoint tells. */
export interface InFlightUpdate {
  status: string;
  /** The config being deployed, when SageMaker says (PendingDeploymentSummary). */
  pendingConfig?: string;
  /**
   * The config that served before the update, which a guardrails rollback returns to. DescribeEndpoint
   * keeps the serving config in EndpointConfigName during an update; when it already shows the pending
   * one, this is unknown here and the pending config's provenance tags have to tell.
   */
  configBeforeUpdate?: string;
  /** The alarms of the update's AutoRollbackConfiguration: the only lever to stop it. */
  alarms: string[];
  startedAt?: Date;
  /** The bake after each step of the update (WaitIntervalInSeconds), when SageMaker says. */
  bakeSeconds?: number;
}

export function guardingAlarmsOf(deploymentConfig: DeploymentConfig | undefined): string[] {
  return (deploymentConfig?.AutoRollbackConfiguration?.Alarms ?? [])
    .map((a) => a.AlarmName)
    .filter((name): name is string => Boolean(name));
}

export function inFlightUpdateOf(
  endpoint: Pick<
    DescribeEndpointCommandOutput,
    'EndpointStatus' | 'EndpointConfigName' | 'PendingDeploymentSummary' | 'LastDeploymentConfig'
  >,
): InFlightUpdate {
  const pendingConfig = endpoint.PendingDeploymentSummary?.EndpointConfigName;
  const serving = endpoint.EndpointConfigName;
  return {
    status: endpoint.EndpointStatus ?? 'Unknown',
    pendingConfig,
    configBeforeUpdate: serving && serving !== pendingConfig ? serving : undefined,
    // Only a guardrails update (Updating) is watched by these alarms; a weights or capacity change is not.
    alarms: endpoint.EndpointStatus === 'Updating' ? guardingAlarmsOf(endpoint.LastDeploymentConfig) : [],
    startedAt: endpoint.PendingDeploymentSummary?.StartTime,
    bakeSeconds: bakeSecondsOf(endpoint.LastDeploymentConfig),
  };
}

function bakeSecondsOf(deploymentConfig: DeploymentConfig | undefined): number | undefined {
  return (
    deploymentConfig?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.WaitIntervalInSeconds ??
    deploymentConfig?.RollingUpdatePolicy?.WaitIntervalInSeconds
  );
}

/** CloudWatch's StateReason: at most 1023 characters. */
const STATE_REASON_MAX = 1023;

/** Why the alarm is in ALARM, as CloudWatch will show it to whoever looks at the alarm's history. */
export function forcedAlarmReason(endpointName: string, update: InFlightUpdate, reason: string | undefined) {
  const text = `modelship rollback forced the guardrails rollback of endpoint ${endpointName}${update.pendingConfig ? ` (update to ${update.pendingConfig})` : ''}${reason ? `: ${reason}` : '.'}`;
  return text.slice(0, STATE_REASON_MAX);
}
