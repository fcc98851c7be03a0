import { DescribeAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';

export interface AlarmState {
  name: string;
  state: string;
  reason?: string;
  /** How long the alarm needs to fire: period × evaluation periods, for plan warnings. */
  periodSeconds?: number;
  evaluationPeriods?: number;
}

/** DescribeAlarms takes at most 100 names a call. */
const NAMES_PER_CALL = 100;

/** Current states of the named alarms; names that do not exist come back with state `MISSING`. */
export async function alarmStates(
  ports: { cloudwatch: Pick<CloudWatchClient, 'send'> },
  names: string[],
): Promise<AlarmState[]> {
  const found = new Map<string, AlarmState>();
  for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
    const page = await ports.cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + NAMES_PER_CALL) }),
    );
    for (const alarm of page.MetricAlarms ?? []) {
      if (alarm.AlarmName) {
        found.set(alarm.AlarmName, {
          name: alarm.AlarmName,
          state: alarm.StateValue ?? 'UNKNOWN',
          reason: alarm.StateReason,
          periodSeconds: alarm.Period,
          evaluationPeriods: alarm.EvaluationPeriods,
        });
      }
    }
  }
  return names.map((name) => found.get(name) ?? { name, state: 'MISSING' });
}

export const inAlarm = (states: AlarmState[]): AlarmState[] => states.filter((s) => s.state === 'ALARM');
