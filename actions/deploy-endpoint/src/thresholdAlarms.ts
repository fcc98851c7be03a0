import type { PutMetricAlarmCommandInput } from '@aws-sdk/client-cloudwatch';
import { InputError } from '@modelship/shared';

const INPUT = 'alarm-thresholds';
const FORMS =
  '5xx-rate=<percent>%, 4xx-rate=<percent>%, p<NN>-latency-ms=<milliseconds> (e.g. 5xx-rate=1%,p99-latency-ms=500)';

/** The alarm period: SageMaker publishes its endpoint metrics every minute. */
export const THRESHOLD_ALARM_PERIOD_SECONDS = 60;

export interface ThresholdScope {
  endpointName: string;
  variantName: string;
  /** The new fleet's config: alarms scoped to it watch only the new fleet, not the old one. */
  endpointConfigName: string;
}

/**
 * Alarms the action creates from `alarm-thresholds`. Error rates use the Average of the 0/1 error
 * metrics (the share of failing requests); latency uses a percentile of ModelLatency, which SageMaker
 * reports in microseconds.
 */
export function thresholdAlarmRequests(text: string, scope: ThresholdScope): PutMetricAlarmCommandInput[] {
  const entries = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const dimensions = [
    { Name: 'EndpointName', Value: scope.endpointName },
    { Name: 'VariantName', Value: scope.variantName },
    { Name: 'EndpointConfigName', Value: scope.endpointConfigName },
  ];
  const common = {
    Namespace: 'AWS/SageMaker',
    Dimensions: dimensions,
    Period: THRESHOLD_ALARM_PERIOD_SECONDS,
    EvaluationPeriods: 1,
    DatapointsToAlarm: 1,
    ComparisonOperator: 'GreaterThanThreshold' as const,
    // No traffic is not a failure: the canary may get few requests.
    TreatMissingData: 'notBreaching' as const,
  };
  return entries.map((entry) => {
    const [key = '', raw = ''] = entry.split('=').map((s) => s.trim());
    const name = `${scope.endpointConfigName}-${key}`.slice(0, 255);
    const description = `modelship: ${entry} on endpoint ${scope.endpointName}, config ${scope.endpointConfigName}`;
    const rate = /^(4xx|5xx)-rate$/.exec(key);
    if (rate) {
      const percent = /^(\d+(\.\d+)?)%$/.exec(raw);
      if (!percent || Number(percent[1]) > 100)
        throw bad(entry, 'an error rate is a percentage from 0% to 100%, e.g. 5xx-rate=1%');
      return {
        ...common,
        AlarmName: name,
        AlarmDescription: description,
        MetricName: rate[1] === '5xx' ? 'Invocation5XXErrors' : 'Invocation4XXErrors',
        Statistic: 'Average',
        Threshold: Number(percent[1]) / 100,
      };
    }
    const latency = /^p(\d{1,2}(\.\d+)?)-latency-ms$/.exec(key);
    if (latency) {
      const ms = Number(raw.replace(/ms$/, ''));
      if (!raw || !Number.isFinite(ms) || ms <= 0)
        throw bad(entry, 'a latency is a positive number of milliseconds, e.g. p99-latency-ms=500');
      return {
        ...common,
        AlarmName: name,
        AlarmDescription: description,
        MetricName: 'ModelLatency',
        ExtendedStatistic: `p${latency[1]}`,
        Threshold: ms * 1000,
      };
    }
    throw bad(entry, `allowed: ${FORMS}`);
  });
}

function bad(value: string, allowed: string): InputError {
  return InputError.single({ input: INPUT, value, allowed });
}
