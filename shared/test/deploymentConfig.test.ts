import { describe, expect, it } from '@jest/globals';
import {
  parseDeploymentConfig,
  toCodeDeployConfigName,
  toSageMakerDeploymentConfig,
  totalWaitSeconds,
  validateDeploymentStrategy,
} from '../src/deploymentConfig';
import { suggestPresetName } from '../src/deploymentPresetName';
import { InputError } from '../src/errors';

function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

const problemOf = (fn: () => unknown) => {
  const problem = inputErrorOf(fn).problems[0];
  if (!problem) throw new Error('an InputError without a problem');
  return problem;
};

describe('parseDeploymentConfig: preset names', () => {
  it.each([
    ['AllAtOnce', 'all-at-once', 100, 0, 'AllAtOnce'],
    ['Canary10Percent5Minutes', 'canary', 10, 300, 'Canary10Percent5Minutes'],
    ['Canary10Percent1Minute', 'canary', 10, 60, 'Canary10Percent1Minute'],
    ['Canary25Percent30Seconds', 'canary', 25, 30, 'Canary25Percent30Seconds'],
    ['Canary5Percent1Second', 'canary', 5, 1, 'Canary5Percent1Second'],
    ['Canary10Percent120Seconds', 'canary', 10, 120, 'Canary10Percent2Minutes'],
    ['Linear10PercentEvery1Minute', 'linear', 10, 60, 'Linear10PercentEvery1Minute'],
    ['Linear10PercentEvery1Minutes', 'linear', 10, 60, 'Linear10PercentEvery1Minute'],
    ['Linear20PercentEvery3Minutes', 'linear', 20, 180, 'Linear20PercentEvery3Minutes'],
    ['Linear20PercentEvery30Seconds', 'linear', 20, 30, 'Linear20PercentEvery30Seconds'],
    ['Linear50PercentEvery1Second', 'linear', 50, 1, 'Linear50PercentEvery1Second'],
    ['Rolling20PercentEvery1Minute', 'rolling', 20, 60, 'Rolling20PercentEvery1Minute'],
    ['Rolling5PercentEvery10Seconds', 'rolling', 5, 10, 'Rolling5PercentEvery10Seconds'],
  ])('reads %s', (name, kind, percent, intervalSeconds, preset) => {
    expect(parseDeploymentConfig(name)).toEqual({ kind, percent, intervalSeconds, preset });
  });

  it.each([
    ['CodeDeployDefault.AllAtOnce', 'all-at-once', 100, 0],
    ['CodeDeployDefault.LambdaAllAtOnce', 'all-at-once', 100, 0],
    ['CodeDeployDefault.ECSAllAtOnce', 'all-at-once', 100, 0],
    ['CodeDeployDefault.LambdaCanary10Percent15Minutes', 'canary', 10, 900],
    ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', 'linear', 10, 120],
    ['CodeDeployDefault.ECSCanary10Percent5Minutes', 'canary', 10, 300],
    ['CodeDeployDefault.ECSLinear10PercentEvery1Minutes', 'linear', 10, 60],
    ['CodeDeployDefault.Canary10Percent5Minutes', 'canary', 10, 300],
  ])('reads the CodeDeploy name %s', (name, kind, percent, intervalSeconds) => {
    expect(parseDeploymentConfig(name)).toMatchObject({ kind, percent, intervalSeconds });
  });

  it('ignores surrounding whitespace, as workflow YAML often leaves it', () => {
    expect(parseDeploymentConfig('  Canary10Percent5Minutes\n').preset).toBe('Canary10Percent5Minutes');
  });

  it.each([
    ['Linear10PercentEvery1Minute', true],
    ['Linear50PercentEvery1Minute', true],
    ['Linear9PercentEvery1Minute', false],
    ['Linear51PercentEvery1Minute', false],
    ['Rolling5PercentEvery1Minute', true],
    ['Rolling50PercentEvery1Minute', true],
    ['Rolling4PercentEvery1Minute', false],
    ['Rolling51PercentEvery1Minute', false],
    ['Canary1Percent5Minutes', true],
    ['Canary50Percent5Minutes', true],
    ['Canary0Percent5Minutes', false],
    ['Canary51Percent5Minutes', false],
    ['Canary10Percent0Seconds', true],
    ['Canary10Percent3600Seconds', true],
    ['Canary10Percent60Minutes', true],
    ['Canary10Percent3601Seconds', false],
    ['Canary10Percent61Minutes', false],
    ['Linear10PercentEvery0Seconds', true],
    ['Rolling50PercentEvery3600Seconds', true],
  ])('boundary %s accepted: %s', (name, accepted) => {
    if (accepted) expect(() => parseDeploymentConfig(name)).not.toThrow();
    else expect(() => parseDeploymentConfig(name)).toThrow(InputError);
  });
});

describe('parseDeploymentConfig: errors name the input, the value, what is allowed and a suggestion', () => {
  it('rejects a canary without a time and suggests the same canary with one', () => {
    const error = inputErrorOf(() => parseDeploymentConfig('Canary10Percent'));
    expect(error.message).toContain('Input "deployment-config" is "Canary10Percent"');
    expect(error.message).toContain('Canary<P>Percent<N>Minutes|Minute|Seconds|Second');
    expect(error.message).toContain('Did you mean "Canary10Percent5Minutes"?');
  });

  it('keeps the numbers the user typed in its suggestion', () => {
    expect(problemOf(() => parseDeploymentConfig('Canary20Percent')).didYouMean).toBe(
      'Canary20Percent5Minutes',
    );
    expect(problemOf(() => parseDeploymentConfig('Canary20Percent7')).didYouMean).toBe(
      'Canary20Percent7Minutes',
    );
  });

  it('rejects a linear step beyond 50% and suggests the largest allowed', () => {
    const problem = problemOf(() => parseDeploymentConfig('Linear60PercentEvery1Minute'));
    expect(problem).toMatchObject({ input: 'deployment-config', value: 'Linear60PercentEvery1Minute' });
    expect(problem.allowed).toContain('a linear step moves 10% to 50% of the fleet');
    expect(problem.allowed).toContain('LinearStepSize');
    expect(problem.didYouMean).toBe('Linear50PercentEvery1Minute');
  });

  it('rejects a rolling batch below 5% and suggests 5%', () => {
    const problem = problemOf(() => parseDeploymentConfig('Rolling3PercentEvery1Minute'));
    expect(problem.allowed).toContain('a rolling batch moves 5% to 50%');
    expect(problem.allowed).toContain('not 3%');
    expect(problem.didYouMean).toBe('Rolling5PercentEvery1Minute');
  });

  it('rejects a bake beyond an hour and suggests the longest', () => {
    const problem = problemOf(() => parseDeploymentConfig('Canary10Percent90Minutes'));
    expect(problem.allowed).toContain('0 to 3600 seconds');
    expect(problem.allowed).toContain('not 5400 s');
    expect(problem.didYouMean).toBe('Canary10Percent60Minutes');
  });

  it.each([
    ['Canery10Percent5Minutes', 'Canary10Percent5Minutes'],
    ['canary10percent5minutes', 'Canary10Percent5Minutes'],
    ['Linear10PercentEvery1Minuets', 'Linear10PercentEvery1Minute'],
    ['LinearEvery10Percent1Minute', 'Linear10PercentEvery1Minute'],
    ['AllAtonce', 'AllAtOnce'],
    ['all-at-once', 'AllAtOnce'],
  ])('suggests a near miss: %s -> %s', (typed, meant) => {
    expect(problemOf(() => parseDeploymentConfig(typed)).didYouMean).toBe(meant);
  });

  it('does not suggest anything for an unrelated word, but still lists the grammar', () => {
    const problem = problemOf(() => parseDeploymentConfig('blue-green'));
    expect(problem.didYouMean).toBeUndefined();
    expect(problem.allowed).toContain('AllAtOnce');
    expect(suggestPresetName('')).toBeUndefined();
  });
});

describe('refinements: termination-wait-seconds and max-execution-seconds', () => {
  it('carries them on the strategy', () => {
    expect(
      parseDeploymentConfig('Canary10Percent5Minutes', {
        terminationWaitSeconds: 0,
        maxExecutionSeconds: 3600,
      }),
    ).toMatchObject({ terminationWaitSeconds: 0, maxExecutionSeconds: 3600 });
  });

  it.each([0, 3600])('accepts a termination wait of %i s', (wait) => {
    expect(() => parseDeploymentConfig('AllAtOnce', { terminationWaitSeconds: wait })).not.toThrow();
  });

  it.each([-1, 3601, 1.5])('rejects a termination wait of %s s, naming its own input', (wait) => {
    expect(
      problemOf(() => parseDeploymentConfig('AllAtOnce', { terminationWaitSeconds: wait })),
    ).toMatchObject({
      input: 'termination-wait-seconds',
      value: String(wait),
      allowed: 'it must be a whole number from 0 to 3600',
    });
  });

  it('rejects a termination wait on a rolling update, which keeps no old fleet', () => {
    const problem = problemOf(() =>
      parseDeploymentConfig('Rolling20PercentEvery1Minute', { terminationWaitSeconds: 60 }),
    );
    expect(problem.input).toBe('termination-wait-seconds');
    expect(problem.allowed).toContain('blue/green');
  });

  it.each([599, 28801])('rejects a maximum execution time of %i s', (max) => {
    expect(problemOf(() => parseDeploymentConfig('AllAtOnce', { maxExecutionSeconds: max }))).toMatchObject({
      input: 'max-execution-seconds',
      allowed: 'it must be a whole number from 600 to 28800',
    });
  });

  it('accepts 600 and 28800 when they outlast the waits', () => {
    expect(() => parseDeploymentConfig('AllAtOnce', { maxExecutionSeconds: 600 })).not.toThrow();
    expect(() =>
      parseDeploymentConfig('Canary10Percent60Minutes', { maxExecutionSeconds: 28800 }),
    ).not.toThrow();
  });

  it('insists that the execution timeout is larger than the bakes plus the termination wait', () => {
    // Canary10Percent5Minutes bakes twice (canary, then the whole fleet): 600 s, plus 300 s of wait.
    const problem = problemOf(() =>
      parseDeploymentConfig('Canary10Percent5Minutes', {
        terminationWaitSeconds: 300,
        maxExecutionSeconds: 900,
      }),
    );
    expect(problem.input).toBe('max-execution-seconds');
    expect(problem.value).toBe('900');
    expect(problem.allowed).toContain(
      'larger than the bakes and termination wait of Canary10Percent5Minutes (900 s)',
    );
    expect(problem.didYouMean).toBe('1500');
    expect(() =>
      parseDeploymentConfig('Canary10Percent5Minutes', {
        terminationWaitSeconds: 300,
        maxExecutionSeconds: 901,
      }),
    ).not.toThrow();
  });

  it('rejects a preset whose waits no execution timeout can cover', () => {
    // 10 steps of an hour: longer than SageMaker's 8-hour ceiling.
    const problem = problemOf(() => parseDeploymentConfig('Linear10PercentEvery60Minutes'));
    expect(problem.input).toBe('deployment-config');
    expect(problem.allowed).toContain('36000 s');
  });

  it('counts the waits by whole instances once the fleet size is known', () => {
    const linear = parseDeploymentConfig('Linear10PercentEvery10Minutes');
    expect(totalWaitSeconds(linear)).toBe(6000);
    expect(totalWaitSeconds(linear, 2)).toBe(1200);
  });
});

describe('the canary is at most half the fleet', () => {
  it('rejects a canary on a single instance, which would be the whole fleet', () => {
    const problem = problemOf(() => parseDeploymentConfig('Canary10Percent5Minutes', { instanceCount: 1 }));
    expect(problem.input).toBe('deployment-config');
    expect(problem.allowed).toContain('at most half of the new fleet');
    expect(problem.allowed).toContain('instance-count 1');
    expect(problem.didYouMean).toBeUndefined();
  });

  it('rejects a canary that rounds past half and suggests the largest that fits', () => {
    // 50% of 3 instances is 2 instances (rounded up), more than half.
    const problem = problemOf(() => parseDeploymentConfig('Canary50Percent5Minutes', { instanceCount: 3 }));
    expect(problem.didYouMean).toBe('Canary33Percent5Minutes');
    expect(() => parseDeploymentConfig('Canary33Percent5Minutes', { instanceCount: 3 })).not.toThrow();
  });

  it('accepts half of an even fleet', () => {
    expect(() => parseDeploymentConfig('Canary50Percent5Minutes', { instanceCount: 2 })).not.toThrow();
    expect(() => parseDeploymentConfig('Canary10Percent5Minutes', { instanceCount: 2 })).not.toThrow();
  });

  it('can be checked after parsing, once the instance count is known', () => {
    const canary = parseDeploymentConfig('Canary10Percent5Minutes');
    expect(() => validateDeploymentStrategy(canary, 1)).toThrow(InputError);
    expect(() => toSageMakerDeploymentConfig(canary, { instanceCount: 1 })).toThrow(/at most half/);
  });
});

describe('toSageMakerDeploymentConfig', () => {
  it('builds a blue/green canary guarded by alarms, exactly as UpdateEndpoint takes it', () => {
    const strategy = parseDeploymentConfig('Canary10Percent5Minutes', {
      terminationWaitSeconds: 120,
      maxExecutionSeconds: 1800,
    });
    expect(toSageMakerDeploymentConfig(strategy, { instanceCount: 4, alarms: ['p99', '5xx'] })).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'CANARY',
          CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 },
          WaitIntervalInSeconds: 300,
        },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 1800,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'p99' }, { AlarmName: '5xx' }] },
    });
  });

  it('builds a linear shift, leaving out what the user did not set', () => {
    expect(toSageMakerDeploymentConfig(parseDeploymentConfig('Linear20PercentEvery30Seconds'))).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'LINEAR',
          LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 20 },
          WaitIntervalInSeconds: 30,
        },
      },
    });
  });

  it('builds all-at-once with its (required) wait interval', () => {
    expect(toSageMakerDeploymentConfig(parseDeploymentConfig('AllAtOnce'), { alarms: ['a'] })).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 },
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'a' }] },
    });
  });

  it('builds a rolling update with a batch size and no blue/green policy', () => {
    const strategy = parseDeploymentConfig('Rolling20PercentEvery1Minute', { maxExecutionSeconds: 3600 });
    expect(toSageMakerDeploymentConfig(strategy, { alarms: ['a'] })).toEqual({
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 20 },
        WaitIntervalInSeconds: 60,
        MaximumExecutionTimeoutInSeconds: 3600,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'a' }] },
    });
  });

  it('sends whole instances when asked, rounded up as plan mode shows them', () => {
    const config = toSageMakerDeploymentConfig(parseDeploymentConfig('Linear10PercentEvery1Minute'), {
      instanceCount: 4,
      capacityType: 'INSTANCE_COUNT',
    });
    expect(config.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.LinearStepSize).toEqual({
      Type: 'INSTANCE_COUNT',
      Value: 1,
    });
    expect(() =>
      toSageMakerDeploymentConfig(parseDeploymentConfig('Linear10PercentEvery1Minute'), {
        capacityType: 'INSTANCE_COUNT',
      }),
    ).toThrow(/instance count/);
  });

  it('leaves out the rollback configuration without alarms, and drops duplicates and blanks', () => {
    const strategy = parseDeploymentConfig('AllAtOnce');
    expect(toSageMakerDeploymentConfig(strategy, { alarms: [] }).AutoRollbackConfiguration).toBeUndefined();
    expect(
      toSageMakerDeploymentConfig(strategy, { alarms: ['a', 'a', ' ', 'b'] }).AutoRollbackConfiguration,
    ).toEqual({
      Alarms: [{ AlarmName: 'a' }, { AlarmName: 'b' }],
    });
  });

  it('accepts ten guarding alarms and refuses eleven, naming the alarms input', () => {
    const strategy = parseDeploymentConfig('AllAtOnce');
    const names = Array.from({ length: 11 }, (_, i) => `alarm-${i}`);
    expect(() => toSageMakerDeploymentConfig(strategy, { alarms: names.slice(0, 10) })).not.toThrow();
    const problem = problemOf(() => toSageMakerDeploymentConfig(strategy, { alarms: names }));
    expect(problem.input).toBe('alarms');
    expect(problem.allowed).toContain('at most 10 alarms');
  });

  it('refuses an alarm name longer than CloudWatch allows', () => {
    const long = 'a'.repeat(256);
    expect(
      problemOf(() => toSageMakerDeploymentConfig(parseDeploymentConfig('AllAtOnce'), { alarms: [long] })),
    ).toMatchObject({ input: 'alarms', value: long });
  });
});

describe('toCodeDeployConfigName', () => {
  it.each([
    ['AllAtOnce', 'Lambda', 'CodeDeployDefault.LambdaAllAtOnce'],
    ['AllAtOnce', 'ECS', 'CodeDeployDefault.ECSAllAtOnce'],
    ['Canary10Percent5Minutes', 'Lambda', 'CodeDeployDefault.LambdaCanary10Percent5Minutes'],
    ['Canary10Percent10Minutes', 'Lambda', 'CodeDeployDefault.LambdaCanary10Percent10Minutes'],
    ['Canary10Percent15Minutes', 'Lambda', 'CodeDeployDefault.LambdaCanary10Percent15Minutes'],
    ['Canary10Percent30Minutes', 'Lambda', 'CodeDeployDefault.LambdaCanary10Percent30Minutes'],
    ['Canary10Percent300Seconds', 'Lambda', 'CodeDeployDefault.LambdaCanary10Percent5Minutes'],
    ['Linear10PercentEvery1Minute', 'Lambda', 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute'],
    ['Linear10PercentEvery2Minutes', 'Lambda', 'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes'],
    ['Linear10PercentEvery3Minutes', 'Lambda', 'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes'],
    ['Linear10PercentEvery10Minutes', 'Lambda', 'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes'],
    ['Canary10Percent5Minutes', 'ECS', 'CodeDeployDefault.ECSCanary10Percent5Minutes'],
    ['Canary10Percent15Minutes', 'ECS', 'CodeDeployDefault.ECSCanary10Percent15Minutes'],
    ['Linear10PercentEvery1Minute', 'ECS', 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes'],
    ['Linear10PercentEvery3Minutes', 'ECS', 'CodeDeployDefault.ECSLinear10PercentEvery3Minutes'],
  ] as const)('maps %s on %s to the predefined %s', (preset, platform, name) => {
    expect(toCodeDeployConfigName(parseDeploymentConfig(preset), platform)).toEqual({
      deploymentConfigName: name,
      predefined: true,
    });
  });

  it('creates a custom time-based canary where no predefined config matches', () => {
    expect(toCodeDeployConfigName(parseDeploymentConfig('Canary10Percent10Minutes'), 'ECS')).toEqual({
      deploymentConfigName: 'modelship-ECS-Canary10Percent10Minutes',
      predefined: false,
      create: {
        deploymentConfigName: 'modelship-ECS-Canary10Percent10Minutes',
        computePlatform: 'ECS',
        trafficRoutingConfig: {
          type: 'TimeBasedCanary',
          timeBasedCanary: { canaryPercentage: 10, canaryInterval: 10 },
        },
      },
    });
  });

  it('creates a custom time-based linear config with the interval in minutes', () => {
    expect(
      toCodeDeployConfigName(parseDeploymentConfig('Linear25PercentEvery120Seconds'), 'Lambda').create
        ?.trafficRoutingConfig,
    ).toEqual({ type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 25, linearInterval: 2 } });
  });

  it('refuses intervals CodeDeploy cannot express, suggesting whole minutes', () => {
    const problem = problemOf(() =>
      toCodeDeployConfigName(parseDeploymentConfig('Canary10Percent30Seconds'), 'Lambda'),
    );
    expect(problem).toMatchObject({ input: 'deployment-config', value: 'Canary10Percent30Seconds' });
    expect(problem.allowed).toContain('whole minutes');
    expect(problem.didYouMean).toBe('Canary10Percent1Minute');
  });

  it('refuses rolling, which CodeDeploy does not have, suggesting linear', () => {
    const problem = problemOf(() =>
      toCodeDeployConfigName(parseDeploymentConfig('Rolling20PercentEvery1Minute'), 'ECS'),
    );
    expect(problem.allowed).toContain('Rolling is a SageMaker endpoint update');
    expect(problem.didYouMean).toBe('Linear20PercentEvery1Minute');
  });
});
