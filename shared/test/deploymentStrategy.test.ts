import { describe, expect, it } from '@jest/globals';
import {
  InputError,
  parseDeploymentStrategy,
  toSageMakerDeploymentConfig,
  totalBakeSeconds,
  trafficShares,
  validateTimeouts,
} from '../src';

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
};

describe('parseDeploymentStrategy', () => {
  it.each([
    ['AllAtOnce', { kind: 'all-at-once', bakeSeconds: 0 }],
    ['Canary10Percent5Minutes', { kind: 'canary', percent: 10, bakeSeconds: 300 }],
    ['Canary25Percent30Seconds', { kind: 'canary', percent: 25, bakeSeconds: 30 }],
    ['Linear10PercentEvery1Minute', { kind: 'linear', percent: 10, bakeSeconds: 60 }],
    ['Linear50PercentEvery2Seconds', { kind: 'linear', percent: 50, bakeSeconds: 2 }],
    ['Rolling5PercentEvery1Minute', { kind: 'rolling', percent: 5, bakeSeconds: 60 }],
    ['CodeDeployDefault.LambdaCanary10Percent15Minutes', { kind: 'canary', percent: 10, bakeSeconds: 900 }],
    ['CodeDeployDefault.ECSLinear10PercentEvery3Minutes', { kind: 'linear', percent: 10, bakeSeconds: 180 }],
    ['Canary10Percent60Minutes', { kind: 'canary', percent: 10, bakeSeconds: 3600 }],
  ])('reads %s', (name, expected) => {
    expect(parseDeploymentStrategy(name)).toEqual(expected);
  });

  it('rejects a canary without a time, naming the input, the value, the grammar and the closest name', () => {
    const err = errorOf(() => parseDeploymentStrategy('Canary10Percent'));
    expect(err.message).toContain('Input "deployment-config" is "Canary10Percent"');
    expect(err.message).toContain('Canary<P>Percent<N>Minutes|Seconds');
    expect(err.problems[0]?.didYouMean).toBe('Canary10Percent5Minutes');
  });

  it.each([
    ['Linear60PercentEvery1Minute', 'a linear step must move 10% to 50%'],
    ['Linear5PercentEvery1Minute', 'a linear step must move 10% to 50%'],
    ['Rolling4PercentEvery1Minute', 'a rolling step must move 5% to 50%'],
    ['Canary51Percent5Minutes', 'a canary step must move 1% to 50%'],
    ['Canary10Percent61Minutes', 'at most 3600 seconds'],
  ])('rejects %s beyond SageMaker limits', (name, message) => {
    expect(errorOf(() => parseDeploymentStrategy(name)).message).toContain(message);
  });

  it('accepts the boundaries', () => {
    expect(() => parseDeploymentStrategy('Linear10PercentEvery0Seconds')).not.toThrow();
    expect(() => parseDeploymentStrategy('Rolling50PercentEvery3600Seconds')).not.toThrow();
  });
});

describe('trafficShares and bakes', () => {
  it('steps a linear deployment in equal shares up to 100', () => {
    expect(trafficShares(parseDeploymentStrategy('Linear30PercentEvery1Minute'))).toEqual([30, 60, 90, 100]);
    expect(totalBakeSeconds(parseDeploymentStrategy('Linear30PercentEvery1Minute'))).toBe(240);
  });

  it('bakes a canary twice: the canary, then the whole fleet', () => {
    expect(trafficShares(parseDeploymentStrategy('Canary10Percent5Minutes'))).toEqual([10, 100]);
    expect(totalBakeSeconds(parseDeploymentStrategy('Canary10Percent5Minutes'))).toBe(600);
  });

  it('insists that the execution timeout outlasts the bakes', () => {
    const canary = parseDeploymentStrategy('Canary10Percent5Minutes');
    expect(() => validateTimeouts(canary, { maxExecutionSeconds: 600 })).toThrow(/larger than .*600 s/);
    expect(() =>
      validateTimeouts(canary, { maxExecutionSeconds: 1200, terminationWaitSeconds: 300 }),
    ).not.toThrow();
    expect(() => validateTimeouts(canary, { terminationWaitSeconds: 3601 })).toThrow(
      /termination-wait-seconds/,
    );
  });
});

describe('toSageMakerDeploymentConfig', () => {
  it('builds a blue/green canary guarded by alarms', () => {
    expect(
      toSageMakerDeploymentConfig(
        parseDeploymentStrategy('Canary10Percent5Minutes'),
        { terminationWaitSeconds: 120 },
        ['p99', '5xx'],
      ),
    ).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'CANARY',
          CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 },
          WaitIntervalInSeconds: 300,
        },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: undefined,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'p99' }, { AlarmName: '5xx' }] },
    });
  });

  it('builds a rolling update with a batch size', () => {
    const config = toSageMakerDeploymentConfig(
      parseDeploymentStrategy('Rolling20PercentEvery1Minute'),
      {},
      [],
    );
    expect(config.RollingUpdatePolicy?.MaximumBatchSize).toEqual({ Type: 'CAPACITY_PERCENT', Value: 20 });
    expect(config.AutoRollbackConfiguration).toBeUndefined();
  });

  it('refuses more than ten guarding alarms', () => {
    const names = Array.from({ length: 11 }, (_, i) => `a${i}`);
    expect(() => toSageMakerDeploymentConfig(parseDeploymentStrategy('AllAtOnce'), {}, names)).toThrow(
      /at most 10/,
    );
  });
});
