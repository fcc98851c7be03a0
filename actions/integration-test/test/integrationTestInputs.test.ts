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

  it('checks numbers before anything runs', () => {
    expect(() =>
      readInputs(inputs, (name) => ({ tests: 't.yml', 'max-error-rate': '5' })[name] ?? ''),
    ).toThrow('Input "max-error-rate" is "5"; it must be a number from 0 to 1.');
  });
});
