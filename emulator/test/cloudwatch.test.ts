import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  type DescribeAlarmsCommandInput,
  DescribeAlarmsForMetricCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  PutMetricDataCommand,
  type StandardUnit,
  SetAlarmStateCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { startEmulator, type RunningEmulator } from '../src';
import { awsCli, awsCliAvailable, cloudWatchModelWithOnly } from './awsCliWithProtocol';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
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

const dims = [{ Name: 'Service', Value: 'checkout' }];
const putErrors = (value: number) =>
  cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'Shop',
      MetricData: [{ MetricName: 'Errors', Dimensions: dims, Value: value }],
    }),
  );
const alarmOn = (name: string, extra: Partial<PutMetricAlarmCommandInput> = {}) =>
  cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'Shop',
      MetricName: 'Errors',
      Dimensions: dims,
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      ...extra,
    }),
  );
const alarm = async (name: string) =>
  (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0];
/** Polls until the alarm is in `state`, doing `meanwhile` (e.g. putting datapoints) on every poll. */
const waitForState = (name: string, state: string, meanwhile: () => Promise<unknown> = async () => {}) =>
  pollUntil(
    async () => {
      await meanwhile();
      const found = await alarm(name);
      return found?.StateValue === state ? found : undefined;
    },
    10_000,
    `alarm ${name} to be ${state}`,
  );

/** What the emulator's hosting does per invocation: the same datum with and without EndpointConfigName. */
function publishInvocation(endpoint: string, config: string, error: boolean): void {
  const base = { EndpointName: endpoint, VariantName: 'AllTraffic' };
  for (const dimensions of [base, { ...base, EndpointConfigName: config }]) {
    emulator.env.stores.metrics?.put({
      namespace: 'AWS/SageMaker',
      metricName: 'Invocation5XXErrors',
      dimensions,
      value: error ? 1 : 0,
      timestamp: Date.now(),
    });
  }
}
const fiveXxAlarm = (name: string, dimensions: Array<{ Name: string; Value: string }>) =>
  cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/SageMaker',
      MetricName: 'Invocation5XXErrors',
      Dimensions: dimensions,
      Statistic: 'Average',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 0.01,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    }),
  );

describe('CloudWatch metrics', () => {
  it('reads a PutMetricData the SDK gzipped (bodies over 10 KB), as CloudWatch does', async () => {
    const now = Date.now();
    // 1000 values make a body of about 30 KB, which the SDK compresses before sending.
    const values = Array.from({ length: 1000 }, (_, i) => i % 10);
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: 'Shop',
        MetricData: values.map((value) => ({ MetricName: 'Batch', Dimensions: dims, Value: value })),
      }),
    );
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Batch',
        Dimensions: dims,
        StartTime: new Date(now - 60_000),
        EndTime: new Date(now + 60_000),
        Period: 120,
        Statistics: ['SampleCount', 'Sum'],
      }),
    );
    expect(stats.Datapoints).toEqual([expect.objectContaining({ SampleCount: 1000, Sum: 4500 })]);
  });

  it('computes statistics and percentiles over the values put (Value, Values/Counts, StatisticValues)', async () => {
    const now = Date.now();
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: 'Shop',
        MetricData: [
          {
            MetricName: 'Latency',
            Dimensions: dims,
            Values: [10, 20, 30],
            Counts: [1, 2, 1],
            Unit: 'Milliseconds',
          },
          { MetricName: 'Latency', Dimensions: dims, Value: 1000, Unit: 'Milliseconds' },
          {
            MetricName: 'Latency',
            Dimensions: dims,
            StatisticValues: { SampleCount: 2, Sum: 10, Minimum: 5, Maximum: 5 },
            Unit: 'Milliseconds',
          },
        ],
      }),
    );
    const range = { StartTime: new Date(now - 60_000), EndTime: new Date(now + 60_000), Period: 120 };
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Latency',
        Dimensions: dims,
        ...range,
        Statistics: ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'],
      }),
    );
    // 10, 20, 20, 30, 1000, 5, 5
    expect(stats.Datapoints).toEqual([
      expect.objectContaining({
        SampleCount: 7,
        Sum: 1090,
        Average: 1090 / 7,
        Minimum: 5,
        Maximum: 1000,
        Unit: 'Milliseconds',
        Timestamp: expect.any(Date),
      }),
    ]);
    const percentiles = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Latency',
        Dimensions: dims,
        ...range,
        ExtendedStatistics: ['p50', 'p90', 'p99'],
      }),
    );
    expect(percentiles.Datapoints?.[0]?.ExtendedStatistics).toEqual({ p50: 20, p90: 1000, p99: 1000 });

    const data = await cloudwatch.send(
      new GetMetricDataCommand({
        ...range,
        MetricDataQueries: [
          {
            Id: 'p99',
            MetricStat: {
              Metric: { Namespace: 'Shop', MetricName: 'Latency', Dimensions: dims },
              Period: 60,
              Stat: 'p99',
            },
          },
          {
            Id: 'hidden',
            ReturnData: false,
            MetricStat: {
              Metric: { Namespace: 'Shop', MetricName: 'Latency', Dimensions: dims },
              Period: 60,
              Stat: 'Sum',
            },
          },
        ],
      }),
    );
    expect(data.MetricDataResults).toEqual([
      expect.objectContaining({
        Id: 'p99',
        Values: [1000],
        StatusCode: 'Complete',
        Timestamps: [expect.any(Date)],
      }),
    ]);
  });

  it('rejects bad metric requests with the codes CloudWatch uses', async () => {
    const now = Date.now();
    await expect(
      cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'Shop',
          MetricName: 'Latency',
          StartTime: new Date(now - 60_000),
          EndTime: new Date(now),
          Period: 60,
          Statistics: ['Sum'],
          ExtendedStatistics: ['p99'],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterCombinationException',
      Code: 'InvalidParameterCombination',
    });
    await expect(
      cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: 'AWS/SageMaker',
          MetricData: [{ MetricName: 'Invocations', Value: 1 }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      Code: 'InvalidParameterValue',
      message: 'The value AWS/ for parameter Namespace is invalid.',
    });
    await expect(
      cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: 'Shop',
          MetricData: [{ MetricName: 'Latency', Values: [1, 2], Counts: [1] }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    // Unit is an enum in CloudWatch's model; a unit it does not know is refused, not stored.
    const furlongs = 'Furlongs' as StandardUnit;
    await expect(
      cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: 'Shop',
          MetricData: [{ MetricName: 'Latency', Value: 1, Unit: furlongs }],
        }),
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^1 validation error detected: Value 'Furlongs' at 'metricData\.member\.1\.unit' failed to satisfy constraint: Member must satisfy enum value set: \[Seconds, /,
      ),
    });
    await expect(alarmOn('unit-typo', { Unit: furlongs })).rejects.toMatchObject({
      message: expect.stringContaining("Value 'Furlongs' at 'unit'"),
    });
  });
});

describe('CloudWatch alarms', () => {
  it('goes to ALARM on 5XX errors of the watched variant and back to OK when calls succeed', async () => {
    await fiveXxAlarm('ep-5xx', [
      { Name: 'EndpointName', Value: 'ep' },
      { Name: 'VariantName', Value: 'AllTraffic' },
    ]);
    // Scoped to the new fleet, as guardrail alarms are: the old fleet's errors must not trip it.
    await fiveXxAlarm('ep-green-5xx', [
      { Name: 'EndpointName', Value: 'ep' },
      { Name: 'VariantName', Value: 'AllTraffic' },
      { Name: 'EndpointConfigName', Value: 'green' },
    ]);
    expect((await alarm('ep-5xx'))?.StateValue).toBe('INSUFFICIENT_DATA');
    await waitForState('ep-5xx', 'OK');

    for (let i = 0; i < 20; i++) publishInvocation('ep', 'blue', i % 2 === 0);
    const fired = await waitForState('ep-5xx', 'ALARM');
    expect(fired.StateReason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[0\.5 \(.+\)\] was greater than the threshold \(0\.01\)/,
    );
    expect(JSON.parse(fired.StateReasonData ?? '{}')).toMatchObject({
      statistic: 'Average',
      period: 60,
      threshold: 0.01,
      recentDatapoints: [0.5],
    });
    expect(fired.StateUpdatedTimestamp).toBeInstanceOf(Date);
    expect((await alarm('ep-green-5xx'))?.StateValue).toBe('OK');

    // The bad period has to age out while good calls keep coming: within about two scaled periods.
    await waitForState('ep-5xx', 'OK', async () => {
      for (let i = 0; i < 10; i++) publishInvocation('ep', 'blue', false);
    });
    const history = await cloudwatch.send(
      new DescribeAlarmHistoryCommand({ AlarmName: 'ep-5xx', HistoryItemType: 'StateUpdate' }),
    );
    expect(history.AlarmHistoryItems?.map((h) => h.HistorySummary)).toEqual([
      'Alarm updated from ALARM to OK',
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK',
    ]);
  });

  it('treats missing data as the alarm says: missing, notBreaching, breaching, ignore', async () => {
    await alarmOn('missing');
    await alarmOn('not-breaching', { TreatMissingData: 'notBreaching' });
    await alarmOn('breaching', { TreatMissingData: 'breaching' });
    await alarmOn('ignore', { TreatMissingData: 'ignore' });
    await waitForState('not-breaching', 'OK');
    await waitForState('breaching', 'ALARM');
    // Both were evaluated at least once by now, with no data.
    expect((await alarm('missing'))?.StateValue).toBe('INSUFFICIENT_DATA');
    expect((await alarm('ignore'))?.StateValue).toBe('INSUFFICIENT_DATA');

    await putErrors(10);
    await waitForState('ignore', 'ALARM');
    await waitForState('not-breaching', 'ALARM');
    // With the datapoint gone, notBreaching recovers and ignore keeps its last state.
    await waitForState('not-breaching', 'OK');
    expect((await alarm('ignore'))?.StateValue).toBe('ALARM');
    expect((await alarm('missing'))?.StateValue).toBe('INSUFFICIENT_DATA');
  });

  it('needs DatapointsToAlarm of EvaluationPeriods breaching', async () => {
    // 2 of 3 periods: one breaching period is not enough.
    await alarmOn('two-of-three', {
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      TreatMissingData: 'notBreaching',
    });
    await putErrors(10);
    await waitForState('two-of-three', 'OK');
    expect((await alarm('two-of-three'))?.DatapointsToAlarm).toBe(2);
    // Breaching in two periods in a row (the one in progress counts once it breaches).
    await waitForState('two-of-three', 'ALARM', () => putErrors(10));
  });

  it('holds a state set with SetAlarmState until the next evaluation', async () => {
    await alarmOn('forced', { TreatMissingData: 'notBreaching' });
    await waitForState('forced', 'OK');
    await cloudwatch.send(
      new SetAlarmStateCommand({
        AlarmName: 'forced',
        StateValue: 'ALARM',
        StateReason: 'rollback requested',
        StateReasonData: '{"by":"test"}',
      }),
    );
    expect(await alarm('forced')).toMatchObject({
      StateValue: 'ALARM',
      StateReason: 'rollback requested',
      StateReasonData: '{"by":"test"}',
    });
    await waitForState('forced', 'OK');

    await expect(
      cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'ALARM', StateReason: 'x' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFound', $metadata: { httpStatusCode: 404 } });
    await expect(
      cloudwatch.send(
        new SetAlarmStateCommand({
          AlarmName: 'forced',
          StateValue: 'ALARM',
          StateReason: 'x',
          StateReasonData: '{',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidFormatFault', Code: 'InvalidFormat' });
  });

  it('filters DescribeAlarms by names, prefix, state and type, and pages', async () => {
    for (const name of ['api-errors', 'api-latency', 'batch-errors']) await alarmOn(name);
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: 'api-latency', StateValue: 'ALARM', StateReason: 'x' }),
    );
    const names = async (input: DescribeAlarmsCommandInput) =>
      (await cloudwatch.send(new DescribeAlarmsCommand(input))).MetricAlarms?.map((a) => a.AlarmName);

    expect(await names({})).toEqual(['api-errors', 'api-latency', 'batch-errors']);
    expect(await names({ AlarmNames: ['batch-errors', 'unknown'] })).toEqual(['batch-errors']);
    expect(await names({ AlarmNamePrefix: 'api-' })).toEqual(['api-errors', 'api-latency']);
    expect(await names({ AlarmNamePrefix: 'api-', StateValue: 'ALARM' })).toEqual(['api-latency']);
    expect(await names({ AlarmTypes: ['CompositeAlarm'] })).toEqual([]);
    expect(await names({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] })).toHaveLength(3);

    const first = await cloudwatch.send(new DescribeAlarmsCommand({ MaxRecords: 2 }));
    expect(first.MetricAlarms).toHaveLength(2);
    const second = await cloudwatch.send(
      new DescribeAlarmsCommand({ MaxRecords: 2, NextToken: first.NextToken }),
    );
    expect(second.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['batch-errors']);
    expect(second.NextToken).toBeUndefined();

    await expect(
      cloudwatch.send(
        new DescribeAlarmsCommand({ AlarmNames: Array.from({ length: 101 }, (_, i) => `a${i}`) }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      cloudwatch.send(new DescribeAlarmsCommand({ StateValue: 'BROKEN' as 'OK' })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });

  it('finds alarms for a metric with exactly its dimensions', async () => {
    await alarmOn('checkout');
    await alarmOn('checkout-eu', { Dimensions: [...dims, { Name: 'Region', Value: 'eu' }] });
    const found = await cloudwatch.send(
      new DescribeAlarmsForMetricCommand({ Namespace: 'Shop', MetricName: 'Errors', Dimensions: dims }),
    );
    expect(found.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['checkout']);
    // A datapoint with only the Service dimension does not reach the alarm with Service and Region.
    await alarmOn('scoped', {
      Dimensions: [...dims, { Name: 'Region', Value: 'eu' }],
      TreatMissingData: 'notBreaching',
    });
    await putErrors(100);
    await waitForState('checkout', 'ALARM');
    expect((await alarm('scoped'))?.StateValue).toBe('OK');
  });

  it('tags alarms at creation and through the tagging operations', async () => {
    await alarmOn('tagged', { Tags: [{ Key: 'team', Value: 'ml' }] });
    const arn = (await alarm('tagged'))?.AlarmArn as string;
    expect(arn).toBe('arn:aws:cloudwatch:us-east-1:123456789012:alarm:tagged');
    await cloudwatch.send(
      new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'stage', Value: 'prod' }] }),
    );
    await cloudwatch.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['team'] }));
    // Tags on an update of an existing alarm are ignored, as CloudWatch documents.
    await alarmOn('tagged', { Tags: [{ Key: 'ignored', Value: 'x' }] });
    expect((await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags).toEqual([
      { Key: 'stage', Value: 'prod' },
    ]);
    await cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ['tagged'] }));
    await expect(cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).rejects.toMatchObject(
      {
        name: 'ResourceNotFoundException',
      },
    );
    await expect(cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ['tagged'] }))).rejects.toMatchObject({
      name: 'ResourceNotFound',
    });
  });

  it('rejects invalid alarms with the codes CloudWatch uses', async () => {
    await expect(alarmOn('bad', { Period: 45 })).rejects.toMatchObject({
      name: 'ValidationException',
      Code: 'ValidationError',
      message: 'Period must be 10, 30 or a multiple of 60',
    });
    await expect(alarmOn('bad', { EvaluationPeriods: 1, DatapointsToAlarm: 2 })).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'DatapointsToAlarm must be less than or equal to EvaluationPeriods',
    });
    await expect(
      alarmOn('bad', { ComparisonOperator: 'Bigger' as 'GreaterThanThreshold' }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("at 'comparisonOperator' failed to satisfy constraint"),
    });
    await expect(alarmOn('bad', { TreatMissingData: 'sometimes' })).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(alarmOn('bad', { ExtendedStatistic: 'p99' })).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(alarmOn('bad', { Statistic: undefined, ExtendedStatistic: 'p99.9' })).resolves.toBeDefined();
  });
});

describe('CloudWatch over Query and CBOR', () => {
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

  it('speaks the Query protocol: string inputs coerced, XML answers, Query error codes', async () => {
    const put = await form({
      Action: 'PutMetricAlarm',
      AlarmName: 'query-alarm',
      Namespace: 'Shop',
      MetricName: 'Errors',
      'Dimensions.member.1.Name': 'Service',
      'Dimensions.member.1.Value': 'checkout',
      Statistic: 'Sum',
      Period: '60',
      EvaluationPeriods: '2',
      DatapointsToAlarm: '1',
      Threshold: '5.5',
      ComparisonOperator: 'GreaterThanThreshold',
      ActionsEnabled: 'false',
    });
    expect(put.status).toBe(200);
    expect(await put.text()).toContain(
      '<PutMetricAlarmResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">',
    );
    await form({
      Action: 'PutMetricData',
      Namespace: 'Shop',
      'MetricData.member.1.MetricName': 'Errors',
      'MetricData.member.1.Dimensions.member.1.Name': 'Service',
      'MetricData.member.1.Dimensions.member.1.Value': 'checkout',
      'MetricData.member.1.Value': '2.5',
      'MetricData.member.1.Timestamp': new Date().toISOString(),
    });

    const described = await form({ Action: 'DescribeAlarms', 'AlarmNames.member.1': 'query-alarm' });
    const xml = await described.text();
    expect(described.status).toBe(200);
    expect(xml).toMatch(/<MetricAlarms><member><AlarmName>query-alarm<\/AlarmName>/);
    expect(xml).toContain('<Threshold>5.5</Threshold>');
    expect(xml).toContain('<EvaluationPeriods>2</EvaluationPeriods>');
    expect(xml).toContain('<ActionsEnabled>false</ActionsEnabled>');
    expect(xml).toMatch(
      /<StateUpdatedTimestamp>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/StateUpdatedTimestamp>/,
    );
    expect(xml).toMatch(
      /<Dimensions><member><Name>Service<\/Name><Value>checkout<\/Value><\/member><\/Dimensions>/,
    );

    const now = Date.now();
    const stats = await form({
      Action: 'GetMetricStatistics',
      Namespace: 'Shop',
      MetricName: 'Errors',
      'Dimensions.member.1.Name': 'Service',
      'Dimensions.member.1.Value': 'checkout',
      StartTime: new Date(now - 60_000).toISOString(),
      EndTime: new Date(now + 60_000).toISOString(),
      Period: '120',
      'Statistics.member.1': 'Sum',
    });
    expect(await stats.text()).toContain('<Sum>2.5</Sum>');

    const missing = await form({
      Action: 'SetAlarmState',
      AlarmName: 'nope',
      StateValue: 'ALARM',
      StateReason: 'x',
    });
    expect(missing.status).toBe(404);
    const error = await missing.text();
    expect(error).toContain('<Type>Sender</Type>');
    expect(error).toContain('<Code>ResourceNotFound</Code>');
    const invalid = await form({
      Action: 'PutMetricData',
      Namespace: 'AWS/EC2',
      'MetricData.member.1.MetricName': 'x',
      'MetricData.member.1.Value': '1',
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('<Code>InvalidParameterValue</Code>');
    const noName = await form({
      Action: 'PutMetricData',
      'MetricData.member.1.MetricName': 'x',
      'MetricData.member.1.Value': '1',
    });
    expect(await noName.text()).toContain('<Code>MissingParameter</Code>');
  });

  const cli = awsCliAvailable() ? it : it.skip;
  if (!awsCliAvailable())
    console.warn('Skipping the AWS CLI tests: `aws` is not on PATH (and CI is not true).');

  cli('serves botocore over Smithy RPC v2 CBOR (the AWS CLI with CloudWatch narrowed to CBOR)', async () => {
    const env = { AWS_DATA_PATH: cloudWatchModelWithOnly('smithy-rpc-v2-cbor') };
    const aws = (...args: string[]) => awsCli(emulator.url, ['cloudwatch', ...args], env);
    await aws(
      'put-metric-alarm',
      '--alarm-name',
      'cbor-5xx',
      '--namespace',
      'AWS/SageMaker',
      '--metric-name',
      'Invocation5XXErrors',
      '--dimensions',
      'Name=EndpointName,Value=ep',
      'Name=VariantName,Value=AllTraffic',
      '--statistic',
      'Average',
      // 10 minutes, 10 s scaled: long enough for SetAlarmState to hold across slow CLI calls.
      '--period',
      '600',
      '--evaluation-periods',
      '1',
      '--threshold',
      '0.01',
      '--comparison-operator',
      'GreaterThanThreshold',
      '--treat-missing-data',
      'notBreaching',
    );
    // Independent calls run together: each CLI start costs about a second.
    const [described, notFound, invalid] = await Promise.all([
      aws('describe-alarms', '--alarm-names', 'cbor-5xx', '--debug'),
      aws('set-alarm-state', '--alarm-name', 'nope', '--state-value', 'OK', '--state-reason', 'x').catch(
        (err: Error) => err,
      ),
      aws(
        'put-metric-alarm',
        '--alarm-name',
        'bad',
        '--namespace',
        'x',
        '--metric-name',
        'y',
        '--statistic',
        'Sum',
        '--period',
        '45',
        '--evaluation-periods',
        '1',
        '--threshold',
        '1',
        '--comparison-operator',
        'GreaterThanThreshold',
      ).catch((err: Error) => err),
    ]);
    // botocore logs the request it signs: it really spoke CBOR.
    expect(described.stderr).toMatch(/smithy-protocol.{0,8}rpc-v2-cbor/);
    expect(described.stderr).toContain('/service/GraniteServiceVersion20100801/operation/DescribeAlarms');
    expect(described.output.MetricAlarms[0]).toMatchObject({
      AlarmName: 'cbor-5xx',
      Threshold: 0.01,
      Period: 600,
      Dimensions: [
        { Name: 'EndpointName', Value: 'ep' },
        { Name: 'VariantName', Value: 'AllTraffic' },
      ],
    });
    // A CBOR timestamp (tag 1), which the CLI prints as epoch seconds.
    expect(described.output.MetricAlarms[0].StateUpdatedTimestamp * 1000).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(String(notFound)).toMatch(/\(ResourceNotFound\).*Alarm nope not found/s);
    expect(String(invalid)).toMatch(/\(ValidationError\).*Period must be 10, 30 or a multiple of 60/s);

    await aws(
      'set-alarm-state',
      '--alarm-name',
      'cbor-5xx',
      '--state-value',
      'ALARM',
      '--state-reason',
      'cbor test',
    );
    expect((await alarm('cbor-5xx'))?.StateValue).toBe('ALARM');
    const alarming = await aws('describe-alarms', '--state-value', 'ALARM');
    expect(alarming.output.MetricAlarms.map((a: { AlarmName: string }) => a.AlarmName)).toEqual(['cbor-5xx']);
  });

  cli('serves botocore over Query (the AWS CLI with CloudWatch narrowed to Query)', async () => {
    const env = { AWS_DATA_PATH: cloudWatchModelWithOnly('query') };
    const aws = (...args: string[]) => awsCli(emulator.url, ['cloudwatch', ...args], env);
    const notFound = aws('delete-alarms', '--alarm-names', 'nope').catch((err: Error) => err);
    await aws(
      'put-metric-data',
      '--namespace',
      'Shop',
      '--metric-data',
      JSON.stringify([
        {
          MetricName: 'Latency',
          Dimensions: [{ Name: 'Service', Value: 'checkout' }],
          Values: [1, 2, 3, 100],
          Unit: 'Milliseconds',
        },
      ]),
    );
    const now = Date.now();
    const stats = await aws(
      'get-metric-statistics',
      '--namespace',
      'Shop',
      '--metric-name',
      'Latency',
      '--dimensions',
      'Name=Service,Value=checkout',
      '--start-time',
      new Date(now - 60_000).toISOString(),
      '--end-time',
      new Date(now + 60_000).toISOString(),
      '--period',
      '120',
      '--extended-statistics',
      'p99',
      '--debug',
    );
    expect(stats.stderr).toMatch(
      /application\/x-www-form-urlencoded.*[\s\S]*<GetMetricStatisticsResponse xmlns=/,
    );
    expect(String(await notFound)).toMatch(/\(ResourceNotFound\)/);
    expect(stats.output.Datapoints[0]).toMatchObject({
      ExtendedStatistics: { p99: 100 },
      Unit: 'Milliseconds',
    });
  });
});
