import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { alarmStates, inAlarm } from './alarmStates';
import type { Clock } from './clock';
import { TransientReadTolerance } from './transientAwsError';

/** How often the alarms are read while the action itself guards a bake or a rollback window. */
export const ALARM_POLL_MS = 2_000;

export interface AlarmWatchPorts {
  cloudwatch: Pick<CloudWatchClient, 'send'>;
  clock: Clock;
  /** Aborted when the runner cancels the job. */
  signal: AbortSignal;
}

/** How a watch ended: the time passed quietly, alarms fired (named), or the job was cancelled. */
export type AlarmWatchEnd = { kind: 'quiet' } | { kind: 'fired'; alarms: string[] } | { kind: 'cancelled' };

/**
 * Reads the alarms every ALARM_POLL_MS for `durationMs` (once at least, even for 0) and ends at the
 * first alarm in ALARM, at a cancel, or when the time is up. With no alarms it only waits.
 */
export async function watchAlarmsFor(
  ports: AlarmWatchPorts,
  alarms: readonly string[],
  durationMs: number,
): Promise<AlarmWatchEnd> {
  const end = ports.clock.now() + durationMs;
  const reads = new TransientReadTolerance(`DescribeAlarms on ${alarms.join(', ')}`);
  for (;;) {
    // A throttled read is no news: nothing fired as far as this poll can tell.
    const states = alarms.length ? await reads.read(() => alarmStates(ports, [...alarms])) : [];
    const fired = inAlarm(states ?? []).map((a) => a.name);
    if (fired.length) return { kind: 'fired', alarms: fired };
    if (ports.signal.aborted) return { kind: 'cancelled' };
    const left = end - ports.clock.now();
    if (left <= 0) return { kind: 'quiet' };
    try {
      await ports.clock.sleep(Math.min(ALARM_POLL_MS, left), ports.signal);
    } catch {
      return { kind: 'cancelled' };
    }
  }
}
