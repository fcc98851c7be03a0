import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { alarmStates, inAlarm, type AlarmState } from './alarmStates';
import { TransientReadTolerance } from './transientAwsError';

/**
 * The guarding alarms across successive reads: which have been in ALARM at any read (a rollback is
 * explained by them even if they recover before the next one), and when the set in ALARM last changed.
 * Only that set counts as a change: an alarm going into or out of ALARM is what makes SageMaker roll
 * back, while INSUFFICIENT_DATA turning OK as the first data arrives means nothing for the update.
 */
export class AlarmStateTracker {
  private readonly fired = new Map<string, AlarmState>();
  private last: Set<string> | undefined;
  private current: AlarmState[] = [];
  /** When a read last found a different set in ALARM than the read before; undefined until one does. */
  changedAtMs: number | undefined;
  private readonly reads: TransientReadTolerance;

  constructor(
    private readonly ports: { cloudwatch: Pick<CloudWatchClient, 'send'> },
    private readonly names: readonly string[],
  ) {
    this.reads = new TransientReadTolerance(`DescribeAlarms on ${names.join(', ')}`);
  }

  get watching(): boolean {
    return this.names.length > 0;
  }

  /** The alarms in ALARM at the last read. */
  get inAlarmNow(): string[] {
    return inAlarm(this.current).map((a) => a.name);
  }

  get firedAlarms(): AlarmState[] {
    return [...this.fired.values()];
  }

  /** Reads the alarms (nothing to read without any); true when the set in ALARM changed since the last read. */
  async read(nowMs: number): Promise<boolean> {
    if (!this.watching) return false;
    const states = await this.reads.read(() => alarmStates(this.ports, [...this.names]));
    // A throttled read tells nothing new: the states stay those of the last read.
    if (!states) return false;
    this.current = states;
    for (const alarm of inAlarm(this.current)) this.fired.set(alarm.name, alarm);
    const firing = new Set(this.inAlarmNow);
    const last = this.last;
    const changed =
      last !== undefined && (firing.size !== last.size || [...firing].some((name) => !last.has(name)));
    this.last = firing;
    if (changed) this.changedAtMs = nowMs;
    return changed;
  }
}
