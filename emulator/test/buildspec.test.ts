import { describe, expect, it } from '@jest/globals';
import { BuildspecError, isInlineBuildspec, parseBuildspec } from '../src/services/codebuild/buildspec';

const errorOf = (text: string): string => {
  try {
    parseBuildspec(text);
  } catch (err) {
    expect(err).toBeInstanceOf(BuildspecError);
    return (err as Error).message;
  }
  throw new Error('expected the buildspec to be refused');
};

describe('parseBuildspec', () => {
  it('parses variables, shell, phases with finally and on-failure, and artifact files', () => {
    const spec = parseBuildspec(`
version: 0.2
env:
  shell: sh
  variables:
    NAME: value
    COUNT: 3
    FLAG: true
phases:
  install:
    runtime-versions:
      python: 3.12
    commands:
      - pip install -r requirements.txt
  pre_build:
    on-failure: CONTINUE
    commands:
      - echo pre
  build:
    commands:
      - make
      - "echo a: b"
    finally:
      - echo done
artifacts:
  files:
    - dist/**/*
`);
    expect(spec).toEqual({
      version: '0.2',
      shell: 'sh',
      variables: { NAME: 'value', COUNT: '3', FLAG: 'true' },
      phases: {
        install: { commands: ['pip install -r requirements.txt'], finally: [] },
        pre_build: { commands: ['echo pre'], finally: [], onFailure: 'CONTINUE' },
        build: { commands: ['make', 'echo a: b'], finally: ['echo done'] },
      },
      artifactFiles: ['dist/**/*'],
    });
  });

  it('defaults to bash, no variables and no phases', () => {
    expect(parseBuildspec('version: 0.2\n')).toEqual({
      version: '0.2',
      shell: 'bash',
      variables: {},
      phases: {},
      artifactFiles: [],
    });
  });

  it('names the offending key and what is allowed', () => {
    expect(errorOf('phases: {}\n')).toContain('version: 0.2');
    expect(errorOf('version: 0.1\nphases: {}\n')).toContain('version 0.2');
    expect(errorOf('version: 0.2\nphase:\n  build: {}\n')).toBe(
      'Unknown key "phase" in the buildspec; allowed keys are: version, run-as, env, proxy, batch, phases, reports, artifacts, cache.',
    );
    expect(errorOf('version: 0.2\nphases:\n  compile:\n    commands: [make]\n')).toContain(
      'Unknown key "compile" in phases; allowed keys are: install, pre_build, build, post_build.',
    );
    expect(errorOf('version: 0.2\nenv:\n  shell: zsh\n')).toContain('allowed values on Linux are: bash, sh');
    expect(errorOf('version: 0.2\nphases:\n  build:\n    on-failure: RETRY\n')).toContain(
      'phases/build/on-failure',
    );
    expect(errorOf('version: 0.2\nphases:\n  build:\n    commands: make\n')).toContain(
      'Expected phases/build/commands to be a list of strings',
    );
    expect(errorOf('version: 0.2\nphases:\n  build:\n    commands:\n      - echo a: b\n')).toContain(
      'Expected phases/build/commands[0] to be of string type: found subkeys instead',
    );
    expect(errorOf('version: 0.2\nphases:\n  build:\n    runtime-versions: {python: 3}\n')).toContain(
      'runtime-versions is allowed only in phases/install',
    );
    expect(errorOf('version: 0.2\nenv:\n  variables:\n    NESTED: {a: b}\n')).toContain(
      'env/variables/NESTED',
    );
    expect(errorOf('version: 0.2\nenv:\n  parameter-store:\n    TOKEN: /app/token\n')).toContain(
      'not emulated',
    );
    expect(errorOf('version: 0.2\nphases:\n  build:\n    commands: [\n')).toContain('not valid YAML');
    expect(errorOf('just a string')).toContain('must be a YAML mapping');
  });
});

describe('isInlineBuildspec', () => {
  it('tells inline YAML from a path in the source', () => {
    expect(isInlineBuildspec('version: 0.2\nphases: {}\n')).toBe(true);
    expect(isInlineBuildspec('ci/buildspec.yml')).toBe(false);
    expect(isInlineBuildspec('buildspec.yml')).toBe(false);
    expect(isInlineBuildspec('version: 0.2\nphases: [\n')).toBe(true);
  });
});
