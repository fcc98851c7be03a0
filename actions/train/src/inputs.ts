import {
  defineInputs,
  defineOutputs,
  SAGEMAKER_NAME,
  SAGEMAKER_NAME_RULE,
  S3_URI,
  S3_URI_RULE,
} from '@modelship/shared';
import { validateQualityGate } from './qualityGate';
import { validateChannels, validateHyperparameters, validateMetricDefinitions } from './trainInputRules';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  'pipeline-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Run this SageMaker pipeline instead of a single training job.',
  },
  'pipeline-parameters': { kind: 'map', description: 'Pipeline parameters, as a YAML or JSON mapping.' },
  'job-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Training job name; derived from the repository and commit when empty.',
  },
  image: { kind: 'string', description: 'Training image URI.' },
  'role-arn': {
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
    kind: 'map',
    validate: validateHyperparameters,
    description: 'Hyperparameters, as a YAML or JSON mapping (values are sent as strings).',
  },
  'input-data': {
    kind: 'map',
    validate: validateChannels,
    description: 'Channels, as a mapping of channel name to S3 URI prefix, e.g. train: s3://bucket/train/.',
  },
  'output-path': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI where the model artifact goes.',
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
  gate: {
    kind: 'string',
    validate: validateQualityGate,
    description:
      'Quality gate on the final metrics, e.g. validation:accuracy>=0.8 (comma separated for several).',
  },
  'model-package-group': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Register the model in this model package group.',
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
});

export const outputs = defineOutputs({
  'training-job-name': { description: 'Name of the training job.' },
  'pipeline-execution-arn': { description: 'ARN of the pipeline execution, when a pipeline ran.' },
  'model-data-url': { description: 'S3 URI of model.tar.gz.' },
  metrics: { description: 'Final metrics as JSON.' },
  'gate-passed': { description: 'true when every gate held.' },
  'model-package-arn': { description: 'ARN of the registered model version.' },
  status: { description: 'Completed, Failed, Stopped or gate-failed.' },
});
