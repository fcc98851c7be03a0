import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { checkAlarmsUsable, unusableAlarmsError, type AlarmUse } from '../src/alarmPreCheck';
import { ModelshipError } from '../src/errors';

const cloudwatch = mockClient(CloudWatchClient);
const ports = { cloudwatch: new CloudWatchClient({ region: 'us-east-1' }) };
const use: AlarmUse = {
  guarding: 'the deployment',
  firingConsequence: 'the deployment would stop at once',
  missingHint: 'Create the alarm first.',
  firingHint: 'Wait for it to return to OK.',
};

beforeEach(() => {
  cloudwatch.reset();
});

describe('unusableAlarmsError', () => {
  it('accepts alarms that exist and are not in ALARM', () => {
    expect(
      unusableAlarmsError(
        [
          { name: 'a', state: 'OK' },
          { name: 'b', state: 'INSUFFICIENT_DATA' },
        ],
        use,
      ),
    ).toBeUndefined();
  });

  it('names missing and firing alarms at once, with both hints', () => {
    const error = unusableAlarmsError(
      [
        { name: 'gone', state: 'MISSING' },
        { name: 'hot', state: 'ALARM' },
        { name: 'fine', state: 'OK' },
      ],
      use,
    );
    expect(error).toBeInstanceOf(ModelshipError);
    expect(error?.message).toBe(
      'Alarm gone does not exist, so it cannot guard the deployment. Alarm hot is in ALARM now, so the deployment would stop at once. Nothing changed.',
    );
    expect(error?.hint).toBe('Create the alarm first. Wait for it to return to OK.');
  });
});

describe('checkAlarmsUsable', () => {
  it('asks CloudWatch nothing when no alarm guards', async () => {
    expect(await checkAlarmsUsable(ports, [], use)).toEqual([]);
    expect(cloudwatch.calls()).toHaveLength(0);
  });

  it('returns the states of usable alarms', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'a', StateValue: 'OK', Period: 60 }] });
    expect(await checkAlarmsUsable(ports, ['a'], use)).toMatchObject([
      { name: 'a', state: 'OK', periodSeconds: 60 },
    ]);
  });

  it('throws naming the alarm already in ALARM', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'a', StateValue: 'ALARM' }] });
    await expect(checkAlarmsUsable(ports, ['a', 'b'], use)).rejects.toThrow(
      'Alarm b does not exist, so it cannot guard the deployment. Alarm a is in ALARM now',
    );
  });
});
