import type { InputProblem, InputValues } from '@modelship/shared';
import type { inputs } from './inputs';

const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** `tags`: Docker's tag rule, checked here so a typo fails before a ten-minute build, not at the push. */
export function validateImageTags(tags: string[]): string | undefined {
  const bad = tags.find((tag) => !IMAGE_TAG.test(tag));
  return bad
    ? `"${bad}" is not an image tag: up to 128 letters, digits, _ . and -, not starting with . or -`
    : undefined;
}

/** Inputs that only make sense together. */
export function buildInputProblems(values: InputValues<typeof inputs>): InputProblem[] {
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
  return problems;
}
