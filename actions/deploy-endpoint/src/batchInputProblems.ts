import type { InputProblem } from '@modelship/shared';
import type { DeployInputs } from './deployRequest';

/** Inputs that shape an endpoint; a transform job has none, so given with batch-transform they would be ignored. */
const ENDPOINT_ONLY = [
  'deployment-config',
  'traffic-shifting',
  'variant-name',
  'alarms',
  'alarm-thresholds',
  'rollback-window-seconds',
  'autoscaling-min',
  'autoscaling-max',
  'autoscaling-target-invocations',
  'autoscaling-schedule',
  'serverless-provisioned-concurrency',
  'async-output-path',
  'async-failure-path',
  'async-max-concurrent-invocations',
  'data-capture-percent',
  'data-capture-s3-uri',
] as const;

/**
 * What these inputs mean when left out: an input whose value is its default was not set by the workflow,
 * or was set to what leaving it out means, and asks for nothing a transform job would ignore.
 */
const ENDPOINT_DEFAULTS: Partial<Record<(typeof ENDPOINT_ONLY)[number], unknown>> = {
  'deployment-config': 'AllAtOnce',
  'traffic-shifting': 'auto',
  'variant-name': 'AllTraffic',
  'rollback-window-seconds': 0,
};

/** Inputs of a transform job only. */
export const BATCH_ONLY = [
  'batch-input',
  'batch-output',
  'batch-strategy',
  'batch-max-payload-mb',
  'batch-split-type',
  'batch-content-type',
  'batch-assemble-with',
  'batch-max-concurrent-transforms',
  'batch-join-source',
  'batch-input-filter',
  'batch-output-filter',
] as const;

const shown = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** With batch-transform: the input and output prefixes are needed, and endpoint inputs are refused, each named. */
export function batchTransformProblems(inputs: DeployInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const input of ['batch-input', 'batch-output'] as const) {
    if (!inputs[input]) {
      problems.push({ input, value: '', allowed: 'it is required with endpoint-type: batch-transform' });
    }
  }
  for (const input of ENDPOINT_ONLY) {
    const value = inputs[input];
    if (value === undefined || value === ENDPOINT_DEFAULTS[input]) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    problems.push({
      input,
      value: shown(value),
      allowed: 'leave it out with endpoint-type: batch-transform: a transform job has no endpoint to shape',
    });
  }
  const output = inputs['batch-output'];
  if (inputs['batch-input'] && output?.startsWith(inputs['batch-input'])) {
    problems.push({
      input: 'batch-output',
      value: output,
      allowed: `it must lie outside batch-input (${inputs['batch-input']}), or a re-run would transform its own output`,
    });
  }
  return problems;
}

/** With an endpoint type: the batch inputs would be silently ignored, so each one given is refused. */
export function batchInputsGivenToEndpoint(inputs: DeployInputs): InputProblem[] {
  return BATCH_ONLY.filter((input) => inputs[input] !== undefined).map((input) => ({
    input,
    value: shown(inputs[input]),
    allowed: `leave it out with endpoint-type: ${inputs['endpoint-type']}, or use endpoint-type: batch-transform`,
  }));
}
