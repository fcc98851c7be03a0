import {
  defineInputs,
  defineOutputs,
  SAGEMAKER_NAME,
  SAGEMAKER_NAME_RULE,
  S3_URI,
  S3_URI_RULE,
} from '@modelship/shared';
import { validateChannelsText } from './channels';
import { validateQualityGate } from './qualityGate';
import {
  validateHyperparameters,
  validateMetricDefinitions,
  validatePipelineParameters,
} from './trainInputRules';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  'pipeline-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Run this SageMaker pipeline instead of a single training job.',
  },
  'pipeline-parameters': {
    kind: 'string',
    readsYaml: true,
    validate: validatePipelineParameters,
    description: 'Pipeline parameters, as a YAML or JSON mapping of name to value.',
  },
  'job-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description:
      'Training job name; derived from the repository, the short SHA and a UTC timestamp when empty.',
  },
  image: { kind: 'string', description: 'Training image URI.' },
  'execution-role-arn': {
    kind: 'arn',
    service: 'iam',
    resource: 'role',
    description: 'IAM role the training job runs as.',
  },
  'instance-type': {
    kind: 'string',
    pattern: /^ml\.[a-z0-9-]+\.[a-z0-9]+$/,
    allowed: 'it must be a SageMaker instance type such as ml.m5.large',
    description: 'Training instance type.',
    default: 'ml.m5.large',
  },
  'instance-count': { kind: 'integer', min: 1, description: 'Training instances.', default: '1' },
  'volume-size-gb': { kind: 'integer', min: 1, description: 'Storage per instance in GB.', default: '30' },
  hyperparameters: {
    kind: 'string',
    readsYaml: true,
    validate: validateHyperparameters,
    description: 'Hyperparameters, as a YAML or JSON mapping (values are sent as strings).',
  },
  'input-data': {
    kind: 'string',
    readsYaml: true,
    validate: validateChannelsText,
    description:
      'Channels, as a mapping of channel name to S3 URI prefix, or to {s3-uri, content-type, distribution, input-mode}.',
  },
  'output-path': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI where the model artifact and the metrics report go.',
  },
  'metric-definitions': {
    kind: 'map',
    validate: validateMetricDefinitions,
    description: 'Metrics to read from the logs, as a mapping of name to regex with one capture group.',
  },
  'max-runtime-seconds': {
    kind: 'integer',
    min: 1,
    description: 'Stop the job after this long.',
    default: '86400',
  },
  spot: { kind: 'boolean', description: 'Use managed spot training.', default: 'false' },
  'max-wait-seconds': {
    kind: 'integer',
    min: 1,
    description:
      'With spot: how long to wait for spot capacity and training together; at least max-runtime-seconds.',
  },
  'checkpoint-s3-uri': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'With spot: S3 URI where checkpoints are kept, so an interrupted job resumes.',
  },
  'vpc-subnets': { kind: 'list', description: 'Subnet IDs to run the job in (with vpc-security-groups).' },
  'vpc-security-groups': { kind: 'list', description: 'Security group IDs for the job (with vpc-subnets).' },
  gate: {
    kind: 'string',
    validate: validateQualityGate,
    description:
      'Quality gate on the final metrics, e.g. validation:accuracy>=0.8, validation:loss<=champion (comma separated).',
  },
  'model-package-group': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description:
      'Register the model in this model package group (created when missing); its champion is the newest Approved version.',
  },
  'approval-status': {
    kind: 'enum',
    values: ['PendingManualApproval', 'Approved', 'Rejected'],
    description: 'Approval status of the registered version.',
    default: 'PendingManualApproval',
  },
  tags: { kind: 'map', description: 'Extra tags, as a YAML or JSON mapping.' },
  wait: { kind: 'boolean', description: 'Follow the job to its end.', default: 'true' },
  'timeout-minutes': {
    kind: 'integer',
    min: 1,
    max: 2880,
    description: 'Stop waiting after this long.',
    default: '120',
  },
  'github-token': {
    kind: 'string',
    description: 'Token for the pull request comment; usually secrets.GITHUB_TOKEN.',
  },
  'comment-on-pr': {
    kind: 'boolean',
    description: 'Post or update one comment with the metrics on the pull request.',
    default: 'false',
  },
});

export const outputs = defineOutputs({
  'training-job-name': { description: 'Name of the training job.' },
  'pipeline-execution-arn': { description: 'ARN of the pipeline execution, when a pipeline ran.' },
  'model-data-url': { description: 'S3 URI of model.tar.gz, as deploy-endpoint model-data-url takes it.' },
  metrics: { description: 'Final metrics as a JSON object, metric name to number.' },
  'gate-passed': { description: 'true or false; empty when there is no gate.' },
  'model-package-arn': { description: 'ARN of the registered model version.' },
  status: { description: 'Completed, Failed, Stopped, gate-failed or started (wait false).' },
});
