import type { AlarmStateValue } from '../../environment';

export type ComparisonOperator =
  | 'GreaterThanOrEqualToThreshold'
  | 'GreaterThanThreshold'
  | 'LessThanThreshold'
  | 'LessThanOrEqualToThreshold';

export const COMPARISON_OPERATORS: ComparisonOperator[] = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];

/** Valid in CloudWatch, but only for anomaly-detection alarms, which the emulator does not evaluate. */
export const ANOMALY_COMPARISON_OPERATORS = [
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
];

export type TreatMissingData = 'missing' | 'notBreaching' | 'breaching' | 'ignore';
export const TREAT_MISSING_DATA: TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];

export interface AlarmRule {
  threshold: number;
  comparison: ComparisonOperator;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
}

/** One evaluated period: its start (epoch ms) and the statistic's value, undefined with no data. */
export interface PeriodValue {
  start: number;
  value: number | undefined;
}

export interface Evaluation {
  state: AlarmStateValue;
  reason: string;
  breaching: number;
}

export function breaches(value: number, rule: Pick<AlarmRule, 'threshold' | 'comparison'>): boolean {
  switch (rule.comparison) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= rule.threshold;
    case 'GreaterThanThreshold':
      return value > rule.threshold;
    case 'LessThanThreshold':
      return value < rule.threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= rule.threshold;
  }
}

/**
 * The periods an evaluation looks at, aligned to multiples of the (scaled) period: the last
 * `evaluationPeriods` complete ones, oldest first, and the one in progress.
 */
export function evaluationWindows(
  now: number,
  periodMs: number,
  evaluationPeriods: number,
): { complete: number[]; current: number } {
  const current = Math.floor(now / periodMs) * periodMs;
  const complete: number[] = [];
  for (let i = evaluationPeriods; i >= 1; i--) complete.push(current - i * periodMs);
  return { complete, current };
}

/**
 * Which periods decide the state: the complete ones, or, when the period in progress already
 * breaches, that one in place of the oldest. CloudWatch only looks at complete periods, but a test
 * (or a guardrail bake) must see a burst of errors within one scaled period, not two.
 */
export function periodsToEvaluate(
  complete: PeriodValue[],
  current: PeriodValue,
  rule: Pick<AlarmRule, 'threshold' | 'comparison'>,
): PeriodValue[] {
  if (current.value === undefined || !breaches(current.value, rule)) return complete;
  return [...complete.slice(1), current];
}

/**
 * CloudWatch's "M out of N" evaluation over periods (oldest first). Returns undefined when the state
 * should stay as it is (no data with treatMissingData ignore).
 */
export function evaluateAlarm(periods: PeriodValue[], rule: AlarmRule): Evaluation | undefined {
  const present = periods.filter((p): p is { start: number; value: number } => p.value !== undefined);
  const missing = periods.length - present.length;
  let breaching = present.filter((p) => breaches(p.value, rule)).length;
  if (rule.treatMissingData === 'breaching') breaching += missing;

  if (breaching >= rule.datapointsToAlarm) {
    const reason =
      present.length === 0
        ? allMissing(periods.length, 'Breaching')
        : thresholdCrossed(periods, present, breaching, rule);
    return { state: 'ALARM', breaching, reason };
  }
  if (present.length === 0) {
    if (rule.treatMissingData === 'ignore') return undefined;
    if (rule.treatMissingData === 'missing') {
      return {
        state: 'INSUFFICIENT_DATA',
        breaching,
        reason: `Insufficient Data: ${periods.length} datapoint${periods.length === 1 ? ' was' : 's were'} unknown.`,
      };
    }
  }
  const reason =
    present.length === 0
      ? allMissing(periods.length, 'NonBreaching')
      : thresholdCrossed(periods, present, breaching, rule);
  return { state: 'OK', breaching, reason };
}

function allMissing(n: number, treatedAs: 'Breaching' | 'NonBreaching'): string {
  return `Threshold Crossed: no datapoints were received for ${n} period${n === 1 ? '' : 's'} and ${n} missing datapoint${n === 1 ? ' was' : 's were'} treated as [${treatedAs}].`;
}

// Same shape as CloudWatch's reasons, e.g. "Threshold Crossed: 1 out of the last 1 datapoints
// [0.5 (23/11/26 10:00:00)] was greater than the threshold (0.01) (minimum 1 datapoint for OK -> ALARM transition)."
function thresholdCrossed(
  periods: PeriodValue[],
  present: Array<{ start: number; value: number }>,
  breaching: number,
  rule: AlarmRule,
): string {
  const alarm = breaching >= rule.datapointsToAlarm;
  const shown = present
    .filter((p) => breaches(p.value, rule) === alarm)
    .reverse()
    .map((p) => `${Number(p.value.toPrecision(6))} (${reasonDate(p.start)})`)
    .join(', ');
  const count = alarm ? breaching : periods.length - breaching;
  const verb = count === 1 ? 'was' : 'were';
  const relation = alarm ? describe(rule.comparison) : `not ${describe(rule.comparison)}`;
  const minimum = alarm
    ? `(minimum ${rule.datapointsToAlarm} datapoint${rule.datapointsToAlarm === 1 ? '' : 's'} for OK -> ALARM transition)`
    : `(minimum ${periods.length - rule.datapointsToAlarm + 1} datapoint${periods.length - rule.datapointsToAlarm + 1 === 1 ? '' : 's'} for ALARM -> OK transition)`;
  return `Threshold Crossed: ${count} out of the last ${periods.length} datapoints [${shown}] ${verb} ${relation} the threshold (${rule.threshold}) ${minimum}.`;
}

function reasonDate(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function describe(comparison: ComparisonOperator): string {
  return {
    GreaterThanOrEqualToThreshold: 'greater than or equal to',
    GreaterThanThreshold: 'greater than',
    LessThanThreshold: 'less than',
    LessThanOrEqualToThreshold: 'less than or equal to',
  }[comparison];
}
