import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand, type StateValue } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { ALARM_POLL_MS, watchAlarmsFor } from '../src/alarmWatch';
import { FakeClock } from '../src/testing';

const cloudwatch = mockClient(CloudWatchClient);
let clock: FakeClock;
let cancel: AbortController;
const ports = () => ({
  cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
  clock,
  signal: cancel.signal,
});
const states = (state: StateValue) => ({ MetricAlarms: [{ AlarmName: 'churn-5xx', StateValue: state }] });

beforeEach(() => {
  cloudwatch.reset();
  clock = new FakeClock(0);
  cancel = new AbortController();
});

describe('watchAlarmsFor', () => {
  it('reads the alarms every poll until the time is up, then ends quiet', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves(states('OK'));
    expect(await watchAlarmsFor(ports(), ['churn-5xx'], 10_000)).toEqual({ kind: 'quiet' });
    expect(clock.now()).toBe(10_000);
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(10_000 / ALARM_POLL_MS + 1);
  });

  it('ends at the first alarm in ALARM, naming it', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolvesOnce(states('OK')).resolves(states('ALARM'));
    expect(await watchAlarmsFor(ports(), ['churn-5xx'], 60_000)).toEqual({
      kind: 'fired',
      alarms: ['churn-5xx'],
    });
    expect(clock.now()).toBe(ALARM_POLL_MS);
  });

  it('ends cancelled when the job is cancelled', async () => {
    cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
      cancel.abort(new Error('cancelled'));
      return states('OK');
    });
    expect(await watchAlarmsFor(ports(), ['churn-5xx'], 60_000)).toEqual({ kind: 'cancelled' });
  });

  it('only waits when no alarm guards', async () => {
    expect(await watchAlarmsFor(ports(), [], 5_000)).toEqual({ kind: 'quiet' });
    expect(clock.now()).toBe(5_000);
    expect(cloudwatch.calls()).toHaveLength(0);
  });
});

describe('watchAlarmsFor when CloudWatch throttles', () => {
  const throttling = () =>
    Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });

  it('treats a throttled read as no news and still sees the alarm fire at the next read', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .rejectsOnce(throttling())
      .rejectsOnce(throttling())
      .resolves(states('ALARM'));
    expect(await watchAlarmsFor(ports(), ['churn-5xx'], 60_000)).toEqual({
      kind: 'fired',
      alarms: ['churn-5xx'],
    });
    expect(clock.now()).toBe(2 * ALARM_POLL_MS);
  });

  it('fails, saying so, when every read is throttled for ten polls in a row', async () => {
    cloudwatch.on(DescribeAlarmsCommand).rejects(throttling());
    await expect(watchAlarmsFor(ports(), ['churn-5xx'], 600_000)).rejects.toThrow(
      /DescribeAlarms on churn-5xx failed 10 polls in a row with transient errors/,
    );
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(10);
  });
});
