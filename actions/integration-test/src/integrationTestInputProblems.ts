import type { InputProblem, InputValues } from '@modelship/shared';
import { commandLineProblem } from './commandLine';
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
  problems.push(...asyncProblems(values));
  const command = values['local-command'];
  const commandProblem = command === undefined ? undefined : commandLineProblem(command);
  if (command !== undefined && commandProblem)
    problems.push({ input: 'local-command', value: command, allowed: commandProblem });
  return problems;
}

/** InvokeEndpointAsync reads its input from S3 and has no TargetVariant. */
function asyncProblems(values: InputValues<typeof inputs>): InputProblem[] {
  const prefix = values['async-input-s3-prefix'];
  if (!values.async) {
    return prefix
      ? [{ input: 'async-input-s3-prefix', value: prefix, allowed: 'it applies only with async: true' }]
      : [];
  }
  const problems: InputProblem[] = [];
  if (!values['endpoint-name'])
    problems.push({ input: 'async', value: 'true', allowed: 'it applies only with endpoint-name' });
  if (!prefix)
    problems.push({
      input: 'async-input-s3-prefix',
      value: '',
      allowed:
        'it is required with async: true, e.g. s3://my-bucket/async-inputs/ (the endpoint reads each request from there)',
    });
  if (values.variant)
    problems.push({
      input: 'variant',
      value: values.variant,
      allowed: 'InvokeEndpointAsync cannot target a variant; leave it empty with async: true',
    });
  return problems;
}
