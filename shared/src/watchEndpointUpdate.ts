import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { alarmStates, inAlarm, type AlarmState } from './alarmStates';
import type { Clock } from './clock';
import { DeploymentProgress, type TrafficSample } from './deploymentProgress';
import { formatElapsed } from './duration';
import { endpointOutcome, type EndpointOutcome, type EndpointSnapshot } from './endpointOutcome';
import type { Logger } from './logger';

/** What following an endpoint update needs; every action's ports satisfy it. */
export interface EndpointWatchPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  cloudwatch: Pick<CloudWatchClient, 'send'>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the runner cancels the job. */
  signal: AbortSignal;
}

/**
 * DescribeEndpoint at most every 2 s: often enough that the step ends within 2 s of the deployment,
 * rare enough not to be throttled (the SageMaker SDK moved to 30 s because of throttling, which made
 * steps end minutes late). The SDK's adaptive retry mode absorbs occasional throttling.
 */
export const POLL_INTERVAL_MS = 2_000;

export interface WatchRequest {
  endpointName: string;
  /** The config whose InService counts as success; InService on any other is a rollback. */
  requestedConfig: string;
  guardingAlarms: string[];
  /** The new fleet's share after each guardrails step; see ShareSource. */
  plannedShares: number[];
  /** Weights mode: the new model's variant, whose share is read from the variants' current weights. */
  newVariantName?: string;
  /** When the deployment started: progress lines and samples count from here. */
  startedAtMs: number;
  deadlineMs: number;
}

export type WatchResult =
  | {
      kind: 'finished';
      outcome: EndpointOutcome;
      snapshot: EndpointSnapshot;
      firedAlarms: AlarmState[];
      samples: TrafficSample[];
    }
  | { kind: 'timed-out'; snapshot: EndpointSnapshot; samples: TrafficSample[] }
  | { kind: 'cancelled'; snapshot: EndpointSnapshot | undefined; samples: TrafficSample[] };

/**
 * Follows an endpoint until its create or update ends, printing progress, and says how it ended.
 * Alarms are read alongside so that a rollback can be explained by the alarm that fired.
 */
export async function watchEndpointUpdate(
  ports: EndpointWatchPorts,
  request: WatchRequest,
): Promise<WatchResult> {
  const progress = new DeploymentProgress(request.plannedShares, request.startedAtMs, {
    requestedConfig: request.requestedConfig,
    newVariantName: request.newVariantName,
  });
  const firedAlarms = new Map<string, AlarmState>();
  let snapshot: EndpointSnapshot | undefined;
  for (;;) {
    if (ports.signal.aborted) return { kind: 'cancelled', snapshot, samples: progress.samples };
    try {
      snapshot = await ports.sagemaker.send(
        new DescribeEndpointCommand({ EndpointName: request.endpointName }),
        {
          abortSignal: ports.signal,
        },
      );
    } catch (err) {
      if (ports.signal.aborted) return { kind: 'cancelled', snapshot, samples: progress.samples };
      throw err;
    }
    const states = request.guardingAlarms.length ? await alarmStates(ports, request.guardingAlarms) : [];
    for (const alarm of inAlarm(states)) firedAlarms.set(alarm.name, alarm);
    const now = ports.clock.now();
    for (const line of progress.observe(
      snapshot,
      now,
      inAlarm(states).map((a) => a.name),
    ))
      ports.logger.info(line);

    const outcome = endpointOutcome(snapshot, request.requestedConfig);
    if (outcome.kind !== 'in-progress') {
      return {
        kind: 'finished',
        outcome,
        snapshot,
        firedAlarms: [...firedAlarms.values()],
        samples: progress.samples,
      };
    }
    if (now >= request.deadlineMs) {
      ports.logger.warning(
        `Stopped waiting at ${formatElapsed(now - request.startedAtMs)}: the endpoint is still ${snapshot.EndpointStatus}.`,
      );
      return { kind: 'timed-out', snapshot, samples: progress.samples };
    }
    try {
      await ports.clock.sleep(
        Math.min(POLL_INTERVAL_MS, Math.max(0, request.deadlineMs - now)),
        ports.signal,
      );
    } catch {
      return { kind: 'cancelled', snapshot, samples: progress.samples };
    }
  }
}
