import { afterAll, beforeAll, jest, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { startEmulator, type RunningEmulator } from '../src';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { awsCli, awsCliAvailable, cloudWatchModelWithOnly } from './awsCliWithProtocol';

let emulator: RunningEmulator;
// Each AWS CLI call starts a Python process: seconds apiece on a loaded machine, so these tests get time.
jest.setTimeout(240_000);
let cloudwatch: CloudWatchClient;
beforeAll(async () => {
  // A 60 s period lasts 1 s.
  emulator = await startEmulator({ timing: { timeScale: 60 } });
  cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.reset();
});

const endpoint = [
  { Name: 'EndpointName', Value: 'ep' },
  { Name: 'VariantName', Value: 'AllTraffic' },
];
const sumOf = (Id: string, MetricName: string): MetricDataQuery => ({
  Id,
  MetricStat: {
    Metric: { Namespace: 'AWS/SageMaker', MetricName, Dimensions: endpoint },
    Period: 60,
    Stat: 'Sum',
  },
  ReturnData: false,
});
/** The rate alarm users write: 5XX errors per invocation, in percent. */
const errorRate: MetricDataQuery[] = [
  sumOf('errors', 'Invocation5XXErrors'),
  sumOf('calls', 'Invocations'),
  { Id: 'rate', Expression: 'errors / calls * 100', Label: '5XX rate (%)', ReturnData: true },
];
const rateAlarm = (name: string, extra: Partial<PutMetricAlarmCommandInput> = {}) =>
  cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Metrics: errorRate,
      EvaluationPeriods: 1,
      Threshold: 10,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      ...extra,
    }),
  );
const alarm = async (name: string) =>
  (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0];
const waitForState = (name: string, state: string, meanwhile: () => void = () => {}) =>
  pollUntil(
    async () => {
      meanwhile();
      const found = await alarm(name);
      return found?.StateValue === state ? found : undefined;
    },
    10_000,
    `alarm ${name} to be ${state}`,
  );
/** What hosting publishes per call: Invocations 1, and Invocation5XXErrors 1 or 0. */
function calls(count: number, failing: number): void {
  for (let i = 0; i < count; i++) {
    const timestamp = Date.now();
    const dimensions = { EndpointName: 'ep', VariantName: 'AllTraffic' };
    const metrics = emulator.env.stores.metrics;
    metrics?.put({ namespace: 'AWS/SageMaker', metricName: 'Invocations', dimensions, value: 1, timestamp });
    metrics?.put({
      namespace: 'AWS/SageMaker',
      metricName: 'Invocation5XXErrors',
      dimensions,
      value: i < failing ? 1 : 0,
      timestamp,
    });
  }
}

describe('alarms on metric math', () => {
  it('stores Metrics, describes them back, and alarms on the computed rate', async () => {
    await rateAlarm('rate-5xx');
    const described = await alarm('rate-5xx');
    expect(described?.Metrics).toEqual(errorRate);
    expect(described?.MetricName).toBeUndefined();
    expect(described?.Period).toBeUndefined();
    await waitForState('rate-5xx', 'OK');

    // 3 failing calls in 10 is 30 %, over the 10 % threshold, in every period.
    const fired = await waitForState('rate-5xx', 'ALARM', () => calls(10, 3));
    expect(fired.StateReason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[30 \(.+\)\] was greater than the threshold \(10\)/,
    );
    const data = JSON.parse(fired.StateReasonData ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ period: 60, threshold: 10, recentDatapoints: [30] });
    expect(data).not.toHaveProperty('statistic');

    // 1 in 20 is 5 %: under the threshold once the bad period has aged out.
    await waitForState('rate-5xx', 'OK', () => calls(20, 1));
  });

  it('stays out of ALARM when the rate is under the threshold, though the error count is not small', async () => {
    await rateAlarm('rate-low', { TreatMissingData: 'breaching' });
    await waitForState('rate-low', 'OK', () => calls(100, 5));
    expect(JSON.parse((await alarm('rate-low'))?.StateReasonData ?? '{}').recentDatapoints).toEqual([5]);
  });

  it.each<[string, Partial<PutMetricAlarmCommandInput>, RegExp]>([
    [
      'with a single metric beside Metrics',
      { MetricName: 'Invocations', Namespace: 'AWS/SageMaker', Period: 60 },
      /Metrics cannot be combined with MetricName, Namespace, Period/,
    ],
    [
      'with two queries returning data',
      {
        Metrics: [
          { ...sumOf('a', 'Invocations'), ReturnData: true },
          { Id: 'b', Expression: 'a * 2' },
        ],
      },
      /Exactly one element of the metrics list should return data \(ReturnData true\); 2 do: a, b/,
    ],
    [
      'with an expression reading an unknown id',
      { Metrics: [sumOf('a', 'Invocations'), { Id: 'b', Expression: 'a / c', ReturnData: true }] },
      /uses c, which no entry of Metrics has as its Id \(ids: a, b\)/,
    ],
    [
      'with an expression that does not parse',
      { Metrics: [sumOf('a', 'Invocations'), { Id: 'b', Expression: 'a * (2', ReturnData: true }] },
      /Invalid metrics expression "a \* \(2" \(Id b\): expected "\)" at the end/,
    ],
    [
      'with expressions that read each other',
      {
        Metrics: [
          sumOf('a', 'Invocations'),
          { Id: 'b', Expression: 'c + a', ReturnData: true },
          { Id: 'c', Expression: 'b * 2', ReturnData: false },
        ],
      },
      /read each other in a cycle: b -> c -> b/,
    ],
    [
      'with MetricStat periods that differ',
      {
        Metrics: [
          sumOf('a', 'Invocations'),
          {
            ...sumOf('b', 'Invocation5XXErrors'),
            MetricStat: { ...sumOf('b', 'X').MetricStat!, Period: 120 },
          },
          { Id: 'e', Expression: 'a + b', ReturnData: true },
        ],
      },
      /Every MetricStat of an alarm must have the same Period; found 60, 120/,
    ],
    [
      'with a query that has both MetricStat and Expression',
      { Metrics: [{ ...sumOf('a', 'Invocations'), Expression: 'a', ReturnData: true }] },
      /Exactly one of MetricStat and Expression must be specified for Metrics.member.1 \(Id a\)/,
    ],
    [
      'with ThresholdMetricId',
      { ThresholdMetricId: 'rate' },
      /Anomaly detection alarms \(ThresholdMetricId\)/,
    ],
  ])('refuses an alarm %s', async (_case, extra, message) => {
    await expect(rateAlarm('bad', extra)).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(message),
    });
    expect(await alarm('bad')).toBeUndefined();
  });
});

describe('GetMetricData with metric math', () => {
  it('computes an expression per period from the MetricStat queries, returning only what ReturnData asks for', async () => {
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const dimensions = { EndpointName: 'ep', VariantName: 'AllTraffic' };
    for (const [offset, total, failing] of [
      [1_000, 10, 3],
      [61_000, 4, 0],
    ] as const) {
      for (let i = 0; i < total; i++) {
        const timestamp = minute + offset;
        emulator.env.stores.metrics?.put({
          namespace: 'AWS/SageMaker',
          metricName: 'Invocations',
          dimensions,
          value: 1,
          timestamp,
        });
        emulator.env.stores.metrics?.put({
          namespace: 'AWS/SageMaker',
          metricName: 'Invocation5XXErrors',
          dimensions,
          value: i < failing ? 1 : 0,
          timestamp,
        });
      }
    }
    const data = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(minute),
        EndTime: new Date(minute + 120_000),
        MetricDataQueries: [
          ...errorRate,
          { Id: 'calls_per_error', Expression: 'calls / FILL(errors, 0)', ReturnData: true },
        ],
        ScanBy: 'TimestampAscending',
      }),
    );
    expect(
      data.MetricDataResults?.map((r) => [r.Id, r.Label, r.Values, r.Timestamps?.map((t) => t.getTime())]),
    ).toEqual([
      ['rate', '5XX rate (%)', [30, 0], [minute, minute + 60_000]],
      // No errors in the second minute: a division by zero gives no datapoint there.
      ['calls_per_error', 'calls_per_error', [10 / 3], [minute]],
    ]);
    await expect(
      cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(minute),
          EndTime: new Date(minute + 120_000),
          MetricDataQueries: [{ Id: 'broken', Expression: 'nothing * 2' }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('uses nothing'),
    });
  });
});

describe('metric math alarms over the Query protocol and the AWS CLI', () => {
  it('takes Metrics as Query members, with strings for numbers and booleans, and answers them in XML', async () => {
    const member = (n: number, fields: Record<string, string>) =>
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [`Metrics.member.${n}.${k}`, v]));
    const metricStat = (n: number, id: string, metricName: string) =>
      member(n, {
        Id: id,
        'MetricStat.Metric.Namespace': 'AWS/SageMaker',
        'MetricStat.Metric.MetricName': metricName,
        'MetricStat.Metric.Dimensions.member.1.Name': 'EndpointName',
        'MetricStat.Metric.Dimensions.member.1.Value': 'ep',
        'MetricStat.Metric.Dimensions.member.2.Name': 'VariantName',
        'MetricStat.Metric.Dimensions.member.2.Value': 'AllTraffic',
        'MetricStat.Period': '60',
        'MetricStat.Stat': 'Sum',
        ReturnData: 'false',
      });
    const form = (params: Record<string, string>) =>
      fetch(emulator.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          authorization:
            'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=x',
        },
        body: new URLSearchParams({ Version: '2010-08-01', ...params }).toString(),
      });
    const put = await form({
      Action: 'PutMetricAlarm',
      AlarmName: 'query-rate',
      ...metricStat(1, 'errors', 'Invocation5XXErrors'),
      ...metricStat(2, 'calls', 'Invocations'),
      ...member(3, {
        Id: 'rate',
        Expression: 'errors / calls * 100',
        Label: '5XX rate (%)',
        ReturnData: 'true',
      }),
      EvaluationPeriods: '1',
      Threshold: '10',
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(put.status).toBe(200);
    const xml = await (await form({ Action: 'DescribeAlarms', 'AlarmNames.member.1': 'query-rate' })).text();
    expect(xml).toMatch(
      /<Metrics><member><Id>errors<\/Id><MetricStat><Metric><Namespace>AWS\/SageMaker<\/Namespace>/,
    );
    expect(xml).toMatch(/<Id>rate<\/Id><Expression>errors \/ calls \* 100<\/Expression>/);
    // Through the JSON client, the values the Query request carried as strings are numbers and booleans.
    expect((await alarm('query-rate'))?.Metrics).toEqual(errorRate);
    await waitForState('query-rate', 'ALARM', () => calls(10, 5));
  });

  const cli = awsCliAvailable() ? it : it.skip;
  cli.each(['smithy-rpc-v2-cbor', 'query'] as const)(
    'puts and describes a metric math alarm with the AWS CLI over %s',
    async (protocol) => {
      const env = { AWS_DATA_PATH: cloudWatchModelWithOnly(protocol) };
      const aws = (...args: string[]) => awsCli(emulator.url, ['cloudwatch', ...args], env);
      await aws(
        'put-metric-alarm',
        '--alarm-name',
        `cli-rate-${protocol}`,
        '--metrics',
        JSON.stringify(errorRate),
        '--evaluation-periods',
        '1',
        '--threshold',
        '10',
        '--comparison-operator',
        'GreaterThanThreshold',
        '--treat-missing-data',
        'notBreaching',
      );
      const described = await aws('describe-alarms', '--alarm-names', `cli-rate-${protocol}`);
      expect(described.output.MetricAlarms[0].Metrics).toEqual(errorRate);
      const refused = await aws(
        'put-metric-alarm',
        '--alarm-name',
        'cli-bad',
        '--metrics',
        JSON.stringify([{ ...errorRate[2], Expression: 'errors / nope' }, ...errorRate.slice(0, 2)]),
        '--evaluation-periods',
        '1',
        '--threshold',
        '10',
        '--comparison-operator',
        'GreaterThanThreshold',
      ).catch((err: Error) => err);
      expect(String(refused)).toMatch(
        /\(ValidationError\).*uses nope, which no entry of Metrics has as its Id/,
      );
    },
  );
});
