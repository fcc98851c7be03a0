import type { Dimension, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { distance } from 'fastest-levenshtein';
import { InputError } from './errors';

const INPUT = 'alarm-thresholds';
const FORMS =
  'allowed: comma-separated key=value pairs with keys 5xx-rate and 4xx-rate (a percentage, e.g. 1%), p<N>-latency-ms and avg-latency-ms (milliseconds, e.g. 500), e.g. 5xx-rate=1%,p99-latency-ms=500';
const KNOWN_KEYS = [
  '5xx-rate',
  '4xx-rate',
  'p50-latency-ms',
  'p90-latency-ms',
  'p99-latency-ms',
  'avg-latency-ms',
];

/** One threshold, already in the metric's own unit. */
export interface AlarmThreshold {
  /** Normalised key, also the alarm name's suffix: `5xx-rate`, `p99-latency-ms`. */
  key: string;
  metricName: 'Invocation5XXErrors' | 'Invocation4XXErrors' | 'ModelLatency';
  /** Exactly one of statistic and extendedStatistic is set, as PutMetricAlarm requires. */
  statistic?: 'Average';
  extendedStatistic?: string;
  /**
   * Rates are fractions: the error metrics are 1 or 0 per request, so their Average is the error rate.
   * Latency is in microseconds, the unit SageMaker publishes ModelLatency in.
   */
  threshold: number;
  /** As a person wrote it, for descriptions and summaries: `1%`, `500 ms`. */
  display: string;
}

function invalid(value: string, allowed: string, didYouMean?: string): InputError {
  return InputError.single({ input: INPUT, value, allowed, didYouMean });
}

function suggestKey(key: string): string | undefined {
  const typed = key.toLowerCase();
  const prefixed = KNOWN_KEYS.find((known) => known.startsWith(typed) && typed.length >= 3);
  if (prefixed) return prefixed;
  let best: { known: string; score: number } | undefined;
  for (const known of KNOWN_KEYS) {
    const score = distance(typed, known);
    if (!best || score < best.score) best = { known, score };
  }
  return best && best.score <= Math.ceil(best.known.length / 3) ? best.known : undefined;
}

const NUMBER = /^\d+(?:\.\d+)?$/;
const PERCENTILE_KEY = /^p(\d{1,3}(?:\.\d{1,2})?)-latency-ms$/;

function parseRate(entry: string, key: '5xx-rate' | '4xx-rate', rawValue: string): AlarmThreshold {
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(rawValue);
  if (!match) {
    // `0.01` is most likely a fraction meant as 1%; anything else most likely lacks only the sign.
    const asNumber = NUMBER.test(rawValue) ? Number(rawValue) : undefined;
    const guess =
      asNumber === undefined
        ? undefined
        : `${key}=${asNumber < 1 && rawValue.includes('.') ? Number((asNumber * 100).toPrecision(6)) : asNumber}%`;
    throw invalid(entry, `${key} is a percentage of requests with a % sign, e.g. ${key}=1%`, guess);
  }
  const percent = Number(match[1]);
  if (percent >= 100) {
    throw invalid(
      entry,
      `${key} must be below 100%: the alarm fires when the rate is above it, and a rate never exceeds 100%`,
    );
  }
  return {
    key,
    metricName: key === '5xx-rate' ? 'Invocation5XXErrors' : 'Invocation4XXErrors',
    statistic: 'Average',
    threshold: percent / 100,
    display: `${percent}%`,
  };
}

function parseLatency(entry: string, key: string, rawValue: string): AlarmThreshold {
  const value = rawValue.replace(/\s*ms$/, '');
  const milliseconds = NUMBER.test(value) ? Number(value) : NaN;
  if (!(milliseconds > 0)) {
    throw invalid(entry, `${key} is a latency in milliseconds above 0, e.g. ${key}=500`);
  }
  const percentile = PERCENTILE_KEY.exec(key)?.[1];
  if (percentile !== undefined && !(Number(percentile) > 0 && Number(percentile) < 100)) {
    throw invalid(
      entry,
      'a latency percentile is above 0 and below 100, e.g. p99-latency-ms or p99.9-latency-ms',
    );
  }
  return {
    key,
    metricName: 'ModelLatency',
    ...(percentile === undefined
      ? { statistic: 'Average' as const }
      : { extendedStatistic: `p${Number(percentile)}` }),
    threshold: Math.round(milliseconds * 1000),
    display: `${milliseconds} ms`,
  };
}

/**
 * Reads `alarm-thresholds`, e.g. `5xx-rate=1%,p99-latency-ms=500`. Entries are separated by commas or
 * new lines; each key may appear once.
 */
export function parseAlarmThresholds(raw: string): AlarmThreshold[] {
  const thresholds: AlarmThreshold[] = [];
  for (const entry of raw
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const equals = entry.indexOf('=');
    if (equals < 0) {
      const key = suggestKey(entry);
      throw invalid(entry, `each entry is key=value; ${FORMS}`, key ? `${key}=…` : undefined);
    }
    const key = entry.slice(0, equals).trim().toLowerCase();
    const value = entry.slice(equals + 1).trim();
    let threshold: AlarmThreshold;
    if (key === '5xx-rate' || key === '4xx-rate') threshold = parseRate(entry, key, value);
    else if (key === 'avg-latency-ms' || PERCENTILE_KEY.test(key))
      threshold = parseLatency(entry, key, value);
    else {
      const known = suggestKey(key);
      throw invalid(entry, `unknown key ${JSON.stringify(key)}; ${FORMS}`, known && `${known}=${value}`);
    }
    if (thresholds.some((t) => t.key === threshold.key))
      throw invalid(raw, `each key may appear once, and ${threshold.key} appears twice`);
    thresholds.push(threshold);
  }
  return thresholds;
}

/** Which fleet the alarms watch. */
export interface AlarmScope {
  endpointName: string;
  variantName: string;
  /**
   * The new config. SageMaker adds this dimension during guardrails deployments, which is what scopes the
   * alarm to the new fleet there; leave it out where the metrics do not carry it (weights mode, where
   * the new fleet is told apart by its variant name).
   */
  endpointConfigName?: string;
}

export interface ThresholdAlarmOptions {
  /** CloudWatch allows 10, 20, 30 or a multiple of 60; SageMaker publishes these metrics every minute. */
  periodSeconds?: number;
  evaluationPeriods?: number;
  /** M of N: how many of the evaluation periods must breach; default all of them. */
  datapointsToAlarm?: number;
  tags?: Array<{ Key: string; Value: string }>;
}

export const DEFAULT_ALARM_PERIOD_SECONDS = 60;
export const DEFAULT_EVALUATION_PERIODS = 1;
const MAX_ALARM_NAME = 255;

/**
 * Deterministic, so a re-run finds the alarms it created: `<config>-<key>` when the config name already
 * starts with the endpoint name (as the action's own names do), else `<endpoint>-<config>-<key>`, or
 * `<endpoint>-<variant>-<key>` without a config.
 */
export function thresholdAlarmName(scope: AlarmScope, key: string): string {
  const { endpointName, endpointConfigName, variantName } = scope;
  const prefix =
    endpointConfigName === undefined
      ? `${endpointName}-${variantName}`
      : endpointConfigName.startsWith(`${endpointName}-`)
        ? endpointConfigName
        : `${endpointName}-${endpointConfigName}`;
  const name = `${prefix}-${key}`;
  // SageMaker names are at most 63 characters, so only a caller bypassing them can get here.
  if (name.length > MAX_ALARM_NAME) throw new RangeError(`Alarm name longer than 255 characters: ${name}`);
  return name;
}

function checkPeriods(period: number, evaluationPeriods: number, datapoints: number): void {
  if (!(period === 10 || period === 20 || period === 30 || (period > 0 && period % 60 === 0)))
    throw new RangeError(`Alarm period ${period} s: CloudWatch allows 10, 20, 30 or a multiple of 60.`);
  if (!Number.isInteger(evaluationPeriods) || evaluationPeriods < 1)
    throw new RangeError(`Evaluation periods ${evaluationPeriods}: a whole number of at least 1.`);
  if (period * evaluationPeriods > 86_400)
    throw new RangeError('Period × evaluation periods is at most one day (86400 s) in CloudWatch.');
  if (!Number.isInteger(datapoints) || datapoints < 1 || datapoints > evaluationPeriods)
    throw new RangeError(`Datapoints to alarm ${datapoints}: 1 to the evaluation periods.`);
}

const WHAT: Record<AlarmThreshold['metricName'], string> = {
  Invocation5XXErrors: '5XX error rate',
  Invocation4XXErrors: '4XX error rate',
  ModelLatency: 'model latency',
};

/** PutMetricAlarm requests for the thresholds, each watching only the scoped fleet. */
export function thresholdAlarmInputs(
  thresholds: readonly AlarmThreshold[],
  scope: AlarmScope,
  options: ThresholdAlarmOptions = {},
): PutMetricAlarmInput[] {
  const period = options.periodSeconds ?? DEFAULT_ALARM_PERIOD_SECONDS;
  const evaluationPeriods = options.evaluationPeriods ?? DEFAULT_EVALUATION_PERIODS;
  const datapointsToAlarm = options.datapointsToAlarm ?? evaluationPeriods;
  checkPeriods(period, evaluationPeriods, datapointsToAlarm);
  const dimensions: Dimension[] = [
    { Name: 'EndpointName', Value: scope.endpointName },
    { Name: 'VariantName', Value: scope.variantName },
    ...(scope.endpointConfigName ? [{ Name: 'EndpointConfigName', Value: scope.endpointConfigName }] : []),
  ];
  const fleet = `${scope.endpointName}/${scope.variantName}${scope.endpointConfigName ? ` on ${scope.endpointConfigName}` : ''}`;
  return thresholds.map((t) => {
    const statistic = t.extendedStatistic ? `${t.extendedStatistic} ` : '';
    return {
      AlarmName: thresholdAlarmName(scope, t.key),
      AlarmDescription: `modelship: ${statistic}${WHAT[t.metricName]} of ${fleet} above ${t.display} (alarm-thresholds ${t.key}).`,
      Namespace: 'AWS/SageMaker',
      MetricName: t.metricName,
      Dimensions: dimensions,
      ...(t.extendedStatistic
        ? { ExtendedStatistic: t.extendedStatistic }
        : { Statistic: 'Average' as const }),
      // No Unit: an alarm with a Unit ignores datapoints published without one.
      Period: period,
      EvaluationPeriods: evaluationPeriods,
      DatapointsToAlarm: datapointsToAlarm,
      Threshold: t.threshold,
      ComparisonOperator: 'GreaterThanThreshold',
      // No requests means no evidence against the new fleet; a quiet canary must not read as broken.
      TreatMissingData: 'notBreaching',
      ...(options.tags?.length ? { Tags: options.tags } : {}),
    };
  });
}
