import { checkEndpoint, type CheckedEndpoint } from './checkEndpoint';
import { finishOnTarget, servesTarget } from './finishOnTarget';
import { settleInFlightUpdate, type Settlement } from './inFlightSettlement';
import type { RollbackPorts } from './ports';
import { RollbackJournal } from './rollbackJournal';
import type { RollbackOutcome } from './rollbackOutcome';
import { announceRollback, planRollback, type RollbackPlan } from './rollbackPlan';
import type { RollbackRequest, RollbackResult } from './rollbackRequest';
import { updateToTarget } from './targetUpdate';

/**
 * Returns the endpoint to a known good config and reports the truth: success is InService on the
 * target config, checked, never assumed. Everything that can be wrong with the request (unknown
 * endpoint or config, nothing recorded, no other approved version) fails before anything changes.
 */
export async function rollback(ports: RollbackPorts, request: RollbackRequest): Promise<RollbackResult> {
  const { logger } = ports;
  const journal = new RollbackJournal(logger);
  const checked = await logger.group('Check the endpoint', () => checkEndpoint(ports, request));
  const plan = await logger.group('Resolve the target', async () =>
    announceRollback(ports, await planRollback(ports, request, checked)),
  );
  const settled = await settle(ports, plan, checked, journal);
  if (settled.kind === 'failed') return rollbackResult(ports, request, plan, journal, settled.outcome);
  const outcome = servesTarget(settled, plan)
    ? await logger.group(`Finish on ${plan.target.configName}`, () =>
        finishOnTarget(ports, plan, settled, journal),
      )
    : await logger.group(`Update to ${plan.target.configName}`, () =>
        updateToTarget(ports, plan, settled, journal),
      );
  return rollbackResult(ports, request, plan, journal, outcome);
}

/** An update in flight is forced back or waited for; with none, the endpoint is settled as found. */
function settle(
  ports: RollbackPorts,
  plan: RollbackPlan,
  checked: CheckedEndpoint,
  journal: RollbackJournal,
): Promise<Settlement> {
  const { inFlight } = checked;
  if (!inFlight) {
    return Promise.resolve({
      kind: 'settled',
      endpoint: checked.endpoint,
      wasInFlight: false,
      forced: false,
    });
  }
  return ports.logger.group(`Settle the ${inFlight.status} endpoint (in-flight: ${plan.inFlightMode})`, () =>
    settleInFlightUpdate(ports, plan, { ...checked, inFlight }, journal),
  );
}

function rollbackResult(
  ports: Pick<RollbackPorts, 'clock'>,
  request: Pick<RollbackRequest, 'startedAtMs'>,
  plan: RollbackPlan,
  journal: RollbackJournal,
  outcome: RollbackOutcome,
): RollbackResult {
  return {
    status: outcome.status,
    endpointName: plan.endpointName,
    from: plan.from,
    to: plan.target.configName,
    servingConfig: outcome.servingConfig,
    modelPackageArn: plan.target.modelPackageArn,
    rejectedPackageArn: outcome.rejection?.rejectedArn,
    steps: journal.steps,
    failure: outcome.failure,
    durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
  };
}
