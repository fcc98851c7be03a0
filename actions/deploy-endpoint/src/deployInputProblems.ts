import { InputError, parseAlarmThresholds, type InputProblem } from '@modelship/shared';
import { BATCH_ONLY, batchInputsGivenToEndpoint, batchTransformProblems } from './batchInputProblems';
import type { DeployInputs } from './deployRequest';

/** Rules across inputs, checked before any AWS call; every problem is reported at once. */
export function deployInputProblems(inputs: DeployInputs): InputProblem[] {
  if (inputs.target === 'codedeploy') return [...codeDeployInputProblems(inputs), ...commentProblems(inputs)];
  return [
    ...requiredForSageMaker(inputs),
    ...endpointTypeProblems(inputs),
    ...shiftingProblems(inputs),
    ...commentProblems(inputs),
    ...autoScalingProblems(inputs),
    ...thresholdProblems(inputs),
    ...(inputs['data-capture-percent'] !== undefined && !inputs['data-capture-s3-uri']
      ? [{ input: 'data-capture-s3-uri', value: '', allowed: 'it is required with data-capture-percent' }]
      : []),
  ];
}

function requiredForSageMaker(inputs: DeployInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!inputs['endpoint-name'] && inputs['endpoint-type'] !== 'batch-transform') {
    problems.push({
      input: 'endpoint-name',
      value: '',
      allowed: 'it is required with target: sagemaker (except with endpoint-type: batch-transform)',
    });
  }
  if (!inputs['model-name'] && !inputs['execution-role-arn']) {
    problems.push({
      input: 'execution-role-arn',
      value: '',
      allowed: 'it is required when the action creates a model (every source but model-name)',
    });
  }
  return problems;
}

function endpointTypeProblems(inputs: DeployInputs): InputProblem[] {
  const type = inputs['endpoint-type'];
  const problems: InputProblem[] = [];
  if (type === 'async' && !inputs['async-output-path']) {
    problems.push({
      input: 'async-output-path',
      value: '',
      allowed: 'it is required for endpoint-type async',
    });
  }
  if (type === 'serverless') problems.push(...serverlessProblems(inputs));
  if (
    inputs['serverless-provisioned-concurrency'] !== undefined &&
    inputs['serverless-provisioned-concurrency'] > inputs['serverless-max-concurrency']
  ) {
    problems.push({
      input: 'serverless-provisioned-concurrency',
      value: String(inputs['serverless-provisioned-concurrency']),
      allowed: `it must not exceed serverless-max-concurrency (${inputs['serverless-max-concurrency']})`,
    });
  }
  problems.push(
    ...(type === 'batch-transform' ? batchTransformProblems(inputs) : batchInputsGivenToEndpoint(inputs)),
  );
  return problems;
}

/** A serverless variant has memory and concurrency, no instances and no rolling updates. */
function serverlessProblems(inputs: DeployInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  if (inputs['serverless-memory-mb'] % 1024 !== 0) {
    problems.push({
      input: 'serverless-memory-mb',
      value: String(inputs['serverless-memory-mb']),
      allowed: 'it must be 1024, 2048, 3072, 4096, 5120 or 6144',
    });
  }
  if (inputs['instance-count'] !== 1) {
    problems.push({
      input: 'instance-count',
      value: String(inputs['instance-count']),
      allowed:
        'leave it out with endpoint-type: serverless: a serverless endpoint has no instances (size it with serverless-max-concurrency and serverless-memory-mb)',
    });
  }
  if (/^Rolling/.test(inputs['deployment-config'])) {
    problems.push({
      input: 'deployment-config',
      value: inputs['deployment-config'],
      allowed: 'SageMaker has no rolling updates for serverless endpoints; use AllAtOnce, Canary… or Linear…',
    });
  }
  return problems;
}

function shiftingProblems(inputs: DeployInputs): InputProblem[] {
  if (inputs['traffic-shifting'] !== 'weights' || !/^Rolling/.test(inputs['deployment-config'])) return [];
  return [
    {
      input: 'deployment-config',
      value: inputs['deployment-config'],
      allowed:
        'rolling is a SageMaker guardrails update; with traffic-shifting weights use AllAtOnce, Canary… or Linear…',
    },
  ];
}

function autoScalingProblems(inputs: DeployInputs): InputProblem[] {
  const min = inputs['autoscaling-min'];
  const max = inputs['autoscaling-max'];
  if ((min === undefined) !== (max === undefined)) {
    return [
      {
        input: 'autoscaling-max',
        value: String(max ?? ''),
        allowed: 'autoscaling-min and autoscaling-max go together',
      },
    ];
  }
  if (min !== undefined && max !== undefined && min > max) {
    return [
      {
        input: 'autoscaling-min',
        value: String(min),
        allowed: `it must not exceed autoscaling-max (${max})`,
      },
    ];
  }
  return [];
}

/** The thresholds are parsed here too, so that a bad one fails before the first AWS call. */
function thresholdProblems(inputs: DeployInputs): InputProblem[] {
  if (!inputs['alarm-thresholds']) return [];
  try {
    parseAlarmThresholds(inputs['alarm-thresholds']);
    return [];
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
}

function commentProblems(inputs: DeployInputs): InputProblem[] {
  return inputs['comment-on-pr'] && !inputs['github-token']
    ? [
        {
          input: 'github-token',
          value: '',
          allowed: 'it is required with comment-on-pr: true (e.g. ${{ github.token }})',
        },
      ]
    : [];
}

/** Inputs that only act on SageMaker (endpoints and transform jobs); with target codedeploy they would be silently ignored. */
const SAGEMAKER_ONLY = [
  'model-package-arn',
  'image',
  'model-name',
  'containers',
  'alarm-thresholds',
  'autoscaling-min',
  'autoscaling-max',
  ...BATCH_ONLY,
] as const;

/** With target codedeploy: the application, group and AppSpec are needed, and SageMaker's own inputs are refused. */
function codeDeployInputProblems(inputs: DeployInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const input of ['codedeploy-application', 'codedeploy-deployment-group', 'appspec'] as const) {
    if (!inputs[input])
      problems.push({ input, value: '', allowed: 'it is required with target: codedeploy' });
  }
  for (const input of SAGEMAKER_ONLY) {
    if (inputs[input] !== undefined) {
      problems.push({
        input,
        value: String(inputs[input]),
        allowed:
          'leave it out with target: codedeploy: it acts on SageMaker endpoints, and the AppSpec names what to deploy',
      });
    }
  }
  if (/^Rolling/.test(inputs['deployment-config'])) {
    problems.push({
      input: 'deployment-config',
      value: inputs['deployment-config'],
      allowed:
        'rolling is a SageMaker endpoint update; with target codedeploy use AllAtOnce, Canary… or Linear…',
    });
  }
  return problems;
}
