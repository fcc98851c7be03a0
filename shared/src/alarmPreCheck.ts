import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { alarmStates, inAlarm, type AlarmState } from './alarmStates';
import { ModelshipError } from './errors';

/** What the alarms are about to guard, and what to tell the user when they cannot. */
export interface AlarmUse {
  /** What the alarms guard, as it reads in a sentence: `the deployment`, `the rollback`. */
  guarding: string;
  /** What an alarm already in ALARM would do, e.g. `SageMaker would roll the deployment back at once`. */
  firingConsequence: string;
  /** What to do about an alarm that does not exist. */
  missingHint: string;
  /** What to do about an alarm already in ALARM. */
  firingHint: string;
}

/**
 * Why alarms in these states cannot guard `use.guarding`: alarms that do not exist and alarms already in
 * ALARM, all named at once. Undefined when every alarm is usable.
 */
export function unusableAlarmsError(states: AlarmState[], use: AlarmUse): ModelshipError | undefined {
  const missing = states.filter((s) => s.state === 'MISSING').map((s) => s.name);
  const firing = inAlarm(states).map((s) => s.name);
  if (!missing.length && !firing.length) return undefined;
  const sentences = [
    missing.length ? `Alarm ${missing.join(', ')} does not exist, so it cannot guard ${use.guarding}.` : '',
    firing.length ? `Alarm ${firing.join(', ')} is in ALARM now, so ${use.firingConsequence}.` : '',
  ].filter(Boolean);
  const hints = [missing.length ? use.missingHint : '', firing.length ? use.firingHint : ''].filter(Boolean);
  return new ModelshipError(`${sentences.join(' ')} Nothing changed.`, hints.join(' '));
}

/**
 * The check before anything changes: reads the named alarms (one DescribeAlarms per 100) and throws a
 * ModelshipError naming every missing alarm and every alarm already in ALARM. Returns the states, so a
 * caller can reuse them (for plan warnings, say) without asking CloudWatch again.
 */
export async function checkAlarmsUsable(
  ports: { cloudwatch: Pick<CloudWatchClient, 'send'> },
  names: string[],
  use: AlarmUse,
): Promise<AlarmState[]> {
  if (!names.length) return [];
  const states = await alarmStates(ports, names);
  const problem = unusableAlarmsError(states, use);
  if (problem) throw problem;
  return states;
}
