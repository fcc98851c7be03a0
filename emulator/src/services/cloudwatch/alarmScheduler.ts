import type { EmulatorEnvironment } from '../../environment';
import { evaluateAlarm, evaluationWindows, periodsToEvaluate, type PeriodValue } from './alarmEvaluation';
import { alarmQueriesValue } from './alarmQueries';
import type { AlarmStore, MetricAlarm } from './alarmStore';
import type { CloudWatchMetricStore } from './metricStore';
import { computeStatistic } from './statistics';
import { dimensionMap } from './wireValues';

/** Short enough to react within a scaled period, long enough not to spin. */
const MIN_INTERVAL_MS = 50;
const MAX_INTERVAL_MS = 10_000;

/**
 * Evaluates every alarm on the stored metrics, on one timer per emulator that runs a few times per
 * shortest scaled period: a 60 s period at time scale 60 lasts 1 s and is checked every 250 ms.
 */
export class AlarmScheduler {
  private timer: NodeJS.Timeout | undefined;
  private intervalMs = 0;

  constructor(
    private readonly env: EmulatorEnvironment,
    private readonly alarms: AlarmStore,
    private readonly metrics: CloudWatchMetricStore,
  ) {
    alarms.onChange = () => this.reschedule();
  }

  /** The scaled period: the alarm's own, or for metric math the Period of its MetricStat queries. */
  periodMs(alarm: Pick<MetricAlarm, 'Period' | 'Metrics'>): number {
    const seconds = alarm.Period ?? alarm.Metrics?.find((q) => q.MetricStat)?.MetricStat?.Period ?? 60;
    return (seconds * 1000) / this.env.timing.timeScale;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.intervalMs = 0;
  }

  evaluateAll(): void {
    for (const alarm of this.alarms.all()) this.evaluate(alarm);
  }

  private reschedule(): void {
    const all = this.alarms.all();
    if (all.length === 0) return this.stop();
    const shortest = Math.min(...all.map((a) => this.periodMs(a)));
    const interval = Math.max(MIN_INTERVAL_MS, Math.min(shortest / 4, MAX_INTERVAL_MS));
    if (this.timer && interval === this.intervalMs) return;
    this.stop();
    this.intervalMs = interval;
    this.timer = setInterval(() => this.evaluateAll(), interval);
    this.timer.unref();
  }

  private evaluate(alarm: MetricAlarm): void {
    const now = this.env.clock.now();
    if (this.alarms.isHeld(alarm, now)) return;
    const periodMs = this.periodMs(alarm);
    const statistic = alarm.ExtendedStatistic ?? alarm.Statistic ?? 'Average';
    const valueOf = (start: number): PeriodValue & { sampleCount: number } => ({
      start,
      ...this.periodValue(alarm, statistic, start, periodMs),
    });
    const windows = evaluationWindows(now, periodMs, alarm.EvaluationPeriods);
    const rule = {
      threshold: alarm.Threshold,
      comparison: alarm.ComparisonOperator,
      evaluationPeriods: alarm.EvaluationPeriods,
      datapointsToAlarm: alarm.DatapointsToAlarm,
      treatMissingData: alarm.TreatMissingData,
    };
    const periods = periodsToEvaluate(windows.complete.map(valueOf), valueOf(windows.current), rule) as Array<
      PeriodValue & { sampleCount: number }
    >;
    const result = evaluateAlarm(periods, rule);
    if (!result || result.state === alarm.StateValue) return;
    // Timestamps in the reason data are in emulator time: periods are scaled, so they are close together.
    const evaluated = periods
      .filter((p) => p.value !== undefined)
      .reverse()
      .map((p) => ({
        timestamp: new Date(p.start).toISOString(),
        sampleCount: p.sampleCount,
        value: p.value,
      }));
    this.alarms.transition(
      alarm,
      result.state,
      result.reason,
      JSON.stringify({
        version: '1.0',
        queryDate: new Date(now).toISOString(),
        startDate: new Date(periods[0]?.start ?? now).toISOString(),
        ...(alarm.Metrics ? {} : alarm.ExtendedStatistic ? { extendedStatistic: statistic } : { statistic }),
        period: alarm.Period ?? (periodMs * this.env.timing.timeScale) / 1000,
        recentDatapoints: evaluated.map((p) => p.value),
        threshold: alarm.Threshold,
        evaluatedDatapoints: evaluated,
      }),
    );
  }

  /** One period's value: the statistic of the alarm's metric, or its metric math result. */
  private periodValue(
    alarm: MetricAlarm,
    statistic: string,
    start: number,
    periodMs: number,
  ): { value: number | undefined; sampleCount: number } {
    if (alarm.Metrics) return alarmQueriesValue(alarm.Metrics, this.metrics, start, periodMs);
    const samples = this.metrics.samples(
      alarm.Namespace ?? '',
      alarm.MetricName ?? '',
      dimensionMap(alarm.Dimensions ?? []),
      start,
      start + periodMs,
    );
    return {
      value: computeStatistic(samples, statistic),
      sampleCount: computeStatistic(samples, 'SampleCount') ?? 0,
    };
  }
}
