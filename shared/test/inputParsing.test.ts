import { describe, expect, it } from '@jest/globals';
import { defineInputs, InputError, readInputs } from '../src';

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
