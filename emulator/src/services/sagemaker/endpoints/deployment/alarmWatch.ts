import type { EmulatorEnvironment } from '../../../../environment';

/** How often guarding alarms are read during shifts and bakes: well under any scaled alarm period. */
export const ALARM_CHECK_INTERVAL_MS = 50;

export type WatchResult = { kind: 'quiet' } | { kind: 'alarm'; alarmName: string } | { kind: 'timeout' };

/** The first of `alarms` that is in ALARM now (alarms that do not exist guard nothing, as in SageMaker). */
export function alarmInAlarm(env: EmulatorEnvironment, alarms: readonly string[]): string | undefined {
  const reader = env.stores.alarms;
  if (!reader) return undefined;
  return alarms.find((name) => reader.stateOf(name)?.value === 'ALARM');
}

/**
 * Waits `ms` of emulator time while reading the alarms every ALARM_CHECK_INTERVAL_MS. Ends early when
 * one is in ALARM or the deployment's deadline passes. Rejects only if `signal` aborts.
 */
export async function watchAlarms(
  env: EmulatorEnvironment,
  alarms: readonly string[],
  ms: number,
  deadline: number,
  signal: AbortSignal,
): Promise<WatchResult> {
  const end = env.clock.now() + ms;
  for (;;) {
    const alarmName = alarmInAlarm(env, alarms);
    if (alarmName) return { kind: 'alarm', alarmName };
    const now = env.clock.now();
    if (now >= deadline) return { kind: 'timeout' };
    if (now >= end) return { kind: 'quiet' };
    await env.clock.sleep(Math.min(ALARM_CHECK_INTERVAL_MS, end - now, Math.max(1, deadline - now)), signal);
  }
}
