import { describe, expect, it } from '@jest/globals';
import { readInputs } from '@modelship/shared';
import { buildInputProblems, validateImageTags } from '../src/buildInputProblems';
import { inputs } from '../src/inputs';

const read = (given: Record<string, string>) => readInputs(inputs, (name) => given[name] ?? '');

describe('build-container inputs', () => {
  it('reads defaults and tags', () => {
    const values = read({ repository: 'churn-model', tags: 'v1.2.0, latest' });
    expect(values).toMatchObject({ builder: 'docker', push: true, tags: ['v1.2.0', 'latest'], context: '.' });
    expect(buildInputProblems(values)).toEqual([]);
  });

  it('rejects a tag docker would refuse, before building', () => {
    expect(validateImageTags(['v1', '-bad'])).toMatch(/"-bad" is not an image tag/);
    expect(() => read({ repository: 'churn-model', tags: 'feature/x' })).toThrow(
      'Input "tags" is "feature/x"',
    );
  });

  it('suggests the builder meant', () => {
    expect(() => read({ repository: 'churn-model', builder: 'buildha' })).toThrow('Did you mean "buildah"?');
  });

  it('needs a CodeBuild project with builder codebuild, and only then', () => {
    expect(buildInputProblems(read({ repository: 'r', builder: 'codebuild' })).map((p) => p.input)).toEqual([
      'codebuild-project',
    ]);
    expect(
      buildInputProblems(read({ repository: 'r', 'codebuild-project': 'p' })).map((p) => p.input),
    ).toEqual(['builder']);
  });
});
