import { describe, expect, it } from '@jest/globals';
import {
  judgeQualityGate,
  parseQualityGate,
  qualityGateFailures,
  validateQualityGate,
} from '../src/qualityGate';

const judge = (gate: string, metrics: Record<string, number>, champion?: Record<string, number>) =>
  judgeQualityGate(parseQualityGate(gate)!, metrics, champion);

describe('quality gate', () => {
  it('reads conditions against numbers and against the champion', () => {
    expect(
      parseQualityGate('validation:auc > 0.75, train:loss<=1e-2\nvalidation:auc>=champion-0.01'),
    ).toEqual([
      {
        metric: 'validation:auc',
        operator: '>',
        target: { kind: 'number', value: 0.75 },
        text: 'validation:auc > 0.75',
      },
      {
        metric: 'train:loss',
        operator: '<=',
        target: { kind: 'number', value: 0.01 },
        text: 'train:loss<=1e-2',
      },
      {
        metric: 'validation:auc',
        operator: '>=',
        target: { kind: 'champion', offset: -0.01 },
        text: 'validation:auc>=champion-0.01',
      },
    ]);
  });

  it.each([
    'accuracy',
    'accuracy>=',
    '>=0.8',
    'accuracy=>0.8',
    'accuracy>=high',
    'a>=1,,b!=2',
    '',
    'a>=champion*2',
  ])('rejects %j, saying what a gate looks like', (text) => {
    expect(validateQualityGate(text)).toMatch(/conditions such as validation:accuracy>=0.8/);
  });

  it.each([
    ['validation:accuracy>=0.8', { 'validation:accuracy': 0.8 }, undefined, []],
    [
      'validation:accuracy>=0.8',
      { 'validation:accuracy': 0.62 },
      undefined,
      ['validation:accuracy>=0.8: validation:accuracy is 0.62, and the gate needs >= 0.8'],
    ],
    [
      'validation:auc>0.7',
      { 'validation:accuracy': 0.9 },
      undefined,
      ['validation:auc>0.7: validation:auc was not reported by the job (reported: validation:accuracy)'],
    ],
    ['validation:auc>=champion-0.01', { 'validation:auc': 0.9 }, undefined, []],
    ['validation:auc>=champion-0.01', { 'validation:auc': 0.9 }, { 'validation:auc': 0.905 }, []],
    [
      'validation:auc>=champion-0.01',
      { 'validation:auc': 0.8 },
      { 'validation:auc': 0.9 },
      ['validation:auc>=champion-0.01: validation:auc is 0.8, and the gate needs >= 0.89'],
    ],
    [
      'validation:loss<=champion',
      { 'validation:loss': 0.3 },
      { 'validation:loss': 0.2 },
      ['validation:loss<=champion: validation:loss is 0.3, and the gate needs <= 0.2'],
    ],
    [
      'validation:loss<=champion',
      { 'validation:loss': 0.3 },
      {},
      ['validation:loss<=champion: the champion has no validation:loss metric'],
    ],
  ] as const)('%s on %j with champion %j', (gate, metrics, champion, failures) => {
    expect(qualityGateFailures(judge(gate, metrics, champion))).toEqual(failures);
  });
});
