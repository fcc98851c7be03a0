import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { alarmStates, inAlarm, type AlarmState } from './alarmStates';

/**
 * The guarding alarms across successive reads: which have been in ALARM at any read (a rollback is
 * explained by them even if they recover before the next one), and when any changed state last.
 */
export class AlarmStateTracker {
  private readonly fired = new Map<string, AlarmState>();
  private last: Map<string, string> | undefined;
  private current: AlarmState[] = [];
  /** When a read last found a state different from the read before; undefined until one does. */
  changedAtMs: number | undefined;

  constructor(
    private readonly ports: { cloudwatch: Pick<CloudWatchClient, 'send'> },
    private readonly names: readonly string[],
  ) {}

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

  /** Reads the alarms (nothing to read without any); true when a state changed since the last read. */
  async read(nowMs: number): Promise<boolean> {
    if (!this.watching) return false;
    this.current = await alarmStates(this.ports, [...this.names]);
    for (const alarm of inAlarm(this.current)) this.fired.set(alarm.name, alarm);
    const states = new Map(this.current.map((a) => [a.name, a.state]));
    const changed = this.last !== undefined && [...states].some(([name, s]) => this.last?.get(name) !== s);
    this.last = states;
    if (changed) this.changedAtMs = nowMs;
    return changed;
  }
}
