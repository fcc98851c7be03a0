import { describe, expect, it } from '@jest/globals';
import { parseExpectation, type SiblingReader } from '../src/expectationParser';
import { jsonPathProblem } from '../src/jsonPathSyntax';

const files: Record<string, string> = {
  'schemas/prediction.json': JSON.stringify({
    type: 'object',
    required: ['predictions'],
    properties: { predictions: { type: 'array', items: { type: 'number' } } },
  }),
  'schemas/broken.json': JSON.stringify({ type: 'no-such-type' }),
  'golden/typical.json': '{"predictions":[0.25]}',
  'golden/not-json.json': '{',
};
const readSibling: SiblingReader = (relative) =>
  relative in files
    ? { path: `/suite/${relative}`, text: files[relative] as string }
    : { problem: `${relative} does not exist next to the test file` };

describe('JSONPath syntax', () => {
  it('accepts ordinary paths and names what is wrong with broken ones', () => {
    expect(jsonPathProblem('$.predictions[0]')).toBeUndefined();
    expect(jsonPathProblem("$['a b'].c")).toBeUndefined();
    expect(jsonPathProblem('predictions')).toMatch(/starts with \$/);
    expect(jsonPathProblem('$.predictions[0')).toMatch(/not closed/);
    expect(jsonPathProblem('$.a]')).toMatch(/closes no/);
    expect(jsonPathProblem("$['a")).toMatch(/quote/);
    expect(jsonPathProblem('$.a.')).toMatch(/dot/);
  });
});

describe('parseExpectation', () => {
  it('reads every kind of expectation, with schema and golden files next to the test file', () => {
    const { expectation, problems } = parseExpectation(
      {
        status: 200,
        json: { '$.label': 'stay' },
        approx: { '$.predictions[0]': { value: 0.25, tolerance: 0.01 }, '$.b': 3 },
        schema: 'schemas/prediction.json',
        contains: 'predictions',
        matches: '^\\{',
        golden: 'golden/typical.json',
        'max-latency-ms': 500,
      },
      readSibling,
    );
    expect(problems).toEqual([]);
    expect(expectation).toMatchObject({
      status: 200,
      json: { '$.label': 'stay' },
      approx: { '$.predictions[0]': { value: 0.25, tolerance: 0.01 }, '$.b': { value: 3 } },
      contains: 'predictions',
      golden: { file: '/suite/golden/typical.json', value: { predictions: [0.25] } },
      maxLatencyMs: 500,
    });
    expect(expectation.matches?.test('{"x":1}')).toBe(true);
    expect(expectation.schema?.validate({ predictions: [0.1] })).toBe(true);
    expect(expectation.schema?.validate({ predictions: ['x'] })).toBe(false);
  });

  it('refuses a case with no expectations', () => {
    expect(parseExpectation(undefined, readSibling).problems).toEqual([
      expect.stringContaining('it has no expectations'),
    ]);
    expect(parseExpectation({}, readSibling).problems).toHaveLength(1);
  });

  it('reports every problem at once: paths, schema, regex, files, numbers, unknown fields', () => {
    const { problems } = parseExpectation(
      {
        status: 999,
        json: { label: 'stay' },
        approx: { '$.x': { value: 'high' } },
        schema: 'schemas/broken.json',
        matches: '([a-z',
        golden: 'golden/missing.json',
        'max-latency-ms': -1,
        stauts: 200,
      },
      readSibling,
    );
    expect(problems).toEqual([
      expect.stringContaining('expect.stauts is not known'),
      expect.stringContaining('expect.status is 999'),
      expect.stringContaining('expect.max-latency-ms is -1'),
      expect.stringContaining('expect.json "label" is not a valid JSONPath'),
      expect.stringContaining('expect.approx "$.x"'),
      expect.stringContaining('expect.matches "([a-z" is not a regular expression'),
      expect.stringContaining('expect.schema broken.json is not a valid JSON Schema'),
      expect.stringContaining('golden/missing.json does not exist'),
    ]);
  });

  it('says when a golden file is not JSON', () => {
    expect(parseExpectation({ golden: 'golden/not-json.json' }, readSibling).problems).toEqual([
      expect.stringContaining('expect.golden golden/not-json.json is not JSON'),
    ]);
  });
});
