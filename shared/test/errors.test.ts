import { describe, expect, it } from '@jest/globals';
import { describeInputProblem, failureMessage, InputError, ModelshipError } from '../src';

describe('errors', () => {
  it('describes a bad input with its value, what is allowed and a suggestion', () => {
    expect(
      describeInputProblem({
        input: 'traffic-shifting',
        value: 'weight',
        allowed: 'allowed: auto, guardrails, weights.',
        didYouMean: 'weights',
      }),
    ).toBe(
      'Input "traffic-shifting" is "weight"; allowed: auto, guardrails, weights. Did you mean "weights"?',
    );
  });

  it('says "is missing" for an empty value', () => {
    expect(describeInputProblem({ input: 'endpoint-name', value: '', allowed: 'it is required' })).toBe(
      'Input "endpoint-name" is missing; it is required.',
    );
  });

  it('lists every problem of an InputError, one per line, and hints at the README', () => {
    const error = new InputError([
      { input: 'a', value: '', allowed: 'it is required' },
      { input: 'b', value: 'x', allowed: 'allowed: y' },
    ]);
    expect(error).toBeInstanceOf(ModelshipError);
    expect(error.message.split('\n')).toEqual([
      'Input "a" is missing; it is required.',
      'Input "b" is "x"; allowed: y.',
    ]);
    expect(error.hint).toMatch(/README/);
    expect(InputError.single({ input: 'a', value: '', allowed: 'it is required' }).problems).toHaveLength(1);
  });

  it('formats a ModelshipError with its hint for core.setFailed', () => {
    expect(failureMessage(new ModelshipError('The endpoint was rolled back.', 'Look at the alarm.'))).toBe(
      'The endpoint was rolled back.\nWhat to do: Look at the alarm.',
    );
    expect(failureMessage(new ModelshipError('No hint.'))).toBe('No hint.');
  });

  it("keeps an AWS error's code in front of its message", () => {
    const aws = Object.assign(new Error('Could not find endpoint "x".'), { name: 'ValidationException' });
    expect(failureMessage(aws)).toBe('ValidationException: Could not find endpoint "x".');
    expect(failureMessage(new Error('plain'))).toBe('plain');
    expect(failureMessage('a string')).toBe('a string');
  });
});
