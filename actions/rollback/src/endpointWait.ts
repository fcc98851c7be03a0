import { watchEndpointUpdate, type WatchResult } from '@modelship/shared';
import type { RollbackPorts } from './ports';

export interface EndpointWait {
  endpointName: string;
  /** The config whose InService counts as the update's success. */
  requestedConfig: string;
  guardingAlarms: string[];
  deadlineMs: number;
  /** The bake after each step of the update waited for, when known: it paces DescribeEndpoint. */
  bakeSeconds?: number;
}

/** Follows the endpoint until its update ends (or the deadline, or a cancel), printing progress. */
export function waitForEndpoint(ports: RollbackPorts, wait: EndpointWait): Promise<WatchResult> {
  const { bakeSeconds, ...watch } = wait;
  return watchEndpointUpdate(ports, {
    ...watch,
    plannedShares: [100],
    startedAtMs: ports.clock.now(),
    plan: bakeSeconds === undefined ? {} : { bakeMs: bakeSeconds * 1000 },
  });
}

/** Why a wait did not see the update end, in words for the summary. */
export function unfinishedReason(watched: Exclude<WatchResult, { kind: 'finished' }>): string {
  return watched.kind === 'cancelled'
    ? 'The job was cancelled while waiting; SageMaker goes on with what was started.'
    : `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with what was started.`;
}
