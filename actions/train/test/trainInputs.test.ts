import { describe, expect, it } from '@jest/globals';
import { readInputs } from '@modelship/shared';
import { parse as parseYaml } from 'yaml';
import { inputs } from '../src/inputs';
import { trainInputProblems } from '../src/trainInputProblems';
import { validateChannelsText as validateChannels } from '../src/channels';
import { validateHyperparameters, validateMetricDefinitions } from '../src/trainInputRules';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const job = {
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:abc',
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
  'output-path': 's3://bucket/models/',
};

describe('train inputs', () => {
  it('reads a training job with channels, metrics and a gate', () => {
    const values = readInputs(
      inputs,
      reader({
        ...job,
        'input-data': 'train: s3://bucket/train/\nvalidation: s3://bucket/validation/',
        'metric-definitions': "validation:accuracy: 'validation:accuracy=([0-9.]+)'",
        hyperparameters: '{"epochs": 3}',
        gate: 'validation:accuracy>=0.8',
      }),
    );
    expect(values['instance-count']).toBe(1);
    expect(trainInputProblems(values)).toEqual([]);
  });

  it('fails a bad gate before any AWS call, naming the input', () => {
    expect(() => readInputs(inputs, reader({ ...job, gate: 'accuracy=>0.8' }))).toThrow(
      /Input "gate" is "accuracy=>0.8"; it must be conditions such as validation:accuracy>=0.8/,
    );
  });

  it('needs an image, a role and an output path unless a pipeline runs', () => {
    const values = readInputs(inputs, reader({}));
    expect(trainInputProblems(values).map((p) => p.input)).toEqual([
      'image',
      'execution-role-arn',
      'output-path',
    ]);
    expect(trainInputProblems(readInputs(inputs, reader({ 'pipeline-name': 'churn-pipeline' })))).toEqual([]);
  });
});

describe('train input rules', () => {
  it('checks channel names and S3 URIs', () => {
    expect(validateChannels('train: s3://bucket/train/', parseYaml)).toBeUndefined();
    expect(validateChannels('{}', parseYaml)).toBe('it must name 1 to 20 channels');
    expect(validateChannels('my channel: s3://bucket/x/', parseYaml)).toMatch(/channel "my channel"/);
    expect(validateChannels('train: /data/train', parseYaml)).toMatch(/must map to an S3 URI/);
  });

  it('checks that metric regexes compile and capture the value', () => {
    expect(validateMetricDefinitions({ acc: 'acc=([0-9.]+)' })).toBeUndefined();
    expect(validateMetricDefinitions({ acc: 'acc=[0-9.]+' })).toMatch(/needs a capture group/);
    expect(validateMetricDefinitions({ acc: 'acc=([0-9.]+' })).toMatch(/is not a regular expression/);
  });

  it('keeps hyperparameters within SageMaker limits', () => {
    expect(validateHyperparameters('epochs: 3', parseYaml)).toBeUndefined();
    expect(validateHyperparameters(JSON.stringify({ long: 'x'.repeat(2501) }), parseYaml)).toMatch(/2500/);
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']));
    expect(validateHyperparameters(JSON.stringify(many), parseYaml)).toMatch(/at most 100/);
  });
});
