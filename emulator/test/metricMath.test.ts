import { describe, expect, it } from '@jest/globals';
import {
  evaluateMetricMath,
  MetricMathError,
  parseMetricMath,
  referencedIds,
} from '../src/services/cloudwatch/metricMath';

const values: Record<string, number | undefined> = { m1: 5, m2: 200, m3: undefined, zero: 0 };
const evaluate = (expression: string) => evaluateMetricMath(parseMetricMath(expression), (id) => values[id]);

describe('metric math', () => {
  it.each([
    ['m1/m2*100', 2.5],
    ['m1 / m2 * 100', 2.5],
    ['100 * (m1 + 15) / m2', 10],
    ['m1 - m2 - 5', -200],
    ['-m1 + 1', -4],
    ['2 * -m1', -10],
    ['1.5e2 + m1', 155],
    ['ABS(m1 - m2)', 195],
    ['FILL(m3, 0) + m1', 5],
    ['fill(m1, 0)', 5],
  ])('%s = %s', (expression, expected) => {
    expect(evaluate(expression)).toBeCloseTo(expected, 10);
  });

  it('gives no datapoint for a missing input or a division by zero', () => {
    expect(evaluate('m3 / m2')).toBeUndefined();
    expect(evaluate('m1 / zero')).toBeUndefined();
    expect(evaluate('ABS(m3)')).toBeUndefined();
  });

  it('lists the ids an expression reads', () => {
    expect(referencedIds(parseMetricMath('FILL(m1, 0) / (m2 + m1) * 100'))).toEqual(['m1', 'm2', 'm1']);
  });

  it.each([
    ['', 'the expression is empty'],
    ['m1 /', 'the expression ends where a value is expected'],
    ['(m1 + m2', 'expected ")" at the end'],
    ['m1 m2', 'unexpected "m2" at position 4'],
    ['m1 % m2', 'unexpected character "%" at position 4'],
    ['RATE(m1)', 'function RATE is not supported by the modelship emulator (supported: FILL, ABS)'],
    ['FILL(m1)', 'FILL takes 2 argument(s), got 1'],
  ])('refuses %j: %s', (expression, message) => {
    expect(() => parseMetricMath(expression)).toThrow(MetricMathError);
    expect(() => parseMetricMath(expression)).toThrow(message);
  });
});
