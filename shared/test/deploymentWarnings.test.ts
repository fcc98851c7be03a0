import { describe, expect, it } from '@jest/globals';
import { parseDeploymentConfig } from '../src/deploymentConfig';
import {
  deploymentWarnings,
  guardrailExclusions,
  type DeploymentWarningInput,
  type EndpointShape,
} from '../src/deploymentWarnings';

const realTime = (
  instanceCount = 20,
  variantName = 'AllTraffic',
  instanceType = 'ml.m5.large',
): EndpointShape => ({
  variants: [{ variantName, instanceType, instanceCount }],
});
const serverless: EndpointShape = { variants: [{ variantName: 'AllTraffic', serverless: true }] };
const twoVariants: EndpointShape = {
  variants: [
    { variantName: 'blue', instanceType: 'ml.m5.large', instanceCount: 2 },
    { variantName: 'green', instanceType: 'ml.m5.large', instanceCount: 2 },
  ],
};
const okAlarm = { name: 'churn-5xx', state: 'OK' as const, periodSeconds: 60, evaluationPeriods: 1 };

function warningsFor(overrides: Partial<DeploymentWarningInput> & { preset?: string }) {
  const { preset = 'Canary25Percent5Minutes', ...rest } = overrides;
  return deploymentWarnings({
    strategy: parseDeploymentConfig(preset),
    trafficShifting: 'guardrails',
    current: realTime(),
    next: realTime(),
    alarms: [okAlarm],
    ...rest,
  });
}
const codes = (input: Parameters<typeof warningsFor>[0]) => warningsFor(input).map((w) => w.code);

describe('guardrailExclusions', () => {
  it.each([
    [serverless, ['serverless']],
    [twoVariants, ['multi-variant']],
    [{ ...realTime(), async: true }, ['asynchronous inference']],
    [realTime(2, 'AllTraffic', 'ml.inf1.xlarge'), ['Inf1 instances (ml.inf1.xlarge)']],
    [{ ...realTime(), marketplace: true }, ['AWS Marketplace model']],
    [realTime(2, 'AllTraffic', 'ml.inf2.xlarge'), []],
    [realTime(), []],
  ])('finds the exclusions of %o', (shape, reasons) => {
    expect(guardrailExclusions(shape)).toEqual(reasons);
  });

  it('looks at both configs and lists each reason once', () => {
    expect(guardrailExclusions(serverless, serverless, undefined, twoVariants)).toEqual([
      'serverless',
      'multi-variant',
    ]);
  });
});

describe('deploymentWarnings', () => {
  it('has nothing to say about a well-guarded canary', () => {
    expect(warningsFor({})).toEqual([]);
  });

  it('warns that guardrails would silently run a serverless update all at once', () => {
    const [warning] = warningsFor({ current: serverless, next: serverless });
    expect(warning).toMatchObject({ code: 'guardrails-excluded', severity: 'warning' });
    expect(warning?.message).toContain('(serverless)');
    expect(warning?.message).toContain('Canary25Percent5Minutes would silently run all at once');
    expect(warning?.message).toContain('traffic-shifting weights');
  });

  it.each([
    ['multi-variant', { current: twoVariants, next: twoVariants }],
    ['asynchronous inference', { next: { ...realTime(), async: true } }],
    ['Inf1 instances', { next: realTime(4, 'AllTraffic', 'ml.inf1.2xlarge') }],
    ['AWS Marketplace model', { next: { ...realTime(), marketplace: true } }],
  ])('warns about the %s exclusion', (reason, shapes) => {
    const warning = warningsFor(shapes).find((w) => w.code === 'guardrails-excluded');
    expect(warning?.message).toContain(reason);
  });

  it('says nothing about exclusions when the action shifts weights itself', () => {
    expect(codes({ trafficShifting: 'weights', current: serverless, next: serverless })).toEqual([]);
  });

  it('says nothing about exclusions for an all-at-once update with no bake, which loses nothing', () => {
    expect(codes({ preset: 'AllAtOnce', current: serverless, next: serverless, alarms: [] })).toEqual([
      'no-alarms',
    ]);
  });

  it('refuses rolling on serverless and multi-variant endpoints, instead of the exclusion warning', () => {
    for (const shape of [serverless, twoVariants]) {
      const warnings = warningsFor({ preset: 'Rolling20PercentEvery5Minutes', current: shape, next: shape });
      expect(warnings.map((w) => [w.code, w.severity])).toEqual([['rolling-not-allowed', 'error']]);
    }
    expect(codes({ preset: 'Rolling20PercentEvery5Minutes' })).toEqual([]);
  });

  it('says a new endpoint is created, where the strategy does not apply yet', () => {
    expect(warningsFor({ current: undefined })).toEqual([
      {
        code: 'new-endpoint',
        severity: 'info',
        message:
          'The endpoint is created, not updated: Canary25Percent5Minutes applies from the next update.',
      },
    ]);
    expect(codes({ current: undefined, next: serverless, preset: 'Rolling20PercentEvery1Minute' })).toEqual([
      'rolling-not-allowed',
      'new-endpoint',
    ]);
  });

  it('warns when the variant is renamed between configs', () => {
    const [warning] = warningsFor({ next: realTime(4, 'green') });
    expect(warning).toMatchObject({ code: 'variant-renamed', severity: 'warning' });
    expect(warning?.message).toContain('from AllTraffic to green');
    expect(warning?.message).toContain('Keep variant-name AllTraffic');
  });

  it('stops on alarms already in ALARM, naming them', () => {
    const warnings = warningsFor({
      alarms: [okAlarm, { name: 'churn-p99', state: 'ALARM' }, { name: 'churn-4xx', state: 'ALARM' }],
    });
    expect(warnings).toEqual([
      {
        code: 'alarm-in-alarm',
        severity: 'error',
        message:
          'Already in ALARM before the update: churn-p99, churn-4xx. The deployment stops before anything changes; fix the endpoint or the alarm first.',
      },
    ]);
  });

  it('warns when a bake is shorter than an alarm needs to fire', () => {
    const slow = { name: 'churn-p99', periodSeconds: 60, evaluationPeriods: 3 };
    const [warning] = warningsFor({ preset: 'Linear10PercentEvery2Minutes', alarms: [slow] });
    expect(warning?.code).toBe('bake-shorter-than-alarm');
    expect(warning?.message).toContain('needs 180 s (3 × 60 s)');
    expect(warning?.message).toContain('120 s bake');
    expect(codes({ preset: 'Linear10PercentEvery3Minutes', alarms: [slow] })).toEqual([]);
    expect(codes({ preset: 'Canary25Percent0Seconds', alarms: [okAlarm] })).toEqual([
      'bake-shorter-than-alarm',
    ]);
  });

  it('cannot judge the window of an alarm whose period it does not know', () => {
    expect(codes({ preset: 'Canary25Percent1Second', alarms: [{ name: 'named' }] })).toEqual([]);
  });

  it('warns when nothing guards the deployment', () => {
    expect(warningsFor({ alarms: [] })).toEqual([
      expect.objectContaining({ code: 'no-alarms', severity: 'warning' }),
    ]);
  });

  it('refuses more than ten guarding alarms under guardrails', () => {
    const alarms = Array.from({ length: 11 }, (_, i) => ({ ...okAlarm, name: `a${i}` }));
    expect(codes({ alarms })).toEqual(['too-many-alarms']);
    expect(codes({ alarms, trafficShifting: 'weights' })).toEqual([]);
  });

  it('notes when whole instances change the steps the user asked for', () => {
    const [linear] = warningsFor({ preset: 'Linear10PercentEvery1Minute', next: realTime(4) });
    expect(linear).toMatchObject({ code: 'steps-rounded', severity: 'info' });
    expect(linear?.message).toContain('in 4 steps (25%, 50%, 75%, 100%), not 10');
    const [canary] = warningsFor({ preset: 'Canary10Percent5Minutes', next: realTime(4) });
    expect(canary?.message).toContain('it takes 25% of traffic, not 10%');
    expect(codes({ preset: 'Canary10Percent5Minutes', next: realTime(10) })).toEqual([]);
  });
});
