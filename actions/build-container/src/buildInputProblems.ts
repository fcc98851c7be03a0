import path from 'node:path';
import type { InputProblem, InputValues } from '@modelship/shared';
import type { inputs } from './inputs';

export type BuildInputs = InputValues<typeof inputs>;

/** What a path on the runner is, so the checks below need no file system of their own. */
export type PathKind = 'file' | 'directory' | 'missing';

export interface BuildFiles {
  /** The directory relative inputs are read from: GITHUB_WORKSPACE on a runner. */
  workspace: string;
  kindOf(absolutePath: string): PathKind;
}

/** The context directory and the Dockerfile as absolute paths. */
export function buildPaths(values: Pick<BuildInputs, 'context' | 'dockerfile'>, workspace: string) {
  const contextDir = path.resolve(workspace, values.context);
  return { contextDir, dockerfilePath: path.resolve(contextDir, values.dockerfile) };
}

function pathProblems(values: BuildInputs, files: BuildFiles): InputProblem[] {
  const { contextDir, dockerfilePath } = buildPaths(values, files.workspace);
  if (files.kindOf(contextDir) !== 'directory') {
    return [
      {
        input: 'context',
        value: values.context,
        allowed: `it must be a directory in the workspace (${contextDir} is not one)`,
      },
    ];
  }
  const problems: InputProblem[] = [];
  if (files.kindOf(dockerfilePath) !== 'file') {
    problems.push({
      input: 'dockerfile',
      value: values.dockerfile,
      allowed: `it must be a file, relative to the context (${dockerfilePath} is not one)`,
    });
  }
  const outside = (p: string) => path.relative(files.workspace, p).startsWith('..');
  if (values.builder === 'codebuild' && (outside(contextDir) || outside(dockerfilePath))) {
    problems.push({
      input: 'context',
      value: values.context,
      allowed: 'with builder: codebuild, the context and Dockerfile must be inside the repository checkout',
    });
  }
  return problems;
}

function codeBuildProblems(values: BuildInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  if (values.builder === 'codebuild' && !values['codebuild-project']) {
    problems.push({
      input: 'codebuild-project',
      value: '',
      allowed: 'it is required with builder: codebuild (the project that runs the build)',
    });
  }
  if (values['codebuild-project'] && values.builder !== 'codebuild') {
    problems.push({
      input: 'builder',
      value: values.builder,
      allowed: 'it must be codebuild when codebuild-project is set, or leave codebuild-project empty',
    });
  }
  if (values.builder === 'codebuild' && !values.push) {
    problems.push({
      input: 'push',
      value: 'false',
      allowed: 'true with builder: codebuild, whose image only leaves the build by being pushed',
    });
  }
  return problems;
}

/** Inputs that only make sense together, and the paths they name; all checked before any AWS call. */
export function buildInputProblems(values: BuildInputs, files: BuildFiles): InputProblem[] {
  return [...codeBuildProblems(values), ...pathProblems(values, files)];
}
