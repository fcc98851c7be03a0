import { describe, expect, it } from '@jest/globals';
import Ajv from 'ajv';
import { checkExpectations, deepEqual } from '../src/expectationCheck';

const response = (body: unknown, status = 200, latencyMs = 12) => ({
  status,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  latencyMs,
});

describe('checkExpectations', () => {
  it('passes a response that meets every expectation', () => {
    const validate = new Ajv().compile({ type: 'object', required: ['predictions'] });
    expect(
      checkExpectations(
        {
          status: 200,
          json: { '$.label': 'stay' },
          approx: { '$.predictions[0]': { value: 0.75, tolerance: 0.01 } },
          schema: { file: 'schemas/p.json', validate },
          contains: 'predictions',
          matches: /"label":"stay"/,
          golden: { file: 'g.json', value: { predictions: [0.7500001], label: 'stay' } },
          maxLatencyMs: 500,
        },
        response({ predictions: [0.7502], label: 'stay' }),
        0.001,
      ),
    ).toEqual([]);
  });

  it('names the field, the expected and the actual value of each failure', () => {
    expect(
      checkExpectations(
        {
          status: 200,
          json: { '$.label': 'stay' },
          approx: { '$.score': { value: 0.75, relativeTolerance: 0.1 } },
          maxLatencyMs: 10,
        },
        response({ label: 'leave', score: 0.5 }, 200, 40),
        1e-6,
      ),
    ).toEqual([
      { field: 'max-latency-ms', expected: '≤ 10 ms', actual: '40 ms' },
      { field: 'json $.label', expected: '"stay"', actual: '"leave"' },
      { field: 'approx $.score', expected: expect.stringMatching(/^0.75 ± 0.07/), actual: '0.5' },
    ]);
  });

  it('reports a wrong status, a body that is not JSON, and a schema mismatch', () => {
    expect(checkExpectations({ status: 200, json: { '$.a': 1 } }, response('oops', 500), 0)).toEqual([
      { field: 'status', expected: '200', actual: '500' },
      { field: 'body', expected: 'JSON', actual: 'oops' },
    ]);
    const validate = new Ajv().compile({ type: 'object', required: ['predictions'] });
    expect(checkExpectations({ schema: { file: 's.json', validate } }, response({}), 0)).toEqual([
      { field: 'schema', expected: 's.json', actual: expect.stringContaining('predictions') },
    ]);
  });

  it('compares golden numbers within the tolerance only', () => {
    expect(deepEqual({ a: [1, 2.0004] }, { a: [1, 2] }, 0.001)).toBe(true);
    expect(deepEqual({ a: [1, 2.01] }, { a: [1, 2] }, 0.001)).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 }, 0)).toBe(false);
  });
});
