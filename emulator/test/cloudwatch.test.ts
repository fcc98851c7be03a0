import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { startEmulator, type RunningEmulator } from '../src';
import { pollUntil } from './pollUntil';
import { sdkClientConfig } from './sdkClientConfig';

let emulator: RunningEmulator;
let cloudwatch: CloudWatchClient;
beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60 } });
  cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

const dims = [{ Name: 'Service', Value: 'checkout' }];
const put = (value: number) =>
  cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'Shop',
      MetricData: [{ MetricName: 'Errors', Dimensions: dims, Value: value }],
    }),
  );
const stateOf = async (name: string) =>
  (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0]?.StateValue;

describe('CloudWatch metrics and alarms', () => {
  it('computes statistics and percentiles over the datapoints put', async () => {
    const now = Date.now();
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: 'Shop',
        MetricData: [
          { MetricName: 'Latency', Dimensions: dims, Values: [10, 20, 30, 1000], Counts: [1, 1, 1, 1] },
        ],
      }),
    );
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Latency',
        Dimensions: dims,
        StartTime: new Date(now - 60_000),
        EndTime: new Date(now + 60_000),
        Period: 120,
        Statistics: ['SampleCount', 'Average', 'Maximum'],
        ExtendedStatistics: ['p50', 'p99'],
      }),
    );
    expect(stats.Datapoints?.[0]).toMatchObject({
      SampleCount: 4,
      Average: 265,
      Maximum: 1000,
      ExtendedStatistics: { p50: 20, p99: 1000 },
    });
  });

  it('goes to ALARM when datapoints breach and back to OK when they stop (treat missing data as not breaching)', async () => {
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'errors',
        Namespace: 'Shop',
        MetricName: 'Errors',
        Dimensions: dims,
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 5,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      }),
    );
    await pollUntil(async () => ((await stateOf('errors')) === 'OK' ? true : undefined));
    for (let i = 0; i < 3; i++) await put(3);
    await pollUntil(async () => ((await stateOf('errors')) === 'ALARM' ? true : undefined));
    // With no new datapoints the scaled one-second period passes and the alarm recovers.
    await pollUntil(async () => ((await stateOf('errors')) === 'OK' ? true : undefined));
  });

  it('does not match a datapoint with other dimensions than the alarm', async () => {
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'scoped',
        Namespace: 'Shop',
        MetricName: 'Errors',
        Dimensions: [...dims, { Name: 'Region', Value: 'eu' }],
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    await put(100);
    expect(await stateOf('scoped')).toBe('INSUFFICIENT_DATA');
  });

  it('speaks the Query protocol to older clients, with XML answers and Query error codes', async () => {
    const form = (params: Record<string, string>) =>
      fetch(emulator.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization:
            'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=x',
        },
        body: new URLSearchParams({ Version: '2010-08-01', ...params }).toString(),
      });
    const described = await form({ Action: 'DescribeAlarms', 'AlarmNames.member.1': 'errors' });
    const xml = await described.text();
    expect(described.status).toBe(200);
    expect(xml).toContain('<DescribeAlarmsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">');
    expect(xml).toMatch(/<MetricAlarms><member><AlarmName>errors<\/AlarmName>/);
    const bad = await form({
      Action: 'SetAlarmState',
      AlarmName: 'nope',
      StateValue: 'ALARM',
      StateReason: 'x',
    });
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain('<Code>ResourceNotFound</Code>');
  });

  it('rejects invalid alarms with the codes CloudWatch uses', async () => {
    await expect(
      cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: 'bad',
          Namespace: 'Shop',
          MetricName: 'Errors',
          Statistic: 'Sum',
          Period: 45,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanThreshold',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: expect.stringMatching(/Period must be 10, 30 or a multiple of 60/),
    });
  });
});
