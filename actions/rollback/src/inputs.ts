import {
  defineInputs,
  defineOutputs,
  SAGEMAKER_NAME,
  SAGEMAKER_NAME_RULE,
  validateDeploymentConfig,
} from '@modelship/shared';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  'endpoint-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description:
      'Endpoint to roll back (target sagemaker); with target codedeploy, only a name for the summary.',
  },
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  to: {
    kind: 'string',
    description:
      'previous (the config recorded in provenance tags), an endpoint config name, or last-approved.',
    default: 'previous',
  },
  'model-package-group': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Model package group for to: last-approved.',
  },
  'execution-role-arn': {
    kind: 'arn',
    service: 'iam',
    resource: 'role',
    description: 'IAM role for the model created for to: last-approved.',
  },
  'deployment-config': {
    kind: 'string',
    validate: validateDeploymentConfig,
    description: 'Traffic shifting of the rollback; same names as deploy-endpoint.',
    default: 'AllAtOnce',
  },
  alarms: { kind: 'list', description: 'Alarms that guard the rollback itself.' },
  'in-flight': {
    kind: 'enum',
    values: ['force', 'wait', 'fail'],
    description:
      'When a deployment is in progress: force (trip its alarm so SageMaker rolls back), wait, or fail.',
    default: 'force',
  },
  'reject-model-package': {
    kind: 'boolean',
    description: 'Mark the model package that was serving as Rejected.',
    default: 'false',
  },
  reason: { kind: 'string', description: 'Why: recorded in tags and the summary.' },
  wait: {
    kind: 'boolean',
    description: 'Wait until the endpoint is InService on the target config.',
    default: 'true',
  },
  'timeout-minutes': {
    kind: 'integer',
    min: 1,
    max: 1440,
    description: 'Stop waiting after this long.',
    default: '30',
  },
  'github-token': { kind: 'string', description: 'Token for the pull request comment.' },
  'comment-on-pr': {
    kind: 'boolean',
    description: 'Post or update one comment on the pull request.',
    default: 'false',
  },
  target: {
    kind: 'enum',
    values: ['sagemaker', 'codedeploy'],
    description: 'sagemaker, or codedeploy (stops the deployment with auto rollback).',
    default: 'sagemaker',
  },
  'codedeploy-deployment-id': {
    kind: 'string',
    pattern: /^d-[A-Z0-9]{9}$/,
    allowed: 'a CodeDeploy deployment id such as d-ABCDEF123',
    description:
      'The CodeDeploy deployment to roll back (target codedeploy); default: the active, else newest, deployment of the group.',
  },
  'codedeploy-application': {
    kind: 'string',
    description: 'CodeDeploy application whose deployment to roll back (target codedeploy).',
  },
  'codedeploy-deployment-group': {
    kind: 'string',
    description: 'CodeDeploy deployment group whose deployment to roll back (target codedeploy).',
  },
});

export const outputs = defineOutputs({
  'rolled-back-from': { description: 'Endpoint config that served before the rollback.' },
  'rolled-back-to': { description: 'Endpoint config that serves now.' },
  'endpoint-config-name': { description: 'Endpoint config that serves now.' },
  'model-package-arn': { description: 'Model package of the config that serves now, when known.' },
  status: { description: 'rolled-back, already-there, failed, or in-progress (wait: false).' },
  'duration-seconds': { description: 'How long the rollback took.' },
  'codedeploy-rollback-deployment-id': {
    description: 'The CodeDeploy deployment that moved traffic back (target codedeploy).',
  },
});
