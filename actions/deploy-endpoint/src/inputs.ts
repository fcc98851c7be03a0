import {
  defineInputs,
  defineOutputs,
  SAGEMAKER_NAME,
  SAGEMAKER_NAME_RULE,
  S3_URI,
  S3_URI_RULE,
  validateDeploymentConfig,
} from '@modelship/shared';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  'endpoint-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description:
      'Name of the endpoint to create or update (required with target sagemaker); with batch-transform, the base of the model and job names (default: the repository name).',
  },
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  'model-package-arn': {
    kind: 'arn',
    service: 'sagemaker',
    resource: 'model-package',
    description:
      'Deploy this Approved model registry version (ARN). One model source only: model-package-arn, image, model-name or containers.',
  },
  image: {
    kind: 'string',
    description: 'Deploy this container image (ECR URI), with model-data-url and environment.',
  },
  'model-data-url': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI of the model archive (model.tar.gz), or of a prefix of archives with multi-model.',
  },
  environment: {
    kind: 'map',
    description: 'Environment variables of the model container, as a YAML or JSON mapping.',
  },
  'model-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Deploy this existing SageMaker model.',
  },
  'execution-role-arn': {
    kind: 'arn',
    service: 'iam',
    resource: 'role',
    description: 'IAM role SageMaker assumes to run the model; required when the action creates a model.',
  },
  containers: {
    kind: 'records',
    description:
      'Several containers behind one endpoint: a YAML list of {image, model-data-url, environment, hostname}.',
  },
  'inference-execution-mode': {
    kind: 'enum',
    values: ['Serial', 'Direct'],
    description: 'With containers: Serial (an inference pipeline) or Direct (invoke one by hostname).',
    default: 'Serial',
  },
  'multi-model': {
    kind: 'boolean',
    description:
      'Serve many models from one container (Mode MultiModel); model-data-url is an S3 prefix of archives.',
    default: 'false',
  },
  'endpoint-type': {
    kind: 'enum',
    values: ['real-time', 'serverless', 'async', 'batch-transform'],
    description: 'real-time, serverless, async, or batch-transform (a transform job, no endpoint).',
    default: 'real-time',
  },
  'instance-type': {
    kind: 'string',
    pattern: /^ml\.[a-z0-9-]+\.[a-z0-9]+$/,
    allowed: 'it must be a SageMaker instance type such as ml.m5.large',
    description: 'Instance type of a real-time or async variant, or of a transform job.',
    default: 'ml.m5.large',
  },
  'instance-count': {
    kind: 'integer',
    min: 1,
    max: 1000,
    description: 'Number of instances of the variant, or of a transform job.',
    default: '1',
  },
  'variant-name': {
    kind: 'string',
    pattern: SAGEMAKER_NAME,
    allowed: SAGEMAKER_NAME_RULE,
    description: 'Name of the production variant.',
    default: 'AllTraffic',
  },
  'serverless-memory-mb': {
    kind: 'integer',
    min: 1024,
    max: 6144,
    description: 'Memory of a serverless variant: 1024 to 6144 in steps of 1024.',
    default: '2048',
  },
  'serverless-max-concurrency': {
    kind: 'integer',
    min: 1,
    max: 200,
    description: 'Concurrent invocations of a serverless variant (1 to 200).',
    default: '10',
  },
  'serverless-provisioned-concurrency': {
    kind: 'integer',
    min: 1,
    max: 200,
    description: 'Provisioned concurrency of a serverless variant (1 to 200, at most the max concurrency).',
  },
  'async-output-path': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI where an async endpoint writes results; required for endpoint-type async.',
  },
  'async-failure-path': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI where an async endpoint writes failures.',
  },
  'async-max-concurrent-invocations': {
    kind: 'integer',
    min: 1,
    max: 1000,
    description: 'Concurrent requests each async instance takes (1 to 1000).',
  },
  'batch-input': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI prefix of the records to transform (required with endpoint-type batch-transform).',
  },
  'batch-output': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI prefix for the transformed records (required with endpoint-type batch-transform).',
  },
  'batch-strategy': {
    kind: 'enum',
    values: ['MultiRecord', 'SingleRecord'],
    description:
      'Records per request of a transform job: MultiRecord (as many as fit; the default) or SingleRecord.',
  },
  'batch-max-payload-mb': {
    kind: 'integer',
    min: 0,
    max: 100,
    description: 'Largest request of a transform job, in MB (0 to 100; default 6).',
  },
  'batch-split-type': {
    kind: 'enum',
    values: ['None', 'Line', 'RecordIO', 'TFRecord'],
    description:
      'How a transform job splits input objects into records: Line (the default), None, RecordIO or TFRecord.',
  },
  'batch-content-type': {
    kind: 'string',
    pattern: /^[\w.+-]+\/[\w.+-]+$/,
    allowed: 'it must be a MIME type such as text/csv or application/jsonlines',
    description: 'MIME type of the records a transform job sends to the model, e.g. text/csv.',
  },
  'batch-assemble-with': {
    kind: 'enum',
    values: ['Line', 'None'],
    description:
      'How a transform job joins the answers of one input object: Line (one per line; the default) or None.',
  },
  'batch-max-concurrent-transforms': {
    kind: 'integer',
    min: 1,
    max: 1000,
    description: 'Requests a transform job sends to each instance at once (default: SageMaker chooses).',
  },
  'batch-join-source': {
    kind: 'enum',
    values: ['None', 'Input'],
    description:
      'Input: write each input record with its prediction (SageMakerOutput in JSON, appended columns in CSV).',
  },
  'batch-input-filter': {
    kind: 'string',
    pattern: /^\$/,
    allowed: 'it must be a JSONPath starting with $, e.g. $[1:] or $.features',
    description:
      'JSONPath selecting what of each input record goes to the model, e.g. $[1:] to drop an ID column.',
  },
  'batch-output-filter': {
    kind: 'string',
    pattern: /^\$/,
    allowed: "it must be a JSONPath starting with $, e.g. $[0,-1] or $['id','SageMakerOutput']",
    description: 'JSONPath selecting what of each (joined) output record is written, e.g. $[0,-1].',
  },
  'deployment-config': {
    kind: 'string',
    validate: validateDeploymentConfig,
    description:
      'Traffic shifting, named the CodeDeploy way: AllAtOnce, Canary<P>Percent<N>Minutes|Seconds, Linear<P>PercentEvery<N>Minute(s)|Second(s), Rolling<P>PercentEvery<N>Minute(s)|Second(s).',
    default: 'AllAtOnce',
  },
  'termination-wait-seconds': {
    kind: 'integer',
    min: 0,
    max: 3600,
    description: 'How long the old fleet stays after the new one takes all traffic (0 to 3600).',
  },
  'max-execution-seconds': {
    kind: 'integer',
    min: 600,
    max: 28800,
    description: 'SageMaker rolls back a deployment that runs longer (600 to 28800).',
  },
  'traffic-shifting': {
    kind: 'enum',
    values: ['auto', 'guardrails', 'weights'],
    description:
      'auto (SageMaker guardrails where they apply, else the action shifts weights), guardrails, or weights.',
    default: 'auto',
  },
  alarms: {
    kind: 'list',
    description: 'CloudWatch alarms that guard the deployment (comma or newline separated names).',
  },
  'alarm-thresholds': {
    kind: 'string',
    description: 'Alarms the action creates on the new fleet, e.g. 5xx-rate=1%,p99-latency-ms=500.',
  },
  'keep-alarms': {
    kind: 'boolean',
    description:
      'Keep the threshold alarms after the deployment (for the rollback window and later watching).',
    default: 'true',
  },
  'rollback-window-seconds': {
    kind: 'integer',
    min: 0,
    max: 86400,
    description: 'After all traffic moved, keep watching the alarms this long and roll back if one fires.',
    default: '0',
  },
  'autoscaling-min': {
    kind: 'integer',
    min: 1,
    description: 'Minimum instances for target-tracking auto scaling of the variant.',
  },
  'autoscaling-max': { kind: 'integer', min: 1, description: 'Maximum instances for auto scaling.' },
  'autoscaling-target-invocations': {
    kind: 'number',
    min: 1,
    description: 'Target of SageMakerVariantInvocationsPerInstance (per minute).',
  },
  'autoscaling-schedule': {
    kind: 'records',
    description: 'Scheduled capacity: a YAML list of {schedule, min, max}, e.g. schedule: cron(0 8 * * ? *).',
  },
  'vpc-subnets': { kind: 'list', description: 'Subnet IDs for the model (comma separated).' },
  'vpc-security-groups': { kind: 'list', description: 'Security group IDs for the model (comma separated).' },
  'network-isolation': {
    kind: 'boolean',
    description: 'Run the model container with no network access.',
    default: 'false',
  },
  'data-capture-percent': {
    kind: 'integer',
    min: 0,
    max: 100,
    description: 'Share of requests to capture (0 to 100); needs data-capture-s3-uri.',
  },
  'data-capture-s3-uri': {
    kind: 'string',
    pattern: S3_URI,
    allowed: S3_URI_RULE,
    description: 'S3 URI where captured requests and responses go.',
  },
  tags: {
    kind: 'map',
    description: 'Extra tags for everything the action creates, as a YAML or JSON mapping.',
  },
  mode: {
    kind: 'enum',
    values: ['deploy', 'plan'],
    description: 'deploy, or plan: report what would change and change nothing.',
    default: 'deploy',
  },
  wait: {
    kind: 'boolean',
    description: 'Wait for the deployment to finish and report its outcome.',
    default: 'true',
  },
  'timeout-minutes': {
    kind: 'integer',
    min: 1,
    max: 1440,
    description: 'Stop waiting after this long (SageMaker goes on).',
    default: '60',
  },
  'github-token': { kind: 'string', description: 'Token for the pull request comment.' },
  'comment-on-pr': {
    kind: 'boolean',
    description: 'Post or update one comment on the pull request with the plan or outcome.',
    default: 'false',
  },
  target: {
    kind: 'enum',
    values: ['sagemaker', 'codedeploy'],
    description: 'sagemaker, or codedeploy for models served on Lambda or ECS.',
    default: 'sagemaker',
  },
  'codedeploy-application': { kind: 'string', description: 'CodeDeploy application (target codedeploy).' },
  'codedeploy-deployment-group': {
    kind: 'string',
    description: 'CodeDeploy deployment group (target codedeploy).',
  },
  appspec: {
    kind: 'string',
    description:
      'AppSpec content (YAML or JSON) or a file in the workspace, for the CodeDeploy deployment (target codedeploy).',
  },
});

export const outputs = defineOutputs({
  'endpoint-arn': { description: 'ARN of the endpoint.' },
  'endpoint-config-name': {
    description: 'Endpoint config the action deployed (set as soon as it is known).',
  },
  'previous-endpoint-config-name': {
    description: 'Endpoint config that served before (set as soon as it is known).',
  },
  'model-name': { description: 'SageMaker model the action deployed.' },
  status: {
    description:
      'deployed, rolled-back, planned, failed, or in-progress (wait: false); with batch-transform completed, failed, stopped, planned or in-progress.',
  },
  'rolled-back': { description: 'true when the deployment was rolled back.' },
  'duration-seconds': { description: 'How long the deployment took.' },
  plan: { description: 'The plan as JSON: changes, strategy, steps, expected duration, warnings.' },
  'transform-job-name': {
    description: 'The transform job the action started (endpoint-type batch-transform).',
  },
  'output-path': { description: 'S3 URI prefix where the transform job wrote its output objects.' },
  records: { description: 'Output objects the transform job wrote under output-path.' },
  'codedeploy-deployment-id': {
    description: 'The CodeDeploy deployment the action created (target codedeploy).',
  },
});
