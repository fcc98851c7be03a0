import { describe, expect, it } from '@jest/globals';
import { defineInputs, holdsYaml, InputError, parseInputs, readInputs } from '../src';

const schema = defineInputs({
  'endpoint-name': {
    kind: 'string',
    description: 'The endpoint',
    required: true,
    pattern: /^[a-z0-9-]+$/,
    allowed: 'letters, digits and hyphens',
  },
  'endpoint-type': {
    kind: 'enum',
    description: 'Type',
    values: ['real-time', 'serverless', 'async'],
    default: 'real-time',
  },
  'instance-count': { kind: 'integer', description: 'Instances', min: 1, default: '1' },
  wait: { kind: 'boolean', description: 'Wait', default: 'true' },
  alarms: { kind: 'list', description: 'Alarm names' },
  environment: { kind: 'map', description: 'Variables' },
  'model-package-arn': {
    kind: 'arn',
    description: 'Package',
    service: 'sagemaker',
    resource: 'model-package',
  },
});

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('types values and applies the schema defaults', () => {
    const inputs = readInputs(
      schema,
      reader({ 'endpoint-name': 'churn', alarms: 'a, b\nc', environment: 'A: 1\nB: two' }),
    );
    expect(inputs).toEqual({
      'endpoint-name': 'churn',
      'endpoint-type': 'real-time',
      'instance-count': 1,
      wait: true,
      alarms: ['a', 'b', 'c'],
      environment: { A: '1', B: 'two' },
    });
  });

  it('reports every bad input at once, each with its value, what is allowed and a suggestion', () => {
    let error: InputError | undefined;
    try {
      readInputs(
        schema,
        reader({
          'endpoint-type': 'serverles',
          'instance-count': '-2',
          wait: 'yes',
          'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model/churn',
        }),
      );
    } catch (err) {
      error = err as InputError;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error?.problems.map((p) => p.input)).toEqual([
      'endpoint-name',
      'endpoint-type',
      'instance-count',
      'wait',
      'model-package-arn',
    ]);
    expect(error?.message).toContain('Input "endpoint-name" is missing; it is required');
    expect(error?.message).toContain(
      'Input "endpoint-type" is "serverles"; allowed: real-time, serverless, async. Did you mean "serverless"?',
    );
    expect(error?.message).toContain('Input "instance-count" is "-2"; it must be a whole number ≥ 1');
    expect(error?.message).toContain('arn:aws:sagemaker:<region>:<account>:model-package/');
  });

  it('rejects a string that does not have the required form', () => {
    expect(() => readInputs(schema, reader({ 'endpoint-name': 'Churn_Prod' }))).toThrow(
      'Input "endpoint-name" is "Churn_Prod"; letters, digits and hyphens.',
    );
  });
});

describe('readInputs: kinds and rules', () => {
  const more = defineInputs({
    bake: { kind: 'duration', description: 'Bake', min: 0, max: 3600, default: '5m' },
    share: { kind: 'number', description: 'Share', min: 0, max: 1 },
    containers: { kind: 'records', description: 'Containers' },
    mode: { kind: 'enum', description: 'Mode', values: ['deploy', 'plan'], default: 'deploy' },
    channels: {
      kind: 'map',
      description: 'Channels',
      validate: (channels) => (channels.train ? undefined : 'it must have a train channel'),
    },
    count: {
      kind: 'integer',
      description: 'Count',
      validate: (n) => (n % 2 === 0 ? undefined : 'it must be even'),
    },
  });

  it('reads durations as seconds, records as lists of mappings, and applies defaults', () => {
    const values = readInputs(
      more,
      reader({
        share: '0.25',
        containers: '- image: a\n  hostname: one\n- image: b',
        channels: 'train: s3://b/t/',
      }),
    );
    expect(values).toEqual({
      bake: 300,
      share: 0.25,
      containers: [{ image: 'a', hostname: 'one' }, { image: 'b' }],
      mode: 'deploy',
      channels: { train: 's3://b/t/' },
    });
    // The types follow the schema: a number, a literal union, possibly-undefined optional inputs.
    const bake: number = values.bake;
    const mode: 'deploy' | 'plan' = values.mode;
    const count: number | undefined = values.count;
    expect([bake, mode, count]).toEqual([300, 'deploy', undefined]);
  });

  it('runs the validate hook on the typed value and reports its rule', () => {
    expect(() => readInputs(more, reader({ channels: 'validation: s3://b/v/', count: '3' }))).toThrow(
      'Input "channels" is "validation: s3://b/v/"; it must have a train channel.\nInput "count" is "3"; it must be even.',
    );
  });

  it('gives ranges and forms in words', () => {
    expect(() => readInputs(more, reader({ bake: '2h', share: '1.5', containers: 'image: a' }))).toThrow(
      [
        'Input "bake" is "2h"; it must be a duration such as 90, 90s, 5m or 1h30m from 0s to 3600s.',
        'Input "share" is "1.5"; it must be a number from 0 to 1.',
        'Input "containers" is "image: a"; it must be a YAML or JSON list of mappings.',
      ].join('\n'),
    );
  });

  it('suggests the right case for an enum value typed in another case', () => {
    expect(() => readInputs(more, reader({ mode: 'Plan' }))).toThrow('Did you mean "plan"?');
  });

  it('treats a whitespace-only value as not given', () => {
    expect(readInputs(more, reader({ mode: '   ' })).mode).toBe('deploy');
  });

  it('rejects malformed structured input instead of guessing', () => {
    expect(() => readInputs(schema, reader({ 'endpoint-name': 'a', environment: '[1, 2]' }))).toThrow(
      'it must be a YAML or JSON mapping',
    );
    expect(() => readInputs(schema, reader({ 'endpoint-name': 'a', environment: '{ unclosed' }))).toThrow(
      'it must be a YAML or JSON mapping',
    );
  });

  it('accepts JSON for a map and stringifies its values, as SageMaker wants strings', () => {
    expect(
      readInputs(schema, reader({ 'endpoint-name': 'a', environment: '{"EPOCHS": 3, "DEBUG": true}' }))
        .environment,
    ).toEqual({ EPOCHS: '3', DEBUG: 'true' });
  });

  it('checks the service and resource type of an ARN', () => {
    const arn = 'arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3';
    expect(
      readInputs(schema, reader({ 'endpoint-name': 'a', 'model-package-arn': arn }))['model-package-arn'],
    ).toBe(arn);
    expect(() =>
      readInputs(
        schema,
        reader({
          'endpoint-name': 'a',
          'model-package-arn': 'arn:aws:sagemaker:eu-west-1:1:model-package/x',
        }),
      ),
    ).toThrow('model-package-arn');
  });
});

describe('YAML inputs', () => {
  it('need the parser only when a map or records input has a value', () => {
    expect(holdsYaml(schema, reader({ 'endpoint-name': 'a' }))).toBe(false);
    expect(holdsYaml(schema, reader({ environment: ' ' }))).toBe(false);
    expect(holdsYaml(schema, reader({ environment: 'A: 1' }))).toBe(true);
    expect(holdsYaml({ m: { kind: 'map', description: 'm', default: '{}' } }, reader({}))).toBe(true);
    expect(parseInputs(schema, reader({ 'endpoint-name': 'a' }))['endpoint-name']).toBe('a');
  });

  it('hands the parser to the rule of a string input that reads YAML, and only then needs it', () => {
    const nested = defineInputs({
      channels: {
        kind: 'string',
        readsYaml: true,
        description: 'c',
        validate: (text, parseYaml) =>
          typeof (parseYaml(text) as { train?: unknown }).train === 'object'
            ? undefined
            : 'train must be a mapping',
      },
    });
    expect(holdsYaml(nested, reader({}))).toBe(false);
    expect(holdsYaml(nested, reader({ channels: 'train: {s3-uri: s3://b/t/}' }))).toBe(true);
    expect(readInputs(nested, reader({ channels: 'train: {s3-uri: s3://b/t/}' })).channels).toBe(
      'train: {s3-uri: s3://b/t/}',
    );
    expect(() => readInputs(nested, reader({ channels: 'train: s3://b/t/' }))).toThrow(
      'train must be a mapping',
    );
  });

  it('refuses to read one without the parser, rather than call it a bad input', () => {
    expect(() => parseInputs(schema, reader({ 'endpoint-name': 'a', environment: 'A: 1' }))).toThrow(
      'not handed a YAML parser',
    );
  });
});
