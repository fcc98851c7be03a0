import { defineInputs, defineOutputs, SAGEMAKER_NAME, SAGEMAKER_NAME_RULE } from '@modelship/shared';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  tests: {
    kind: 'string',
    description: 'Test file (YAML): contract cases, golden request/response pairs and load settings.',
    required: true,
  },
  'endpoint-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Endpoint to test.',
  },
  variant: { kind: 'string', description: 'Send every request to this production variant.' },
  'local-image': {
    kind: 'string',
    pattern: /^[^\s]+$/,
    allowed: 'it must be an image reference such as churn-model:latest, without spaces',
    description:
      'Test this image instead of an endpoint: run it with `serve` and send requests to its port 8080.',
  },
  'local-command': {
    kind: 'string',
    description:
      'Test the model server this command starts (it must answer GET /ping and POST /invocations at local-url).',
  },
  'local-url': {
    kind: 'string',
    pattern: /^https?:\/\/[^\s]+$/,
    allowed: 'it must be an http(s) URL',
    description:
      'Where the local model server listens: one already running, or the one local-command starts (default http://127.0.0.1:8080).',
  },
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  'load-rps': {
    kind: 'number',
    min: 0,
    max: 10000,
    description: 'Requests per second of the load test; 0 skips it.',
    default: '0',
  },
  'load-duration-seconds': {
    kind: 'integer',
    min: 0,
    max: 3600,
    description: 'Length of the load test.',
    default: '30',
  },
  'max-p99-latency-ms': { kind: 'number', min: 0, description: 'Fail when the p99 latency is higher.' },
  'max-error-rate': {
    kind: 'number',
    min: 0,
    max: 1,
    description: 'Fail when the share of failed requests is higher (0 to 1).',
    default: '0',
  },
  'timeout-minutes': {
    kind: 'integer',
    min: 1,
    max: 360,
    description: 'Stop after this long.',
    default: '15',
  },
});

export const outputs = defineOutputs({
  passed: { description: 'Number of passed cases.' },
  failed: { description: 'Number of failed cases.' },
  'p50-latency-ms': { description: 'Median latency of the load test.' },
  'p99-latency-ms': { description: '99th percentile latency of the load test.' },
  'error-rate': { description: 'Share of failed requests in the load test.' },
  report: { description: 'The results as JSON.' },
});
