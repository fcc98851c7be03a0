import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { ALARM_POLL_MS } from '../src/alarmWatch';
import { SLOW_POLL_MS } from '../src/pollSchedule';
import type { Logger } from '../src/logger';
import { FakeClock } from '../src/testing/fakeClock';
import { watchEndpointUpdate, type WatchRequest } from '../src/watchEndpointUpdate';

const sagemaker = mockClient(SageMakerClient);
const cloudwatch = mockClient(CloudWatchClient);
let clock: FakeClock;
const quiet: Logger = {
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn(),
};

/**
 * A blue/green update that plays out in time, as SageMaker runs it: the new fleet provisions, then
 * each step moves traffic and bakes; an alarm in ALARM during a bake rolls it back `rollbackMs` later.
 */
interface Update {
  steps: number;
  bakeMs: number;
  provisionMs?: number;
  shiftMs?: number;
  alarmAtMs?: number;
  rollbackMs?: number;
  /** Until then the alarm has INSUFFICIENT_DATA, as a new alarm has before its first data point. */
  dataFromMs?: number;
}

function play(update: Update) {
  const provision = update.provisionMs ?? 200;
  const shift = update.shiftMs ?? 200;
  const endAtMs = provision + update.steps * (shift + update.bakeMs);
  const rolledBackAtMs =
    update.alarmAtMs === undefined ? undefined : update.alarmAtMs + (update.rollbackMs ?? 3_000);
  const variant = (Status: string, start: number) => ({
    VariantName: 'AllTraffic',
    VariantStatus: [{ Status: Status as 'Baking', StartTime: new Date(start) }],
  });
  const describedAt: number[] = [];
  sagemaker.on(DescribeEndpointCommand).callsFake(() => {
    const t = clock.now();
    describedAt.push(t);
    if (rolledBackAtMs !== undefined && t >= rolledBackAtMs)
      return { EndpointStatus: 'InService', EndpointConfigName: 'old', FailureReason: 'alarm' };
    if (t >= endAtMs) return { EndpointStatus: 'InService', EndpointConfigName: 'new' };
    if (t < provision) return { EndpointStatus: 'Updating', ProductionVariants: [variant('Creating', 0)] };
    const step = Math.floor((t - provision) / (shift + update.bakeMs));
    const stepStart = provision + step * (shift + update.bakeMs);
    const phase =
      t < stepStart + shift ? variant('ActivatingTraffic', stepStart) : variant('Baking', stepStart + shift);
    return { EndpointStatus: 'Updating', EndpointConfigName: 'old', ProductionVariants: [phase] };
  });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
    MetricAlarms: [
      {
        AlarmName: 'churn-5xx',
        StateValue: stateAt(update, clock.now()),
      },
    ],
  }));
  return { endAtMs, rolledBackAtMs, describedAt };
}

function stateAt(update: Update, t: number): 'ALARM' | 'OK' | 'INSUFFICIENT_DATA' {
  if (update.alarmAtMs !== undefined && t >= update.alarmAtMs) return 'ALARM';
  return t < (update.dataFromMs ?? 0) ? 'INSUFFICIENT_DATA' : 'OK';
}

function watch(plan: WatchRequest['plan'], alarms: string[] = ['churn-5xx']) {
  return watchEndpointUpdate(
    {
      sagemaker: new SageMakerClient({ region: 'us-east-1' }),
      cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
      clock,
      logger: quiet,
      signal: new AbortController().signal,
    },
    {
      endpointName: 'churn',
      requestedConfig: 'new',
      guardingAlarms: alarms,
      plannedShares: [10, 100],
      startedAtMs: 0,
      deadlineMs: 3_600_000,
      plan,
    },
  );
}

beforeEach(() => {
  sagemaker.reset();
  cloudwatch.reset();
  clock = new FakeClock(0);
});

describe('watchEndpointUpdate on the plan schedule', () => {
  it.each([
    { preset: 'Canary10Percent1Minute', steps: 2 },
    { preset: 'Linear25PercentEvery1Minute', steps: 4 },
  ])(
    'follows a $preset update with at most 6 DescribeEndpoint calls a minute, ending within 2 s of InService',
    async ({ steps }) => {
      const { endAtMs, describedAt } = play({ steps, bakeMs: 60_000 });
      const watched = await watch({ bakeMs: 60_000 });
      expect(watched).toMatchObject({ kind: 'finished', outcome: { kind: 'deployed' } });
      expect(clock.now()).toBeGreaterThanOrEqual(endAtMs);
      expect(clock.now() - endAtMs).toBeLessThanOrEqual(2_000);
      expect(describedAt.length / (clock.now() / 60_000)).toBeLessThanOrEqual(6);
    },
  );

  it('calls DescribeEndpoint within one alarm read of an alarm going into ALARM, and sees the rollback soon after', async () => {
    const alarmAtMs = 100_000;
    const { rolledBackAtMs, describedAt } = play({ steps: 2, bakeMs: 600_000, alarmAtMs, rollbackMs: 5_000 });
    const watched = await watch({ bakeMs: 600_000 });
    expect(watched).toMatchObject({
      kind: 'finished',
      outcome: { kind: 'rolled-back' },
      firedAlarms: [expect.objectContaining({ name: 'churn-5xx', state: 'ALARM' })],
    });
    const firstAfterAlarm = describedAt.find((t) => t >= alarmAtMs) as number;
    expect(firstAfterAlarm - alarmAtMs).toBeLessThanOrEqual(ALARM_POLL_MS);
    expect(clock.now() - (rolledBackAtMs as number)).toBeLessThanOrEqual(2_000);
  });

  it('does not poll faster when an alarm only gets its first data (INSUFFICIENT_DATA to OK)', async () => {
    const { describedAt } = play({ steps: 2, bakeMs: 60_000, dataFromMs: 30_000 });
    await watch({ bakeMs: 60_000 });
    expect(describedAt.length / (clock.now() / 60_000)).toBeLessThanOrEqual(6);
  });

  it('still ends on the right config when the update runs far faster than its plan (an emulator at time scale 60)', async () => {
    const { endAtMs } = play({ steps: 2, bakeMs: 1_000, provisionMs: 50, shiftMs: 50 });
    const watched = await watch({ bakeMs: 60_000 });
    expect(watched).toMatchObject({ kind: 'finished', outcome: { kind: 'deployed' } });
    expect(clock.now() - endAtMs).toBeLessThanOrEqual(SLOW_POLL_MS);
  });

  it('reads the alarms between DescribeEndpoint calls, and not at all without guarding alarms', async () => {
    play({ steps: 2, bakeMs: 60_000 });
    await watch({ bakeMs: 60_000 });
    const reads = cloudwatch.commandCalls(DescribeAlarmsCommand).length;
    expect(reads).toBeGreaterThanOrEqual(clock.now() / ALARM_POLL_MS - 2);
    cloudwatch.resetHistory();
    play({ steps: 2, bakeMs: 60_000 });
    clock = new FakeClock(0);
    await watch({ bakeMs: 60_000 }, []);
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(0);
  });
});

describe('watchEndpointUpdate when SageMaker and CloudWatch throttle', () => {
  const throttling = () =>
    Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });

  it('sits out throttled reads (every third DescribeEndpoint, every other DescribeAlarms) and ends deployed', async () => {
    const endAtMs = 130_000;
    let described = 0;
    sagemaker.on(DescribeEndpointCommand).callsFake(() => {
      described += 1;
      if (described % 3 === 0) throw throttling();
      return clock.now() >= endAtMs
        ? { EndpointStatus: 'InService', EndpointConfigName: 'new' }
        : { EndpointStatus: 'Updating', EndpointConfigName: 'old' };
    });
    let alarmReads = 0;
    cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
      alarmReads += 1;
      if (alarmReads % 2 === 0) throw throttling();
      return { MetricAlarms: [{ AlarmName: 'churn-5xx', StateValue: 'OK' }] };
    });
    const watched = await watch({ bakeMs: 60_000 });
    expect(watched).toMatchObject({ kind: 'finished', outcome: { kind: 'deployed' } });
    expect(clock.now()).toBeGreaterThanOrEqual(endAtMs);
    expect(described).toBeGreaterThanOrEqual(3);
    expect(alarmReads).toBeGreaterThanOrEqual(2);
  });

  it('still sees an alarm that fired during a throttled read', async () => {
    play({ steps: 2, bakeMs: 600_000, alarmAtMs: 100_000, rollbackMs: 5_000 });
    let alarmReads = 0;
    cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
      alarmReads += 1;
      if (alarmReads % 2 === 0) throw throttling();
      return {
        MetricAlarms: [{ AlarmName: 'churn-5xx', StateValue: clock.now() >= 100_000 ? 'ALARM' : 'OK' }],
      };
    });
    const watched = await watch({ bakeMs: 600_000 });
    expect(watched).toMatchObject({
      kind: 'finished',
      outcome: { kind: 'rolled-back' },
      firedAlarms: [expect.objectContaining({ name: 'churn-5xx', state: 'ALARM' })],
    });
  });

  it('fails, saying so, when DescribeEndpoint is throttled ten polls in a row', async () => {
    sagemaker.on(DescribeEndpointCommand).rejects(throttling());
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    await expect(watch({ bakeMs: 60_000 })).rejects.toThrow(
      /DescribeEndpoint on churn failed 10 polls in a row with transient errors/,
    );
    expect(sagemaker.commandCalls(DescribeEndpointCommand)).toHaveLength(10);
  });
});
