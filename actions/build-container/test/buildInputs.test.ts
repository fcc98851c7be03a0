import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { readInputs } from '@modelship/shared';
import { buildInputProblems, type BuildFiles, type PathKind } from '../src/buildInputProblems';
import { inputs } from '../src/inputs';

const read = (given: Record<string, string>) => readInputs(inputs, (name) => given[name] ?? '');

/** A workspace with a `model` context holding a Dockerfile. */
const files = (present: Record<string, PathKind> = {}): BuildFiles => {
  const known: Record<string, PathKind> = {
    '/ws': 'directory',
    '/ws/model': 'directory',
    '/ws/model/Dockerfile': 'file',
    ...present,
  };
  return { workspace: '/ws', kindOf: (p) => known[path.normalize(p)] ?? 'missing' };
};
const problemsOf = (given: Record<string, string>, present?: Record<string, PathKind>) =>
  buildInputProblems(read({ repository: 'churn-model', context: 'model', ...given }), files(present));

describe('build-container inputs', () => {
  it('reads defaults and tags', () => {
    const values = read({ repository: 'churn-model', tags: 'v1.2.0, latest', context: 'model' });
    expect(values).toMatchObject({
      builder: 'docker',
      push: true,
      tags: ['v1.2.0', 'latest'],
      'keep-images': 50,
      'sagemaker-check': true,
    });
    expect(buildInputProblems(values, files())).toEqual([]);
  });

  it('rejects a tag docker would refuse, before building', () => {
    expect(() => read({ repository: 'churn-model', tags: 'feature/x' })).toThrow(
      'Input "tags" is "feature/x"',
    );
  });

  it('rejects repository names ECR would refuse', () => {
    for (const name of ['Churn', 'churn_', '/churn', 'a//b', 'c', 'churn..model']) {
      expect(() => read({ repository: name })).toThrow(`Input "repository" is "${name}"`);
    }
    expect(read({ repository: 'team/churn-model_v2.1' }).repository).toBe('team/churn-model_v2.1');
  });

  it('rejects build-args that do not parse as a mapping', () => {
    expect(() => read({ repository: 'churn', 'build-args': 'not: [a, mapping' })).toThrow('build-args');
  });

  it('suggests the builder meant', () => {
    expect(() => read({ repository: 'churn-model', builder: 'buildha' })).toThrow('Did you mean "buildah"?');
  });

  it('names a missing context, or a missing Dockerfile in it', () => {
    expect(problemsOf({ context: 'modle' })).toEqual([
      expect.objectContaining({
        input: 'context',
        value: 'modle',
        allowed: expect.stringContaining('/ws/modle'),
      }),
    ]);
    expect(problemsOf({ dockerfile: 'Containerfile' })).toEqual([
      expect.objectContaining({ input: 'dockerfile', value: 'Containerfile' }),
    ]);
  });

  it('needs a CodeBuild project with builder codebuild, and only then; and a push', () => {
    expect(problemsOf({ builder: 'codebuild', push: 'false' }).map((p) => p.input)).toEqual([
      'codebuild-project',
      'push',
    ]);
    expect(problemsOf({ 'codebuild-project': 'p' }).map((p) => p.input)).toEqual(['builder']);
  });

  it('keeps a CodeBuild context inside the checkout', () => {
    const outside = { '/elsewhere': 'directory', '/elsewhere/Dockerfile': 'file' } as const;
    expect(
      problemsOf({ builder: 'codebuild', 'codebuild-project': 'p', context: '../elsewhere' }, outside),
    ).toEqual([
      expect.objectContaining({
        input: 'context',
        allowed: expect.stringContaining('inside the repository'),
      }),
    ]);
    expect(problemsOf({ context: '../elsewhere' }, outside)).toEqual([]);
  });
});
