import { describe, expect, it } from '@jest/globals';
import { parseAlarmThresholds, thresholdAlarmInputs, thresholdAlarmName } from '../src/alarmThresholds';
import { InputError } from '../src/errors';

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError && err.problems[0]) return err.problems[0];
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseAlarmThresholds', () => {
  it('reads rates as fractions and latency in microseconds', () => {
    expect(parseAlarmThresholds('5xx-rate=1%,p99-latency-ms=500,4xx-rate=5%')).toEqual([
      {
        key: '5xx-rate',
        metricName: 'Invocation5XXErrors',
        statistic: 'Average',
        threshold: 0.01,
        display: '1%',
      },
      {
        key: 'p99-latency-ms',
        metricName: 'ModelLatency',
        extendedStatistic: 'p99',
        threshold: 500_000,
        display: '500 ms',
      },
      {
        key: '4xx-rate',
        metricName: 'Invocation4XXErrors',
        statistic: 'Average',
        threshold: 0.05,
        display: '5%',
      },
    ]);
  });

  it('accepts new lines, spaces, fractions of a percent, other percentiles and the average latency', () => {
    const thresholds = parseAlarmThresholds(
      '5xx-rate = 0.5 %\n p99.9-latency-ms=1200ms,\navg-latency-ms=80\n',
    );
    expect(thresholds.map((t) => [t.key, t.threshold, t.statistic ?? t.extendedStatistic])).toEqual([
      ['5xx-rate', 0.005, 'Average'],
      ['p99.9-latency-ms', 1_200_000, 'p99.9'],
      ['avg-latency-ms', 80_000, 'Average'],
    ]);
  });

  it('reads nothing from an empty value', () => {
    expect(parseAlarmThresholds('')).toEqual([]);
    expect(parseAlarmThresholds(' , ')).toEqual([]);
  });

  it('allows a zero error rate, which alarms on any error', () => {
    expect(parseAlarmThresholds('5xx-rate=0%')[0]?.threshold).toBe(0);
  });

  it('names the input and the entry, and suggests a known key for a typo', () => {
    const problem = problemOf(() => parseAlarmThresholds('5xx-rate=1%,p99-latency=500'));
    expect(problem).toMatchObject({ input: 'alarm-thresholds', value: 'p99-latency=500' });
    expect(problem.allowed).toContain('unknown key "p99-latency"');
    expect(problem.allowed).toContain('5xx-rate=1%,p99-latency-ms=500');
    expect(problem.didYouMean).toBe('p99-latency-ms=500');
    expect(problemOf(() => parseAlarmThresholds('5xx=1%')).didYouMean).toBe('5xx-rate=1%');
    expect(problemOf(() => parseAlarmThresholds('error-budget=1%')).didYouMean).toBeUndefined();
  });

  it('asks for the % sign, reading a small fraction as the percentage it probably means', () => {
    const fraction = problemOf(() => parseAlarmThresholds('5xx-rate=0.01'));
    expect(fraction.allowed).toContain('with a % sign');
    expect(fraction.didYouMean).toBe('5xx-rate=1%');
    expect(problemOf(() => parseAlarmThresholds('4xx-rate=5')).didYouMean).toBe('4xx-rate=5%');
    expect(problemOf(() => parseAlarmThresholds('4xx-rate=lots')).didYouMean).toBeUndefined();
  });

  it('refuses a rate of 100% or more, which can never be exceeded', () => {
    expect(problemOf(() => parseAlarmThresholds('5xx-rate=100%')).allowed).toContain('below 100%');
  });

  it.each(['p99-latency-ms=0', 'p99-latency-ms=-5', 'p99-latency-ms=fast', 'p99-latency-ms='])(
    'refuses the latency in %s',
    (entry) => {
      expect(problemOf(() => parseAlarmThresholds(entry)).allowed).toContain('milliseconds above 0');
    },
  );

  it.each(['p0-latency-ms=500', 'p100-latency-ms=500'])('refuses the percentile in %s', (entry) => {
    expect(problemOf(() => parseAlarmThresholds(entry)).allowed).toContain('above 0 and below 100');
  });

  it('refuses an entry without a value and a key given twice', () => {
    expect(problemOf(() => parseAlarmThresholds('5xx-rate')).didYouMean).toBe('5xx-rate=…');
    expect(problemOf(() => parseAlarmThresholds('5xx-rate=1%,5xx-rate=2%')).allowed).toContain(
      '5xx-rate appears twice',
    );
  });
});

describe('thresholdAlarmName', () => {
  it('does not repeat the endpoint when the config name already starts with it', () => {
    const scope = { endpointName: 'churn-prod', variantName: 'AllTraffic' };
    expect(
      thresholdAlarmName({ ...scope, endpointConfigName: 'churn-prod-abc1234-9f3e2a' }, '5xx-rate'),
    ).toBe('churn-prod-abc1234-9f3e2a-5xx-rate');
    expect(thresholdAlarmName({ ...scope, endpointConfigName: 'hand-made-config' }, '5xx-rate')).toBe(
      'churn-prod-hand-made-config-5xx-rate',
    );
    expect(thresholdAlarmName(scope, 'p99-latency-ms')).toBe('churn-prod-AllTraffic-p99-latency-ms');
  });

  it('stays within 255 characters for the longest SageMaker names', () => {
    const name = thresholdAlarmName(
      { endpointName: 'e'.repeat(63), variantName: 'v'.repeat(63), endpointConfigName: 'c'.repeat(63) },
      'p99.99-latency-ms',
    );
    expect(name.length).toBeLessThanOrEqual(255);
  });
});

describe('thresholdAlarmInputs', () => {
  const scope = {
    endpointName: 'churn-prod',
    variantName: 'AllTraffic',
    endpointConfigName: 'churn-prod-abc1234-9f3e2a',
  };

  it('builds PutMetricAlarm inputs scoped to the new fleet', () => {
    const [errors, latency] = thresholdAlarmInputs(
      parseAlarmThresholds('5xx-rate=1%,p99-latency-ms=500'),
      scope,
      { tags: [{ Key: 'modelship:git-sha', Value: 'abc1234' }] },
    );
    const dimensions = [
      { Name: 'EndpointName', Value: 'churn-prod' },
      { Name: 'VariantName', Value: 'AllTraffic' },
      { Name: 'EndpointConfigName', Value: 'churn-prod-abc1234-9f3e2a' },
    ];
    expect(errors).toEqual({
      AlarmName: 'churn-prod-abc1234-9f3e2a-5xx-rate',
      AlarmDescription:
        'modelship: 5XX error rate of churn-prod/AllTraffic on churn-prod-abc1234-9f3e2a above 1% (alarm-thresholds 5xx-rate).',
      Namespace: 'AWS/SageMaker',
      MetricName: 'Invocation5XXErrors',
      Dimensions: dimensions,
      Statistic: 'Average',
      Period: 60,
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      Threshold: 0.01,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      Tags: [{ Key: 'modelship:git-sha', Value: 'abc1234' }],
    });
    expect(latency).toMatchObject({
      AlarmName: 'churn-prod-abc1234-9f3e2a-p99-latency-ms',
      MetricName: 'ModelLatency',
      ExtendedStatistic: 'p99',
      Threshold: 500_000,
      Dimensions: dimensions,
    });
    expect(latency).not.toHaveProperty('Statistic');
    expect(latency).not.toHaveProperty('Unit');
  });

  it('scopes by variant alone without a config name (weights mode)', () => {
    const [alarm] = thresholdAlarmInputs(parseAlarmThresholds('5xx-rate=1%'), {
      endpointName: 'churn-prod',
      variantName: 'green',
    });
    expect(alarm?.Dimensions).toEqual([
      { Name: 'EndpointName', Value: 'churn-prod' },
      { Name: 'VariantName', Value: 'green' },
    ]);
    expect(alarm?.AlarmName).toBe('churn-prod-green-5xx-rate');
    expect(alarm).not.toHaveProperty('Tags');
  });

  it('takes the period and evaluation periods as parameters', () => {
    const [alarm] = thresholdAlarmInputs(parseAlarmThresholds('5xx-rate=1%'), scope, {
      periodSeconds: 120,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
    });
    expect(alarm).toMatchObject({ Period: 120, EvaluationPeriods: 3, DatapointsToAlarm: 2 });
  });

  it.each([
    [{ periodSeconds: 45 }, /10, 20, 30 or a multiple of 60/],
    [{ periodSeconds: 0 }, /10, 20, 30 or a multiple of 60/],
    [{ evaluationPeriods: 0 }, /at least 1/],
    [{ periodSeconds: 3600, evaluationPeriods: 25 }, /one day/],
    [{ evaluationPeriods: 2, datapointsToAlarm: 3 }, /Datapoints to alarm/],
  ])('refuses periods CloudWatch would refuse: %o', (options, message) => {
    expect(() => thresholdAlarmInputs(parseAlarmThresholds('5xx-rate=1%'), scope, options)).toThrow(message);
  });

  it('accepts the high-resolution periods', () => {
    for (const periodSeconds of [10, 20, 30])
      expect(() =>
        thresholdAlarmInputs(parseAlarmThresholds('5xx-rate=1%'), scope, { periodSeconds }),
      ).not.toThrow();
  });
});
