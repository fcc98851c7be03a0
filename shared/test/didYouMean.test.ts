import { describe, expect, it } from '@jest/globals';
import { didYouMean } from '../src';

describe('didYouMean', () => {
  const strategies = ['auto', 'guardrails', 'weights'];

  it('suggests the closest allowed value for a typo, ignoring case', () => {
    expect(didYouMean('gaurdrails', strategies)).toBe('guardrails');
    expect(didYouMean('Weights', ['weights', 'auto'])).toBe('weights');
    expect(didYouMean('WEIGHT', strategies)).toBe('weights');
  });

  it('suggests nothing for an unrelated word or an exact match', () => {
    expect(didYouMean('kubernetes', strategies)).toBeUndefined();
    expect(didYouMean('auto', strategies)).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
