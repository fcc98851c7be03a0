import { describe, expect, it } from '@jest/globals';
import { trafficRoutingProblem, trafficSchedule } from '../src/services/codedeploy/trafficSchedule';

describe('CodeDeploy traffic schedule', () => {
  it('moves a canary percentage first, then the rest after the interval', () => {
    const schedule = trafficSchedule(
      { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 } },
      1,
    );
    expect(schedule).toEqual([
      { atMs: 0, weight: 0.1 },
      { atMs: 300_000, weight: 1 },
    ]);
  });

  it('divides AWS minutes by the time scale', () => {
    const schedule = trafficSchedule(
      { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 25, canaryInterval: 5 } },
      600,
    );
    expect(schedule).toEqual([
      { atMs: 0, weight: 0.25 },
      { atMs: 500, weight: 1 },
    ]);
  });

  it('adds the linear percentage every interval, with exact weights, until all traffic has moved', () => {
    const schedule = trafficSchedule(
      { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 10, linearInterval: 1 } },
      60,
    );
    expect(schedule.map((s) => s.weight)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(schedule.map((s) => s.atMs)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]);
  });

  it('caps the last linear step at 100%', () => {
    const schedule = trafficSchedule(
      { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 40, linearInterval: 2 } },
      1,
    );
    expect(schedule).toEqual([
      { atMs: 0, weight: 0.4 },
      { atMs: 120_000, weight: 0.8 },
      { atMs: 240_000, weight: 1 },
    ]);
  });

  it('moves everything at once for AllAtOnce', () => {
    expect(trafficSchedule({ type: 'AllAtOnce' }, 60)).toEqual([{ atMs: 0, weight: 1 }]);
  });
});

describe('CodeDeploy traffic routing validation', () => {
  it('accepts the shapes CodeDeploy accepts', () => {
    expect(trafficRoutingProblem({ type: 'AllAtOnce' })).toBeUndefined();
    expect(
      trafficRoutingProblem({
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 },
      }),
    ).toBeUndefined();
    expect(
      trafficRoutingProblem({
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: 50, linearInterval: 1 },
      }),
    ).toBeUndefined();
  });

  it('says what is wrong with percentages, intervals, missing members and types', () => {
    expect(
      trafficRoutingProblem({
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: 100, canaryInterval: 5 },
      }),
    ).toMatch(/canaryPercentage must be a whole number from 1 to 99/);
    expect(
      trafficRoutingProblem({
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: 10, linearInterval: 0 },
      }),
    ).toMatch(/linearInterval/);
    expect(trafficRoutingProblem({ type: 'TimeBasedCanary' })).toMatch(/needs timeBasedCanary/);
    expect(trafficRoutingProblem({ type: 'Sometimes' as never })).toMatch(
      /must be TimeBasedCanary, TimeBasedLinear or AllAtOnce/,
    );
  });
});
