import { afterShift } from './afterShift';
import { deployResultOf, type DeployResult, type ShiftOutcome } from './deployResult';
import type { DeployRequest } from './deployRequest';
import { createEndpoint, updateUnderGuardrails } from './guardrailsUpdate';
import { planAlarmsAndTraffic, refuseUnusableAlarms, type PlannedDeployment } from './planAlarmsAndTraffic';
import type { DeployPorts } from './ports';
import { provisionResources } from './provisionResources';
import { resolveDeployment, type ResolvedDeployment } from './resolveDeployment';
import { shiftWeights } from './weightShifting';

export type { DeployResult } from './deployResult';

/**
 * Creates or updates the endpoint and reports the truth about the outcome: success is InService on the
 * requested config, anything else (rollback, failure, timeout) is a failure with its reason.
 * resolve → plan → check → provision → shift → after → report.
 */
export async function deployEndpoint(ports: DeployPorts, request: DeployRequest): Promise<DeployResult> {
  const { logger } = ports;
  const target = await logger.group('Resolve the model and the endpoint', () =>
    resolveDeployment(ports, request),
  );
  const planned = await logger.group('Plan', () => planAlarmsAndTraffic(ports, request, target));
  if (request.inputs.mode === 'plan') {
    return deployResultOf(request, target, planned.report, { status: 'planned' }, ports.clock.now());
  }

  refuseUnusableAlarms(planned);
  if (target.shifting === 'unchanged') {
    logger.info(
      `Endpoint ${target.endpointName} already serves ${target.endpointConfigName}: nothing to deploy.`,
    );
    return deployResultOf(request, target, planned.report, { status: 'deployed' }, ports.clock.now());
  }
  const tags = await logger.group('Provision', () => provisionResources(ports, request, target, planned));
  const shifted = await logger.group(`Shift traffic (${target.shifting})`, () =>
    shiftTraffic(ports, request, target, planned, tags),
  );
  const outcome = await logger.group('After the shift', () =>
    afterShift(ports, request, target, planned, shifted),
  );
  return deployResultOf(request, target, planned.report, outcome, ports.clock.now());
}

/** Shift: create the endpoint, or update it under SageMaker's guardrails, or move the weights ourselves. */
function shiftTraffic(
  ports: DeployPorts,
  request: DeployRequest,
  target: ResolvedDeployment,
  planned: PlannedDeployment,
  tags: Awaited<ReturnType<typeof provisionResources>>,
): Promise<ShiftOutcome> {
  switch (target.shifting) {
    case 'create':
      return createEndpoint(ports, request, target, tags);
    case 'weights':
      return shiftWeights(ports, request, target, planned, tags);
    default:
      return updateUnderGuardrails(ports, request, target, planned);
  }
}
