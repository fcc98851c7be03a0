import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { AlarmState } from './alarmStates';
import { AlarmStateTracker } from './alarmStateTracker';
import { ALARM_POLL_MS } from './alarmWatch';
import type { Clock } from './clock';
import { DeploymentProgress, type TrafficSample } from './deploymentProgress';
import { formatElapsed } from './duration';
import { endpointOutcome, type EndpointOutcome, type EndpointSnapshot } from './endpointOutcome';
import type { Logger } from './logger';
import {
  nextPollDelayMs,
  observePhase,
  WAITING_POLL_MS,
  type PollPlan,
  type UpdatePhase,
} from './pollSchedule';
import { TransientReadTolerance } from './transientAwsError';

/** What following an endpoint update needs; every action's ports satisfy it. */
export interface EndpointWatchPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  cloudwatch: Pick<CloudWatchClient, 'send'>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the runner cancels the job. */
  signal: AbortSignal;
}

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
  /** The update's timings, which set when DescribeEndpoint is called; none for a create. */
  plan?: PollPlan;
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
 * DescribeEndpoint is called on the plan's schedule (see pollSchedule); the guarding alarms are read
 * in between, and a change in them brings the next DescribeEndpoint forward. The alarms that fired
 * are kept so that a rollback can be explained by them.
 */
export async function watchEndpointUpdate(
  ports: EndpointWatchPorts,
  request: WatchRequest,
): Promise<WatchResult> {
  const progress = new DeploymentProgress(request.plannedShares, request.startedAtMs, {
    requestedConfig: request.requestedConfig,
    newVariantName: request.newVariantName,
  });
  const alarms = new AlarmStateTracker(ports, request.guardingAlarms);
  let snapshot: EndpointSnapshot | undefined;
  const cancelled = (): WatchResult => ({ kind: 'cancelled', snapshot, samples: progress.samples });
  let phase: UpdatePhase | undefined;
  let lastPollAtMs: number | undefined;
  const describes = new TransientReadTolerance(`DescribeEndpoint on ${request.endpointName}`);
  for (;;) {
    if (ports.signal.aborted) return cancelled();
    const described = await describeEndpoint(ports, request.endpointName, describes);
    if (described === 'cancelled') return cancelled();
    if (!described) {
      // Throttled or a 5xx: no news this poll. Ten of those in a row end the watch with an error.
      if (!(await sleepReadingAlarms(ports, alarms, ports.clock.now() + WAITING_POLL_MS))) return cancelled();
      continue;
    }
    snapshot = described;
    await alarms.read(ports.clock.now());
    const now = ports.clock.now();
    for (const line of progress.observe(snapshot, now, alarms.inAlarmNow)) ports.logger.info(line);

    const outcome = endpointOutcome(snapshot, request.requestedConfig);
    if (outcome.kind !== 'in-progress') {
      const { samples } = progress;
      return { kind: 'finished', outcome, snapshot, firedAlarms: alarms.firedAlarms, samples };
    }
    if (now >= request.deadlineMs) {
      ports.logger.warning(
        `Stopped waiting at ${formatElapsed(now - request.startedAtMs)}: the endpoint is still ${snapshot.EndpointStatus}.`,
      );
      return { kind: 'timed-out', snapshot, samples: progress.samples };
    }
    phase = observePhase(phase, snapshot, now, lastPollAtMs);
    lastPollAtMs = now;
    const delay = nextPollDelayMs(request.plan ?? {}, {
      phase,
      nowMs: now,
      alarmChangedAtMs: alarms.changedAtMs,
    });
    if (!(await sleepReadingAlarms(ports, alarms, Math.min(now + delay, request.deadlineMs))))
      return cancelled();
  }
}

/** The endpoint now; undefined when the read failed transiently (no news this poll). */
async function describeEndpoint(
  ports: EndpointWatchPorts,
  endpointName: string,
  describes: TransientReadTolerance,
): Promise<EndpointSnapshot | undefined | 'cancelled'> {
  try {
    return await describes.read(() =>
      ports.sagemaker.send(new DescribeEndpointCommand({ EndpointName: endpointName }), {
        abortSignal: ports.signal,
      }),
    );
  } catch (err) {
    if (ports.signal.aborted) return 'cancelled';
    throw err;
  }
}

/**
 * Sleeps until `untilMs`, reading the alarms every ALARM_POLL_MS meanwhile, and wakes early when one
 * changes state. False when the job was cancelled.
 */
async function sleepReadingAlarms(
  ports: EndpointWatchPorts,
  alarms: AlarmStateTracker,
  untilMs: number,
): Promise<boolean> {
  for (;;) {
    const left = untilMs - ports.clock.now();
    if (left <= 0) return true;
    const nap = alarms.watching ? Math.min(ALARM_POLL_MS, left) : left;
    try {
      await ports.clock.sleep(nap, ports.signal);
    } catch {
      return false;
    }
    // When the nap ends the sleep, the DescribeEndpoint that follows reads the alarms anyway.
    if (nap < left && (await alarms.read(ports.clock.now()))) return true;
  }
}
