import { describe, expect, it } from '@jest/globals';
import { readRollbackTo, rollbackToProblem } from '../src/rollbackTarget';

describe('readRollbackTo', () => {
  it('reads previous, last-approved and a config name', () => {
    expect(readRollbackTo('previous')).toEqual({ kind: 'previous' });
    expect(readRollbackTo('')).toEqual({ kind: 'previous' });
    expect(readRollbackTo('last-approved')).toEqual({ kind: 'last-approved' });
    expect(readRollbackTo('churn-abc1234-9f8e7d')).toEqual({ kind: 'config', name: 'churn-abc1234-9f8e7d' });
  });
});

describe('rollbackToProblem', () => {
  it('accepts the keywords and SageMaker names', () => {
    expect(rollbackToProblem('previous')).toBeUndefined();
    expect(rollbackToProblem('last-approved')).toBeUndefined();
    expect(rollbackToProblem('churn-prod-v2')).toBeUndefined();
  });

  it('refuses what cannot be an endpoint config name, saying what is allowed', () => {
    expect(rollbackToProblem('churn_prod')).toMatch(/previous, last-approved, or an endpoint config name/);
    expect(rollbackToProblem('-x')).toBeDefined();
    expect(rollbackToProblem('a'.repeat(64))).toBeDefined();
  });
});
