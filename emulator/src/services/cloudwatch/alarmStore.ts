import type { StandardUnit, Statistic } from '@aws-sdk/client-cloudwatch';
import type { AlarmStateReader, AlarmStateValue, EmulatorClock } from '../../environment';
import type { AlarmRule } from './alarmEvaluation';
import type { AlarmMetricQuery } from './alarmQueries';

export interface MetricAlarm {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  /** A single-metric alarm names its metric here; a metric math alarm has Metrics instead. */
  Namespace?: string;
  MetricName?: string;
  Dimensions?: Array<{ Name: string; Value: string }>;
  Statistic?: Statistic;
  ExtendedStatistic?: string;
  Period?: number;
  Metrics?: AlarmMetricQuery[];
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: AlarmRule['comparison'];
  TreatMissingData: AlarmRule['treatMissingData'];
  ActionsEnabled: boolean;
  AlarmActions: string[];
  OKActions: string[];
  InsufficientDataActions: string[];
  Unit?: StandardUnit;
  StateValue: AlarmStateValue;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: Date;
  StateTransitionedTimestamp: Date;
  AlarmConfigurationUpdatedTimestamp: Date;
}

export interface AlarmHistoryItem {
  AlarmName: string;
  AlarmType: 'MetricAlarm';
  Timestamp: Date;
  HistoryItemType: 'StateUpdate' | 'ConfigurationUpdate' | 'Action';
  HistorySummary: string;
  HistoryData: string;
}

export interface Tag {
  Key: string;
  Value: string;
}

/** A bound on history so that an alarm flapping for hours does not grow the emulator without limit. */
const MAX_HISTORY = 10_000;

/**
 * Metric alarms, their state history and tags. States change through `transition` (evaluation and
 * SetAlarmState); an alarm set by SetAlarmState is `heldUntil` its next evaluation, as in CloudWatch.
 */
export class AlarmStore implements AlarmStateReader {
  private readonly alarms = new Map<string, MetricAlarm>();
  private readonly tags = new Map<string, Tag[]>();
  private readonly heldUntil = new Map<string, number>();
  readonly history: AlarmHistoryItem[] = [];
  /** Called whenever the set of alarms changes, so that the scheduler can adjust its interval. */
  onChange: () => void = () => {};

  constructor(private readonly clock: EmulatorClock) {}

  stateOf(name: string): { value: AlarmStateValue; reason: string } | undefined {
    const alarm = this.alarms.get(name);
    return alarm && { value: alarm.StateValue, reason: alarm.StateReason };
  }

  get(name: string): MetricAlarm | undefined {
    return this.alarms.get(name);
  }

  byArn(arn: string): MetricAlarm | undefined {
    return this.all().find((a) => a.AlarmArn === arn);
  }

  /** Sorted by name, as DescribeAlarms returns them. */
  all(): MetricAlarm[] {
    return [...this.alarms.values()].sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : 1));
  }

  /** Creates or replaces an alarm; returns whether it existed. Tags apply only on creation, as in CloudWatch. */
  put(alarm: MetricAlarm, tags: Tag[]): boolean {
    const existing = this.alarms.get(alarm.AlarmName);
    if (existing) {
      // An update keeps the alarm's state until the next evaluation.
      alarm.StateValue = existing.StateValue;
      alarm.StateReason = existing.StateReason;
      alarm.StateReasonData = existing.StateReasonData;
      alarm.StateUpdatedTimestamp = existing.StateUpdatedTimestamp;
      alarm.StateTransitionedTimestamp = existing.StateTransitionedTimestamp;
    } else if (tags.length) {
      this.tags.set(alarm.AlarmArn, tags);
    }
    this.alarms.set(alarm.AlarmName, alarm);
    this.record(
      alarm,
      'ConfigurationUpdate',
      `Alarm "${alarm.AlarmName}" ${existing ? 'updated' : 'created'}`,
      {
        type: existing ? 'Update' : 'Create',
        version: '1.0',
      },
    );
    this.onChange();
    return Boolean(existing);
  }

  delete(name: string): void {
    const alarm = this.alarms.get(name);
    if (!alarm) return;
    this.alarms.delete(name);
    this.tags.delete(alarm.AlarmArn);
    this.heldUntil.delete(name);
    this.onChange();
  }

  /** SetAlarmState: the state holds until `holdUntil`, when evaluation takes over again. */
  setState(
    alarm: MetricAlarm,
    state: AlarmStateValue,
    reason: string,
    reasonData: string | undefined,
    holdUntil: number,
  ): void {
    this.heldUntil.set(alarm.AlarmName, holdUntil);
    this.transition(alarm, state, reason, reasonData);
  }

  isHeld(alarm: MetricAlarm, now: number): boolean {
    return (this.heldUntil.get(alarm.AlarmName) ?? 0) > now;
  }

  transition(alarm: MetricAlarm, state: AlarmStateValue, reason: string, reasonData?: string): void {
    const previous = alarm.StateValue;
    const now = new Date(this.clock.now());
    alarm.StateValue = state;
    alarm.StateReason = reason;
    alarm.StateReasonData = reasonData;
    alarm.StateUpdatedTimestamp = now;
    if (previous !== state) alarm.StateTransitionedTimestamp = now;
    this.record(alarm, 'StateUpdate', `Alarm updated from ${previous} to ${state}`, {
      version: '1.0',
      oldState: { stateValue: previous },
      newState: {
        stateValue: state,
        stateReason: reason,
        ...(reasonData ? { stateReasonData: safeJson(reasonData) } : {}),
      },
    });
  }

  tagsOf(arn: string): Tag[] {
    return this.tags.get(arn) ?? [];
  }

  tag(arn: string, tags: Tag[]): void {
    const merged = new Map(this.tagsOf(arn).map((t) => [t.Key, t.Value]));
    for (const tag of tags) merged.set(tag.Key, tag.Value);
    this.tags.set(
      arn,
      [...merged].map(([Key, Value]) => ({ Key, Value })),
    );
  }

  untag(arn: string, keys: string[]): void {
    this.tags.set(
      arn,
      this.tagsOf(arn).filter((t) => !keys.includes(t.Key)),
    );
  }

  clear(): void {
    this.alarms.clear();
    this.tags.clear();
    this.heldUntil.clear();
    this.history.length = 0;
    this.onChange();
  }

  private record(
    alarm: MetricAlarm,
    type: AlarmHistoryItem['HistoryItemType'],
    summary: string,
    data: Record<string, unknown>,
  ): void {
    this.history.push({
      AlarmName: alarm.AlarmName,
      AlarmType: 'MetricAlarm',
      Timestamp: new Date(this.clock.now()),
      HistoryItemType: type,
      HistorySummary: summary,
      HistoryData: JSON.stringify(data),
    });
    if (this.history.length > MAX_HISTORY) this.history.splice(0, this.history.length - MAX_HISTORY);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
