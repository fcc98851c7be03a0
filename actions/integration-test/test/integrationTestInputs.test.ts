import { describe, expect, it } from '@jest/globals';
import { readInputs } from '@modelship/shared';
import { inputs } from '../src/inputs';
import { integrationTestInputProblems } from '../src/integrationTestInputProblems';

const problems = (given: Record<string, string>) =>
  integrationTestInputProblems(
    readInputs(inputs, (name) => given[name] ?? (name === 'tests' ? 't.yml' : '')),
  );

describe('integration-test targets', () => {
  it('accepts one target: an endpoint, an image, a command, or a running server', () => {
    expect(problems({ 'endpoint-name': 'churn-prod', variant: 'canary' })).toEqual([]);
    expect(problems({ 'local-image': 'churn-model:latest' })).toEqual([]);
    expect(
      problems({ 'local-command': 'python model.py serve', 'local-url': 'http://127.0.0.1:9000' }),
    ).toEqual([]);
    expect(problems({ 'local-url': 'http://127.0.0.1:8080' })).toEqual([]);
  });

  it('needs a target', () => {
    expect(problems({})).toEqual([
      expect.objectContaining({
        input: 'endpoint-name',
        allowed: expect.stringContaining('required unless'),
      }),
    ]);
  });

  it('refuses two targets at once, and a variant without an endpoint', () => {
    expect(problems({ 'endpoint-name': 'churn', 'local-image': 'img' }).map((p) => p.input)).toEqual([
      'local-image',
    ]);
    expect(problems({ 'local-image': 'img', 'local-command': 'serve' }).map((p) => p.input)).toEqual([
      'local-command',
    ]);
    expect(problems({ 'local-url': 'http://127.0.0.1:8080', variant: 'v' }).map((p) => p.input)).toEqual([
      'variant',
    ]);
  });

  it('refuses async without an endpoint or an input prefix, and with a variant', () => {
    expect(
      problems({ 'endpoint-name': 'churn', async: 'true', 'async-input-s3-prefix': 's3://bucket/in/' }),
    ).toEqual([]);
    expect(problems({ 'local-url': 'http://127.0.0.1:8080', async: 'true' }).map((p) => p.input)).toEqual([
      'async',
      'async-input-s3-prefix',
    ]);
    expect(
      problems({
        'endpoint-name': 'churn',
        async: 'true',
        'async-input-s3-prefix': 's3://bucket/in',
        variant: 'v',
      }),
    ).toEqual([expect.objectContaining({ input: 'variant', allowed: expect.stringContaining('async') })]);
    expect(problems({ 'endpoint-name': 'churn', 'async-input-s3-prefix': 's3://bucket/in' })).toEqual([
      expect.objectContaining({
        input: 'async-input-s3-prefix',
        allowed: 'it applies only with async: true',
      }),
    ]);
  });

  it('refuses a local-command that cannot be split into a program and arguments', () => {
    expect(problems({ 'local-command': 'python3 "model.py serve' })).toEqual([
      expect.objectContaining({ input: 'local-command', allowed: 'a " quote is not closed' }),
    ]);
  });

  it('refuses concurrency below 1 and thresholds that do not parse, all at once', () => {
    const read = (given: Record<string, string>) => () =>
      readInputs(inputs, (name) => ({ tests: 't.yml', ...given })[name] ?? '');
    expect(read({ concurrency: '0', 'max-p99-latency-ms': '300ms', 'min-throughput': 'fast' })).toThrow(
      /Input "concurrency" is "0"[\s\S]*Input "max-p99-latency-ms" is "300ms"[\s\S]*Input "min-throughput" is "fast"/,
    );
  });

  it('checks numbers before anything runs', () => {
    expect(() =>
      readInputs(inputs, (name) => ({ tests: 't.yml', 'max-error-rate': '5' })[name] ?? ''),
    ).toThrow('Input "max-error-rate" is "5"; it must be a number from 0 to 1.');
  });
});
