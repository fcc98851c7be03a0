import type { InputProblem, InputValues } from '@modelship/shared';
import type { inputs } from './inputs';

/**
 * One target per run: an endpoint, or a local model server (an image to run, a command to start, or a
 * URL already listening). Mixing them would leave it unclear which one the results are about.
 */
export function integrationTestInputProblems(values: InputValues<typeof inputs>): InputProblem[] {
  const problems: InputProblem[] = [];
  const local = (['local-image', 'local-command', 'local-url'] as const).filter((name) => values[name]);
  const endpoint = values['endpoint-name'];
  if (!endpoint && local.length === 0) {
    problems.push({
      input: 'endpoint-name',
      value: '',
      allowed: 'it is required unless local-image, local-command or local-url names a local model server',
    });
  }
  if (endpoint && local.length > 0) {
    problems.push({
      input: local[0]!,
      value: values[local[0]!] ?? '',
      allowed: `leave it empty when endpoint-name is set: one run tests one target (endpoint ${endpoint})`,
    });
  }
  if (values['local-image'] && values['local-command']) {
    problems.push({
      input: 'local-command',
      value: values['local-command'],
      allowed: 'leave it empty when local-image is set: the image is started with `serve`',
    });
  }
  if (values.variant && !endpoint) {
    problems.push({ input: 'variant', value: values.variant, allowed: 'it applies only with endpoint-name' });
  }
  return problems;
}
