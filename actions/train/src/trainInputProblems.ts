import type { InputProblem, InputValues } from '@modelship/shared';
import type { inputs } from './inputs';
import { parseQualityGate, usesChampion } from './qualityGate';

type TrainInputs = InputValues<typeof inputs>;

/** A single training job needs an image, a role and an output path; a pipeline brings its own. */
function sourceProblems(values: TrainInputs): InputProblem[] {
  if (values['pipeline-name']) {
    const problems: InputProblem[] = [];
    if (values.image)
      problems.push({
        input: 'image',
        value: values.image,
        allowed: 'set either pipeline-name or image, not both',
      });
    if (values['model-package-group'] && !values['output-path'])
      problems.push({
        input: 'output-path',
        value: '',
        allowed: 'it is required with model-package-group: the metrics report goes there',
      });
    return problems;
  }
  return (['image', 'execution-role-arn', 'output-path'] as const)
    .filter((name) => !values[name])
    .map((name) => ({ input: name, value: '', allowed: 'it is required unless pipeline-name is set' }));
}

/** Every gate condition names a defined metric (a pipeline's metrics are its own), and a champion needs a group. */
function gateProblems(values: TrainInputs): InputProblem[] {
  const gate = values.gate ? parseQualityGate(values.gate) : undefined;
  if (!gate) return [];
  const problems: InputProblem[] = [];
  const defined = Object.keys(values['metric-definitions'] ?? {});
  const undefinedMetric = gate.find((c) => !defined.includes(c.metric));
  if (!values['pipeline-name'] && undefinedMetric) {
    problems.push({
      input: 'gate',
      value: values.gate!,
      allowed: `"${undefinedMetric.metric}" has no regex in metric-definitions (defined: ${defined.join(', ') || 'none'})`,
    });
  }
  if (usesChampion(gate) && !values['model-package-group']) {
    problems.push({
      input: 'gate',
      value: values.gate!,
      allowed:
        'a condition against the champion needs model-package-group, whose newest Approved version is the champion',
    });
  }
  return problems;
}

/** Spot needs a max wait of at least the runtime; the spot-only settings need spot. */
function spotProblems(values: TrainInputs): InputProblem[] {
  const runtime = values['max-runtime-seconds'] ?? 86400;
  const wait = values['max-wait-seconds'];
  if (values.spot && (wait === undefined || wait < runtime)) {
    return [
      {
        input: 'max-wait-seconds',
        value: wait === undefined ? '' : String(wait),
        allowed: `with spot it is required and must be at least max-runtime-seconds (${runtime})`,
      },
    ];
  }
  if (!values.spot && wait !== undefined)
    return [{ input: 'max-wait-seconds', value: String(wait), allowed: 'it applies only with spot: true' }];
  if (!values.spot && values['checkpoint-s3-uri'])
    return [
      {
        input: 'checkpoint-s3-uri',
        value: values['checkpoint-s3-uri'],
        allowed: 'it applies only with spot: true',
      },
    ];
  return [];
}

/** Subnets and security groups go together; a gate and registration need the job followed to its end. */
function placementProblems(values: TrainInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  const subnets = values['vpc-subnets'] ?? [];
  const groups = values['vpc-security-groups'] ?? [];
  if (subnets.length && !groups.length)
    problems.push({ input: 'vpc-security-groups', value: '', allowed: 'it is required with vpc-subnets' });
  if (groups.length && !subnets.length)
    problems.push({ input: 'vpc-subnets', value: '', allowed: 'it is required with vpc-security-groups' });
  if (values.wait === false) {
    for (const name of ['gate', 'model-package-group'] as const) {
      if (values[name])
        problems.push({
          input: name,
          value: values[name]!,
          allowed: 'it needs wait: true, to judge the finished job',
        });
    }
  }
  if (values['comment-on-pr'] && !values['github-token'])
    problems.push({ input: 'github-token', value: '', allowed: 'it is required with comment-on-pr: true' });
  return problems;
}

/** Rules across inputs, all reported at once before any AWS call. */
export function trainInputProblems(values: TrainInputs): InputProblem[] {
  return [
    ...sourceProblems(values),
    ...gateProblems(values),
    ...spotProblems(values),
    ...placementProblems(values),
  ];
}
