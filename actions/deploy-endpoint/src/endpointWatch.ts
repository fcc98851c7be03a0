import { watchEndpointUpdate, type EndpointWatchPorts, type WatchResult } from '@modelship/shared';
import { deadlineOf, endpointNameOf, type DeployRequest } from './deployRequest';

/** What one wait on the endpoint is for; the rest comes from the request. */
export interface EndpointWatch {
  /** The config whose InService counts as success. */
  requestedConfig: string;
  guardingAlarms?: string[];
  /** Guardrails: the new fleet's planned share after each step. Default: all at once. */
  plannedShares?: number[];
  /** Weights mode: the new model's variant, whose share is read from the endpoint's weights. */
  newVariantName?: string;
  /** Default: `timeout-minutes` after the deployment started. */
  deadlineMs?: number;
  /** A guardrails update: the bake after each step, which paces DescribeEndpoint (see pollSchedule). */
  bakeSeconds?: number;
}

/**
 * Follows the endpoint until its create or update ends: the one wait of deploy-endpoint. Progress lines
 * count from the deployment's start, so the elapsed time goes on across steps.
 */
export function watchEndpoint(
  ports: EndpointWatchPorts,
  request: DeployRequest,
  watch: EndpointWatch,
): Promise<WatchResult> {
  return watchEndpointUpdate(ports, {
    endpointName: endpointNameOf(request),
    requestedConfig: watch.requestedConfig,
    guardingAlarms: watch.guardingAlarms ?? [],
    plannedShares: watch.plannedShares ?? [100],
    newVariantName: watch.newVariantName,
    startedAtMs: request.startedAtMs,
    deadlineMs: watch.deadlineMs ?? deadlineOf(request),
    plan: watch.bakeSeconds === undefined ? {} : { bakeMs: watch.bakeSeconds * 1000 },
  });
}

/** True when the watch saw the endpoint InService on the requested config. */
export const reachedRequestedConfig = (watched: WatchResult): boolean =>
  watched.kind === 'finished' && watched.outcome.kind === 'deployed';

/** Why a watch did not end on the requested config, in words. */
export function whyNotReached(watched: WatchResult, requestedConfig: string): string {
  return watched.kind === 'finished' && 'reason' in watched.outcome
    ? watched.outcome.reason
    : `endpoint did not reach ${requestedConfig} (${watched.kind})`;
}
