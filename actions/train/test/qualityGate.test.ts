import { describe, expect, it } from '@jest/globals';
import { parseQualityGate, qualityGateFailures, validateQualityGate } from '../src/qualityGate';

describe('quality gate', () => {
  it('reads one or several conditions', () => {
    expect(parseQualityGate('validation:accuracy>=0.8')).toEqual([
      { metric: 'validation:accuracy', operator: '>=', threshold: 0.8 },
    ]);
    expect(parseQualityGate('validation:auc > 0.75, train:loss<=1e-2\nvalidation:rmse < 3')).toEqual([
      { metric: 'validation:auc', operator: '>', threshold: 0.75 },
      { metric: 'train:loss', operator: '<=', threshold: 0.01 },
      { metric: 'validation:rmse', operator: '<', threshold: 3 },
    ]);
  });

  it.each(['accuracy', 'accuracy>=', '>=0.8', 'accuracy=>0.8', 'accuracy>=high', 'a>=1,,b!=2', ''])(
    'rejects %j, saying what a gate looks like',
    (text) => {
      expect(validateQualityGate(text)).toMatch(/conditions such as validation:accuracy>=0.8/);
    },
  );

  it('passes when every condition holds', () => {
    const gate = parseQualityGate('validation:accuracy>=0.8,train:loss<0.5')!;
    expect(qualityGateFailures(gate, { 'validation:accuracy': 0.8, 'train:loss': 0.2 })).toEqual([]);
  });

  it('says which conditions fail, and fails a metric the job never reported', () => {
    const gate = parseQualityGate('validation:accuracy>=0.8,validation:auc>0.7')!;
    expect(qualityGateFailures(gate, { 'validation:accuracy': 0.62 })).toEqual([
      'validation:accuracy is 0.62, and the gate needs >= 0.8',
      'validation:auc was not reported by the job (reported: validation:accuracy)',
    ]);
  });
});
