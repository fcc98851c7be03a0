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

export type TreatMissingData = 'missing' | 'notBreaching' | 'breaching' | 'ignore';
export const TREAT_MISSING_DATA: TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];

export interface AlarmRule {
  threshold: number;
  comparison: ComparisonOperator;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
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
 * CloudWatch's "M out of N" evaluation over the most recent periods (oldest first; undefined where a
 * period has no data). Returns undefined when the state should stay as it is (treatMissingData ignore).
 */
export function evaluateAlarm(
  periodValues: Array<number | undefined>,
  rule: AlarmRule,
): Evaluation | undefined {
  const present = periodValues.filter((v): v is number => v !== undefined);
  const missing = periodValues.length - present.length;
  let breaching = present.filter((v) => breaches(v, rule)).length;
  if (rule.treatMissingData === 'breaching') breaching += missing;
  const shown = present.map((v) => Number(v.toPrecision(6))).join(', ');

  if (breaching >= rule.datapointsToAlarm) {
    return {
      state: 'ALARM',
      breaching,
      reason: `Threshold Crossed: ${breaching} out of the last ${periodValues.length} datapoints [${shown}] were ${describe(rule)} the threshold (${rule.threshold}).`,
    };
  }
  if (present.length === 0) {
    if (rule.treatMissingData === 'ignore') return undefined;
    if (rule.treatMissingData === 'missing') {
      return {
        state: 'INSUFFICIENT_DATA',
        breaching,
        reason: 'Insufficient Data: no datapoints were received.',
      };
    }
  }
  return {
    state: 'OK',
    breaching,
    reason: `Threshold Crossed: ${breaching} out of the last ${periodValues.length} datapoints [${shown}] were ${describe(rule)} the threshold (${rule.threshold}); at least ${rule.datapointsToAlarm} are needed for ALARM.`,
  };
}

function describe(rule: AlarmRule): string {
  return {
    GreaterThanOrEqualToThreshold: 'greater than or equal to',
    GreaterThanThreshold: 'greater than',
    LessThanThreshold: 'less than',
    LessThanOrEqualToThreshold: 'less than or equal to',
  }[rule.comparison];
}
