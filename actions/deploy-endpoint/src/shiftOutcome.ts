import type { Logger, WatchResult } from '@modelship/shared';
import type { ShiftingMode } from './deploymentPlan';
import type { ShiftOutcome } from './deployResult';

/** What a watched create or guardrails update means for the deployment, with the alarms that fired. */
export function shiftOutcomeOf(
  logger: Logger,
  watched: WatchResult,
  shifting: ShiftingMode,
  guardingAlarms: string[],
): ShiftOutcome {
  const samples = watched.samples;
  switch (watched.kind) {
    case 'cancelled':
      return {
        status: 'failed',
        firedAlarms: [],
        samples,
        reason:
          shifting === 'guardrails'
            ? 'The job was cancelled while waiting. SageMaker stays in charge of the deployment and keeps guarding it with its alarms; follow it in the console or run the rollback action.'
            : 'The job was cancelled while the endpoint was being created.',
      };
    case 'timed-out':
      return {
        status: 'failed',
        firedAlarms: [],
        samples,
        reason: `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with the deployment.`,
      };
    case 'finished':
      return finishedOutcome(logger, watched, guardingAlarms);
  }
}

function finishedOutcome(
  logger: Logger,
  watched: Extract<WatchResult, { kind: 'finished' }>,
  guardingAlarms: string[],
): ShiftOutcome {
  const { outcome, samples } = watched;
  // An alarm may be back to OK by the next poll; SageMaker's FailureReason still names it.
  const reason = 'reason' in outcome ? outcome.reason : '';
  const firedAlarms = [
    ...new Set([
      ...watched.firedAlarms.map((a) => a.name),
      ...guardingAlarms.filter((name) => reason.includes(name)),
    ]),
  ];
  switch (outcome.kind) {
    case 'deployed':
      return { status: 'deployed', firedAlarms, samples };
    case 'rolled-back':
    case 'failed':
      return { status: outcome.kind, reason: outcome.reason, firedAlarms, samples };
    default:
      logger.debug(`unexpected outcome ${JSON.stringify(outcome)}`);
      return { status: 'failed', reason: 'The deployment ended in an unknown state.', firedAlarms, samples };
  }
}
