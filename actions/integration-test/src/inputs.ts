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
  async: {
    kind: 'boolean',
    description:
      'Call the endpoint with InvokeEndpointAsync: each request body is uploaded to async-input-s3-prefix and the answer read from the output location.',
    default: 'false',
  },
  'async-input-s3-prefix': {
    kind: 'string',
    pattern: /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/,
    allowed: 'it must be an S3 URI such as s3://my-bucket/async-inputs/',
    description: 'Where request bodies are uploaded for async: true (an S3 URI the endpoint can read).',
  },
  'load-rps': {
    kind: 'number',
    min: 0,
    max: 10000,
    description:
      'Requests per second of the load test; 0 skips it. Without it, the load: block of the test files decides.',
  },
  'load-duration-seconds': {
    kind: 'integer',
    min: 1,
    max: 3600,
    description: 'Length of the load test (default 30, or the load: block of the test files).',
  },
  concurrency: {
    kind: 'integer',
    min: 1,
    max: 1000,
    description: 'Requests in flight at once during the load test (default 4, or the load: block).',
  },
  'max-p99-latency-ms': { kind: 'number', min: 0, description: 'Fail when the p99 latency is higher.' },
  'max-error-rate': {
    kind: 'number',
    min: 0,
    max: 1,
    description:
      'Fail when the share of failed requests of the load test is higher (0 to 1; 0 when neither this nor the load: block sets it).',
  },
  'min-throughput': {
    kind: 'number',
    min: 0,
    description: 'Fail when the load test answers fewer requests per second.',
  },
  'junit-report': {
    kind: 'string',
    description: 'Write a JUnit XML report to this path, for test reporters.',
  },
  'github-token': { kind: 'string', description: 'Token for the pull request comment.' },
  'comment-on-pr': {
    kind: 'boolean',
    description: 'Post or update one comment on the pull request with the results.',
    default: 'false',
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
