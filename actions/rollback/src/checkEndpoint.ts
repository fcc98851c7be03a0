import type { DescribeEndpointCommandOutput } from '@aws-sdk/client-sagemaker';
import { findEndpoint, ModelshipError } from '@modelship/shared';
import { inFlightUpdateOf, isInFlight, type InFlightUpdate } from './inFlightUpdate';
import type { RollbackPorts } from './ports';
import { configWithProvenance } from './rollbackLookups';
import type { RollbackRequest } from './rollbackRequest';

/** The endpoint as found, and the update in flight on it, if any; checked before anything changes. */
export interface CheckedEndpoint {
  endpointName: string;
  endpoint: DescribeEndpointCommandOutput;
  inFlight?: InFlightUpdate;
  /** in-flight: force on a guardrails update, which setting its alarms to ALARM stops. */
  forcing: boolean;
}

/**
 * Finds the endpoint and refuses, with nothing changed, what no rollback can help: a missing, Failed,
 * Creating or Deleting endpoint, an update in flight with in-flight: fail, or one that cannot be forced.
 */
export async function checkEndpoint(
  ports: Pick<RollbackPorts, 'sagemaker' | 'logger'>,
  request: Pick<RollbackRequest, 'inputs' | 'region'>,
): Promise<CheckedEndpoint> {
  const { inputs } = request;
  // rollbackInputProblems requires endpoint-name with target sagemaker, before this runs.
  const endpointName = inputs['endpoint-name'] as string;
  const endpoint = await findEndpoint(ports, endpointName);
  if (!endpoint) {
    throw new ModelshipError(
      `Endpoint ${endpointName} does not exist in ${request.region}, so there is nothing to roll back; nothing changed.`,
      'Check endpoint-name, and region (or AWS_REGION): endpoints are regional.',
    );
  }
  ports.logger.info(
    `Endpoint ${endpointName} is ${endpoint.EndpointStatus ?? 'in an unknown state'} on ${endpoint.EndpointConfigName ?? 'no config'}${endpoint.PendingDeploymentSummary?.EndpointConfigName ? `, updating to ${endpoint.PendingDeploymentSummary.EndpointConfigName}` : ''}.`,
  );
  refuseUnrecoverable(endpoint);
  if (!isInFlight(endpoint.EndpointStatus)) return { endpointName, endpoint, forcing: false };
  const inFlight = await withConfigBeforeUpdate(ports, inFlightUpdateOf(endpoint));
  const forcing = inputs['in-flight'] === 'force' && inFlight.status === 'Updating';
  refuseInFlight(endpointName, inFlight, inputs['in-flight'], forcing);
  return { endpointName, endpoint, inFlight, forcing };
}

/** States no UpdateEndpoint can leave: said plainly before anything is tried. */
function refuseUnrecoverable(endpoint: DescribeEndpointCommandOutput): void {
  const name = endpoint.EndpointName;
  switch (endpoint.EndpointStatus) {
    case 'Failed':
      throw new ModelshipError(
        `Endpoint ${name} is Failed${endpoint.FailureReason ? ` (${endpoint.FailureReason})` : ''}; SageMaker allows only DeleteEndpoint on it, so it cannot be rolled back. Nothing changed.`,
        'Delete the endpoint and create it again with deploy-endpoint on a known good model.',
      );
    case 'Creating':
      throw new ModelshipError(
        `Endpoint ${name} is still being created, so it has no earlier config to roll back to; nothing changed.`,
        'Wait for the creation to end; if the model is bad, delete the endpoint or deploy a good model.',
      );
    case 'Deleting':
      throw new ModelshipError(`Endpoint ${name} is being deleted; nothing changed.`);
  }
}

function refuseInFlight(
  endpointName: string,
  inFlight: InFlightUpdate,
  mode: 'force' | 'wait' | 'fail',
  forcing: boolean,
): void {
  const what = `Endpoint ${endpointName} is ${inFlight.status}${inFlight.pendingConfig ? ` (update to ${inFlight.pendingConfig})` : ''}`;
  if (mode === 'fail') {
    throw new ModelshipError(
      `${what} and in-flight is fail, so nothing changed.`,
      'Run again with in-flight: force to make SageMaker roll the update back through its alarms, or in-flight: wait to roll back after it ends.',
    );
  }
  if (forcing && inFlight.alarms.length === 0) {
    throw new ModelshipError(
      `${what}, and that update cannot be forced back: its DeploymentConfig has no AutoRollbackConfiguration alarms to set to ALARM, and SageMaker has no API to cancel an update. Nothing changed.`,
      'Run again with in-flight: wait to roll back once the update ends; guard future deployments with alarms (deploy-endpoint alarms or alarm-thresholds) so that they can be stopped.',
    );
  }
}

/** When DescribeEndpoint does not tell the config before the update, the pending config's tags do. */
async function withConfigBeforeUpdate(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  inFlight: InFlightUpdate,
): Promise<InFlightUpdate> {
  if (inFlight.configBeforeUpdate || !inFlight.pendingConfig) return inFlight;
  const pending = await configWithProvenance(ports, inFlight.pendingConfig);
  return { ...inFlight, configBeforeUpdate: pending?.provenance.previousEndpointConfig };
}
