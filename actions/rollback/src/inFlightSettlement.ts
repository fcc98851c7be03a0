import { SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import type { WatchResult } from '@modelship/shared';
import type { CheckedEndpoint } from './checkEndpoint';
import { waitForEndpoint, unfinishedReason } from './endpointWait';
import { forcedAlarmReason, type InFlightUpdate } from './inFlightUpdate';
import type { RollbackPorts } from './ports';
import { rejectIfAsked, type PackageRejection } from './rejectModelPackage';
import type { RollbackJournal } from './rollbackJournal';
import type { RollbackOutcome, SettledEndpoint } from './rollbackOutcome';
import type { RollbackPlan } from './rollbackPlan';

export type Settlement = SettledEndpoint | { kind: 'failed'; outcome: RollbackOutcome };

/**
 * An update is in flight: with force, sets its guarding alarms to ALARM so that SageMaker rolls it back
 * (SageMaker has no API to cancel an update); otherwise waits. Either way, waits for the endpoint to
 * settle and says where it ended.
 */
export async function settleInFlightUpdate(
  ports: RollbackPorts,
  plan: RollbackPlan,
  checked: CheckedEndpoint & { inFlight: InFlightUpdate },
  journal: RollbackJournal,
): Promise<Settlement> {
  const { inFlight, forcing } = checked;
  let rejection: PackageRejection | undefined;
  if (forcing) {
    await forceGuardrailsRollback(ports, plan, inFlight);
    journal.did(
      `Set alarm ${inFlight.alarms.join(', ')} to ALARM so that SageMaker rolls back the in-flight update to ${inFlight.pendingConfig ?? 'a new config'} itself (SageMaker has no API to cancel an update).`,
    );
    rejection = await rejectIfAsked(ports, plan, journal, undefined);
  } else {
    journal.did(
      `Waiting for the ${inFlight.status} endpoint to settle first (in-flight: ${plan.inFlightMode}).`,
    );
  }
  const watched = await waitForEndpoint(ports, {
    endpointName: plan.endpointName,
    requestedConfig: inFlight.configBeforeUpdate ?? inFlight.pendingConfig ?? '',
    guardingAlarms: [],
    deadlineMs: plan.deadlineMs,
    // Forced, SageMaker rolls back at its next alarm check, whatever the plan: poll as for the unknown.
    bakeSeconds: forcing ? undefined : inFlight.bakeSeconds,
  });
  return judgeSettlement(watched, { ...checked, forced: forcing, rejection }, journal);
}

/** Where the in-flight update left the endpoint: InService (on either config) settles it; anything else fails. */
export function judgeSettlement(
  watched: WatchResult,
  before: CheckedEndpoint & { inFlight: InFlightUpdate; forced: boolean; rejection?: PackageRejection },
  journal: RollbackJournal,
): Settlement {
  const { endpointName, inFlight, forced, rejection } = before;
  if (watched.kind !== 'finished') {
    const failure = unfinishedReason(watched);
    return {
      kind: 'failed',
      outcome: { status: 'failed', failure, servingConfig: before.endpoint.EndpointConfigName, rejection },
    };
  }
  const endpoint = { ...before.endpoint, ...watched.snapshot };
  const now = endpoint.EndpointConfigName;
  if (endpoint.EndpointStatus !== 'InService') {
    const failure = `The in-flight update ended with the endpoint ${endpoint.EndpointStatus}${endpoint.FailureReason ? ` (${endpoint.FailureReason})` : ''}.`;
    return { kind: 'failed', outcome: { status: 'failed', failure, servingConfig: now, rejection } };
  }
  if (now === inFlight.configBeforeUpdate) {
    journal.did(
      `${forced ? 'SageMaker rolled the update back' : 'The update was rolled back'}: ${endpointName} is InService on ${now} again.`,
    );
  } else {
    journal.did(
      `The in-flight update finished before it could be stopped: ${endpointName} is InService on ${now}.`,
    );
  }
  return { kind: 'settled', endpoint, wasInFlight: true, forced, rejection };
}

async function forceGuardrailsRollback(
  ports: Pick<RollbackPorts, 'cloudwatch'>,
  plan: Pick<RollbackPlan, 'endpointName' | 'reason'>,
  inFlight: InFlightUpdate,
): Promise<void> {
  const stateReason = forcedAlarmReason(plan.endpointName, inFlight, plan.reason);
  for (const alarm of inFlight.alarms) {
    await ports.cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: alarm, StateValue: 'ALARM', StateReason: stateReason }),
    );
  }
}
