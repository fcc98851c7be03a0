import { describe, expect, it } from '@jest/globals';
import { candidateNamePrefix, candidatesText, rankCandidates } from '../src/rollbackCandidates';

describe('rankCandidates', () => {
  it('lists newest first, leaves out the serving config, and keeps at most the limit', () => {
    const ranked = rankCandidates(
      [
        { name: 'old', createdAt: new Date(1_000) },
        { name: 'serving', createdAt: new Date(5_000) },
        { name: 'newer', createdAt: new Date(3_000) },
        { name: 'middle', createdAt: new Date(2_000) },
      ],
      'serving',
      2,
    );
    expect(ranked.map((c) => c.name)).toEqual(['newer', 'middle']);
  });
});

describe('candidatesText', () => {
  it('names each candidate with its model and creation time', () => {
    const text = candidatesText([
      { name: 'churn-a', modelName: 'churn-model-a', createdAt: new Date('2025-01-02T03:04:05Z') },
      { name: 'churn-b' },
    ]);
    expect(text).toContain('newest first');
    expect(text).toContain('churn-a (model churn-model-a, created 2025-01-02T03:04:05.000Z)');
    expect(text).toContain('churn-b (model unknown, created at an unknown time)');
  });

  it('says so when there is nothing to choose from', () => {
    expect(candidatesText([])).toMatch(/No other endpoint config/);
  });
});

describe('candidateNamePrefix', () => {
  it('is the part of the endpoint name that deploy-endpoint keeps in config names', () => {
    expect(candidateNamePrefix('churn')).toBe('churn');
    expect(candidateNamePrefix(`${'a'.repeat(47)}-bbbb`)).toBe('a'.repeat(47));
  });
});
