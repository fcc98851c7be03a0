import type { AlarmStateReader, AlarmStateValue, EmulatorEnvironment } from '../../environment';
import { evaluateAlarm, type AlarmRule } from './alarmEvaluation';
import type { CloudWatchMetricStore } from './metricStore';
import { computeStatistic } from './statistics';

export interface MetricAlarm {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  Namespace: string;
  MetricName: string;
  Dimensions: Array<{ Name: string; Value: string }>;
  Statistic?: string;
  ExtendedStatistic?: string;
  Period: number;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: AlarmRule['comparison'];
  TreatMissingData: AlarmRule['treatMissingData'];
  ActionsEnabled: boolean;
  AlarmActions: string[];
  OKActions: string[];
  InsufficientDataActions: string[];
  Unit?: string;
  StateValue: AlarmStateValue;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: Date;
  StateTransitionedTimestamp: Date;
  AlarmConfigurationUpdatedTimestamp: Date;
}

export interface AlarmHistoryItem {
  AlarmName: string;
  Timestamp: Date;
  HistoryItemType: 'StateUpdate' | 'ConfigurationUpdate';
  HistorySummary: string;
}

/**
 * Alarms and their evaluation. A timer re-evaluates every alarm a few times per (scaled) period, so a
 * 60 s period at time scale 60 reacts within a quarter of a second, as the guardrail tests need.
 */
export class AlarmStore implements AlarmStateReader {
  private readonly alarms = new Map<string, MetricAlarm>();
  readonly history: AlarmHistoryItem[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** SetAlarmState holds until the next whole evaluation period, as in CloudWatch. */
  private readonly heldUntil = new Map<string, number>();

  constructor(
    private readonly env: EmulatorEnvironment,
    private readonly metrics: CloudWatchMetricStore,
  ) {}

  stateOf(name: string): { value: AlarmStateValue; reason: string } | undefined {
    const alarm = this.alarms.get(name);
    return alarm && { value: alarm.StateValue, reason: alarm.StateReason };
  }

  get(name: string): MetricAlarm | undefined {
    return this.alarms.get(name);
  }

  all(): MetricAlarm[] {
    return [...this.alarms.values()].sort((a, b) => a.AlarmName.localeCompare(b.AlarmName));
  }

  put(alarm: MetricAlarm): void {
    const existing = this.alarms.get(alarm.AlarmName);
    if (existing) {
      // Updating an alarm keeps its state, as CloudWatch does, until the next evaluation.
      alarm.StateValue = existing.StateValue;
      alarm.StateReason = existing.StateReason;
      alarm.StateUpdatedTimestamp = existing.StateUpdatedTimestamp;
    }
    this.alarms.set(alarm.AlarmName, alarm);
    this.history.push({
      AlarmName: alarm.AlarmName,
      Timestamp: new Date(this.env.clock.now()),
      HistoryItemType: 'ConfigurationUpdate',
      HistorySummary: `Alarm "${alarm.AlarmName}" ${existing ? 'updated' : 'created'}`,
    });
    this.evaluate(alarm);
    this.schedule();
  }

  delete(name: string): boolean {
    const deleted = this.alarms.delete(name);
    this.schedule();
    return deleted;
  }

  setState(name: string, state: AlarmStateValue, reason: string, reasonData?: string): void {
    const alarm = this.alarms.get(name);
    if (!alarm) return;
    this.heldUntil.set(name, this.env.clock.now() + this.periodMs(alarm));
    this.transition(alarm, state, reason, reasonData);
  }

  clear(): void {
    this.alarms.clear();
    this.heldUntil.clear();
    this.history.length = 0;
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private periodMs(alarm: MetricAlarm): number {
    return (alarm.Period * 1000) / this.env.timing.timeScale;
  }

  /** One timer for all alarms, as often as the shortest scaled period needs. */
  private schedule(): void {
    this.stop();
    if (this.alarms.size === 0) return;
    const shortest = Math.min(...[...this.alarms.values()].map((a) => this.periodMs(a)));
    const interval = Math.max(50, Math.min(shortest / 4, 10_000));
    this.timer = setInterval(() => this.evaluateAll(), interval);
    this.timer.unref();
  }

  evaluateAll(): void {
    for (const alarm of this.alarms.values()) this.evaluate(alarm);
  }

  /**
   * The newest period is the one in progress: including it lets a burst of errors trip the alarm
   * within one scaled period, like CloudWatch's high-resolution evaluation, instead of a period later.
   */
  private evaluate(alarm: MetricAlarm): void {
    const period = this.periodMs(alarm);
    const now = this.env.clock.now();
    if ((this.heldUntil.get(alarm.AlarmName) ?? 0) > now) return;
    const dimensions = Object.fromEntries(alarm.Dimensions.map((d) => [d.Name, d.Value]));
    const statistic = alarm.ExtendedStatistic ?? alarm.Statistic ?? 'Average';
    const values: Array<number | undefined> = [];
    for (let i = alarm.EvaluationPeriods - 1; i >= 0; i--) {
      const end = now - i * period;
      const samples = this.metrics.samples(
        alarm.Namespace,
        alarm.MetricName,
        dimensions,
        end - period,
        end + 1,
      );
      values.push(computeStatistic(samples, statistic));
    }
    const result = evaluateAlarm(values, {
      threshold: alarm.Threshold,
      comparison: alarm.ComparisonOperator,
      evaluationPeriods: alarm.EvaluationPeriods,
      datapointsToAlarm: alarm.DatapointsToAlarm,
      treatMissingData: alarm.TreatMissingData,
    });
    if (!result || result.state === alarm.StateValue) return;
    this.transition(
      alarm,
      result.state,
      result.reason,
      JSON.stringify({
        version: '1.0',
        queryDate: new Date(now).toISOString(),
        statistic,
        period: alarm.Period,
        recentDatapoints: values.filter((v) => v !== undefined),
        threshold: alarm.Threshold,
      }),
    );
  }

  private transition(alarm: MetricAlarm, state: AlarmStateValue, reason: string, reasonData?: string): void {
    const previous = alarm.StateValue;
    const now = new Date(this.env.clock.now());
    alarm.StateValue = state;
    alarm.StateReason = reason;
    alarm.StateReasonData = reasonData;
    alarm.StateUpdatedTimestamp = now;
    if (previous !== state) alarm.StateTransitionedTimestamp = now;
    this.history.push({
      AlarmName: alarm.AlarmName,
      Timestamp: now,
      HistoryItemType: 'StateUpdate',
      HistorySummary: `Alarm updated from ${previous} to ${state}`,
    });
  }
}
