import type { InputProblem, InputValues } from '@modelship/shared';
import type { inputs } from './inputs';

/** A single training job needs an image, a role and an output path; a pipeline brings its own. */
export function trainInputProblems(values: InputValues<typeof inputs>): InputProblem[] {
  if (values['pipeline-name']) return [];
  return (['image', 'role-arn', 'output-path'] as const)
    .filter((name) => !values[name])
    .map((name) => ({ input: name, value: '', allowed: 'it is required unless pipeline-name is set' }));
}
