import { describe, expect, it } from '@jest/globals';
import { parseDeploymentConfig } from '../src/deploymentConfig';
import { InputError } from '../src/errors';
import { deploymentTimeline, greenShares, instancesForPercent, weightSteps } from '../src/trafficPlan';

const strategy = parseDeploymentConfig;

describe('instancesForPercent', () => {
  it.each([
    [10, 4, 1],
    [25, 4, 1],
    [50, 4, 2],
    [30, 7, 3],
    [50, 3, 2],
    [10, 1, 1],
    [10, 20, 2],
    [5, 10, 1],
  ])('%i%% of %i instances is %i (whole instances, rounded up, at least one)', (percent, count, expected) => {
    expect(instancesForPercent(percent, count)).toBe(expected);
  });
});

describe('greenShares', () => {
  it.each([
    ['AllAtOnce', [100]],
    ['Canary10Percent5Minutes', [10, 100]],
    ['Linear10PercentEvery1Minute', [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]],
    ['Linear30PercentEvery1Minute', [30, 60, 90, 100]],
    ['Linear50PercentEvery1Minute', [50, 100]],
    ['Rolling20PercentEvery1Minute', [20, 40, 60, 80, 100]],
  ])('steps %s by its percentages when the fleet size is unknown', (name, shares) => {
    expect(greenShares(strategy(name))).toEqual(shares);
  });

  it.each([
    ['Linear10PercentEvery1Minute', 4, [25, 50, 75, 100]],
    ['Linear30PercentEvery1Minute', 10, [30, 60, 90, 100]],
    ['Linear30PercentEvery1Minute', 7, [42.86, 85.71, 100]],
    ['Canary10Percent5Minutes', 4, [25, 100]],
    ['Canary10Percent5Minutes', 20, [10, 100]],
    ['Rolling5PercentEvery1Minute', 10, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]],
    ['AllAtOnce', 3, [100]],
  ])('steps %s on %i instances by whole instances', (name, count, shares) => {
    expect(greenShares(strategy(name), count)).toEqual(shares);
  });
});

describe('weightSteps (traffic-shifting: weights)', () => {
  it('shifts a canary, then the rest, baking after each', () => {
    expect(weightSteps(strategy('Canary10Percent5Minutes'))).toEqual([
      { newWeightPercent: 10, oldWeightPercent: 90, bakeSeconds: 300 },
      { newWeightPercent: 100, oldWeightPercent: 0, bakeSeconds: 300 },
    ]);
  });

  it('shifts a linear deployment in equal steps, the last one topping up to 100', () => {
    expect(weightSteps(strategy('Linear40PercentEvery30Seconds'))).toEqual([
      { newWeightPercent: 40, oldWeightPercent: 60, bakeSeconds: 30 },
      { newWeightPercent: 80, oldWeightPercent: 20, bakeSeconds: 30 },
      { newWeightPercent: 100, oldWeightPercent: 0, bakeSeconds: 30 },
    ]);
  });

  it('shifts all at once in one step', () => {
    expect(weightSteps(strategy('AllAtOnce'))).toEqual([
      { newWeightPercent: 100, oldWeightPercent: 0, bakeSeconds: 0 },
    ]);
  });

  it('refuses rolling, which replaces instances rather than moving weights, suggesting linear', () => {
    let error: unknown;
    try {
      weightSteps(strategy('Rolling20PercentEvery1Minute'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]).toMatchObject({
      input: 'deployment-config',
      value: 'Rolling20PercentEvery1Minute',
      didYouMean: 'Linear20PercentEvery1Minute',
    });
    expect(() => weightSteps(strategy('Rolling5PercentEvery1Minute'))).toThrow(
      /with traffic-shifting weights/,
    );
  });
});

describe('deploymentTimeline', () => {
  it('lays out a guardrails canary with provisioning, bakes, termination wait and the double-fleet window', () => {
    const canary = strategy('Canary10Percent5Minutes', { terminationWaitSeconds: 600 });
    expect(deploymentTimeline(canary, { instanceCount: 4, provisioningSeconds: 300 })).toEqual({
      trafficShifting: 'guardrails',
      steps: [
        { startSeconds: 300, greenTrafficPercent: 25, greenInstances: 1, bakeSeconds: 300 },
        { startSeconds: 600, greenTrafficPercent: 100, greenInstances: 4, bakeSeconds: 300 },
      ],
      shiftedAtSeconds: 900,
      totalBakeSeconds: 600,
      terminationWaitSeconds: 600,
      rollbackWindowSeconds: 0,
      totalSeconds: 1500,
      doubleFleetSeconds: 1500,
      extraInstances: 4,
    });
  });

  it('lays out a linear deployment from the preset alone', () => {
    const timeline = deploymentTimeline(strategy('Linear10PercentEvery1Minute'));
    expect(timeline.steps).toHaveLength(10);
    expect(timeline.steps[9]).toEqual({ startSeconds: 540, greenTrafficPercent: 100, bakeSeconds: 60 });
    expect(timeline.totalSeconds).toBe(600);
    expect(timeline.doubleFleetSeconds).toBe(600);
    expect(timeline.extraInstances).toBeUndefined();
  });

  it('takes fewer, larger steps when the fleet is small', () => {
    const timeline = deploymentTimeline(strategy('Linear10PercentEvery1Minute'), { instanceCount: 2 });
    expect(timeline.steps.map((s) => s.greenTrafficPercent)).toEqual([50, 100]);
    expect(timeline.totalSeconds).toBe(120);
  });

  it('lays out all-at-once as one step with the termination wait', () => {
    const timeline = deploymentTimeline(strategy('AllAtOnce', { terminationWaitSeconds: 3600 }));
    expect(timeline.steps).toEqual([{ startSeconds: 0, greenTrafficPercent: 100, bakeSeconds: 0 }]);
    expect(timeline.totalSeconds).toBe(3600);
    expect(timeline.doubleFleetSeconds).toBe(3600);
  });

  it('counts the rollback window in the total but not in the guardrails double-fleet window', () => {
    const timeline = deploymentTimeline(strategy('Canary10Percent1Minute'), { rollbackWindowSeconds: 900 });
    expect(timeline.totalSeconds).toBe(120 + 900);
    expect(timeline.doubleFleetSeconds).toBe(120);
  });

  it('provisions and bakes a rolling update batch by batch, with one batch of extra capacity', () => {
    const rolling = strategy('Rolling20PercentEvery1Minute');
    expect(deploymentTimeline(rolling, { instanceCount: 10, provisioningSeconds: 120 })).toEqual({
      trafficShifting: 'guardrails',
      steps: [
        { startSeconds: 120, greenTrafficPercent: 20, greenInstances: 2, bakeSeconds: 60 },
        { startSeconds: 300, greenTrafficPercent: 40, greenInstances: 4, bakeSeconds: 60 },
        { startSeconds: 480, greenTrafficPercent: 60, greenInstances: 6, bakeSeconds: 60 },
        { startSeconds: 660, greenTrafficPercent: 80, greenInstances: 8, bakeSeconds: 60 },
        { startSeconds: 840, greenTrafficPercent: 100, greenInstances: 10, bakeSeconds: 60 },
      ],
      shiftedAtSeconds: 900,
      totalBakeSeconds: 300,
      terminationWaitSeconds: 0,
      rollbackWindowSeconds: 0,
      totalSeconds: 900,
      doubleFleetSeconds: 900,
      extraInstances: 2,
    });
  });

  it('lays out weights mode, where the old variant stays through the rollback window', () => {
    const canary = strategy('Canary10Percent5Minutes', { terminationWaitSeconds: 600 });
    expect(
      deploymentTimeline(canary, {
        trafficShifting: 'weights',
        instanceCount: 2,
        rollbackWindowSeconds: 600,
      }),
    ).toEqual({
      trafficShifting: 'weights',
      steps: [
        { startSeconds: 0, greenTrafficPercent: 10, bakeSeconds: 300 },
        { startSeconds: 300, greenTrafficPercent: 100, bakeSeconds: 300 },
      ],
      shiftedAtSeconds: 600,
      totalBakeSeconds: 600,
      terminationWaitSeconds: 0,
      rollbackWindowSeconds: 600,
      totalSeconds: 1200,
      doubleFleetSeconds: 1200,
      extraInstances: 2,
    });
  });

  it('serialises without nulls, since the plan is an action output', () => {
    const json = JSON.stringify(deploymentTimeline(strategy('Linear50PercentEvery1Minute')));
    expect(json).not.toContain('null');
    expect(JSON.parse(json).steps).toHaveLength(2);
  });
});
