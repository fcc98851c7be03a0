import { watchEndpointUpdate, type WatchResult } from '@modelship/shared';
import type { RollbackPorts } from './ports';

export interface EndpointWait {
  endpointName: string;
  /** The config whose InService counts as the update's success. */
  requestedConfig: string;
  guardingAlarms: string[];
  deadlineMs: number;
}

/** Follows the endpoint until its update ends (or the deadline, or a cancel), printing progress. */
export function waitForEndpoint(ports: RollbackPorts, wait: EndpointWait): Promise<WatchResult> {
  return watchEndpointUpdate(ports, {
    ...wait,
    plannedShares: [100],
    startedAtMs: ports.clock.now(),
  });
}

/** Why a wait did not see the update end, in words for the summary. */
export function unfinishedReason(watched: Exclude<WatchResult, { kind: 'finished' }>): string {
  return watched.kind === 'cancelled'
    ? 'The job was cancelled while waiting; SageMaker goes on with what was started.'
    : `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with what was started.`;
}
