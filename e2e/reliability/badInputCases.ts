/**
 * Malformed inputs, each with the input its error must name. Bases are valid, so that each case tests
 * one fault; `undefined` removes a base input. Every case must fail before any AWS call.
 */
export interface BadInputCase {
  action: 'build-container' | 'train' | 'deploy-endpoint' | 'rollback' | 'integration-test';
  what: string;
  inputs: Record<string, string | undefined>;
  /** The input the error names. */
  names: string;
}

/** A shell payload that leaves a file behind if anything ever runs it. */
export const SHELL_MARKER = '/tmp/modelship-reliability-shell-ran';
const shell = `$(touch ${SHELL_MARKER})`;
const backticks = `\`touch ${SHELL_MARKER}\``;
/** Workflow commands smuggled in a value: on their own line, and URL-encoded as in a command value. */
const setOutput = 'churn\n::set-output name=status::deployed';
const encodedError = 'churn%0A::error::pwned';
const long = (n: number) => 'a'.repeat(n);

const role = 'arn:aws:iam::123456789012:role/sagemaker';

export const BASES: Record<BadInputCase['action'], Record<string, string>> = {
  'build-container': { repository: 'churn', context: 'e2e/fixtures/tiny-image', builder: 'buildah' },
  train: {
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1',
    'execution-role-arn': role,
    'input-data': 'train: s3://churn-data/train/',
    'output-path': 's3://churn-models/jobs/',
  },
  'deploy-endpoint': {
    'endpoint-name': 'churn',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1',
    'model-data-url': 's3://churn-models/model.tar.gz',
    'execution-role-arn': role,
  },
  rollback: { 'endpoint-name': 'churn' },
  'integration-test': { tests: 'e2e/reliability/fixtures/contract.yml', 'endpoint-name': 'churn' },
};

const build = (what: string, inputs: BadInputCase['inputs'], names: string): BadInputCase => ({
  action: 'build-container',
  what,
  inputs,
  names,
});
const train = (what: string, inputs: BadInputCase['inputs'], names: string): BadInputCase => ({
  action: 'train',
  what,
  inputs,
  names,
});
const deploy = (what: string, inputs: BadInputCase['inputs'], names: string): BadInputCase => ({
  action: 'deploy-endpoint',
  what,
  inputs,
  names,
});
const rollback = (what: string, inputs: BadInputCase['inputs'], names: string): BadInputCase => ({
  action: 'rollback',
  what,
  inputs,
  names,
});
const integration = (what: string, inputs: BadInputCase['inputs'], names: string): BadInputCase => ({
  action: 'integration-test',
  what,
  inputs,
  names,
});

export const BAD_INPUTS: BadInputCase[] = [
  build('builder typo', { builder: 'dokcer' }, 'builder'),
  build('builder that does not exist', { builder: 'kaniko' }, 'builder'),
  build('repository in upper case (ECR refuses)', { repository: 'Churn_Model' }, 'repository'),
  build('repository of one character', { repository: 'a' }, 'repository'),
  build('repository of 300 characters', { repository: long(300) }, 'repository'),
  build('repository with a shell command', { repository: `churn${shell}` }, 'repository'),
  build('keep-images below 0', { 'keep-images': '-1' }, 'keep-images'),
  build('keep-images above 10000', { 'keep-images': '10001' }, 'keep-images'),
  build('push not a boolean', { push: 'yes please' }, 'push'),
  build('skip-unchanged typo', { 'skip-unchanged': 'ture' }, 'skip-unchanged'),
  build('build-args not YAML', { 'build-args': 'VERSION: [1, 2' }, 'build-args'),
  build('build-args a list, not a map', { 'build-args': '- VERSION=1' }, 'build-args'),
  build('codebuild without a project', { builder: 'codebuild' }, 'codebuild-project'),
  build('a project with builder buildah', { 'codebuild-project': 'image-builder' }, 'builder'),
  build(
    'codebuild with push false',
    { builder: 'codebuild', 'codebuild-project': 'image-builder', push: 'false' },
    'push',
  ),
  build('context that does not exist', { context: 'no/such/dir' }, 'context'),
  build('dockerfile that does not exist', { dockerfile: 'Missing.Dockerfile' }, 'dockerfile'),
  build('tag with a shell command', { tags: `latest,${shell}` }, 'tags'),
  build('tag with backticks', { tags: `v1${backticks}` }, 'tags'),
  build('target with a shell command', { target: shell }, 'target'),
  build('platform with an extra flag', { platform: 'linux/amd64 --privileged' }, 'platform'),

  train('instance type without ml.', { 'instance-type': 'm5.large' }, 'instance-type'),
  train('instance-count 0', { 'instance-count': '0' }, 'instance-count'),
  train('volume-size-gb 0', { 'volume-size-gb': '0' }, 'volume-size-gb'),
  train('max-runtime-seconds not a number', { 'max-runtime-seconds': 'forever' }, 'max-runtime-seconds'),
  train('spot typo', { spot: 'ture' }, 'spot'),
  train('max-wait-seconds without spot', { 'max-wait-seconds': '7200' }, 'max-wait-seconds'),
  train(
    'spot wait shorter than the runtime',
    { spot: 'true', 'max-runtime-seconds': '3600', 'max-wait-seconds': '60' },
    'max-wait-seconds',
  ),
  train('hyperparameters not YAML', { hyperparameters: '{epochs: 5' }, 'hyperparameters'),
  train('input-data channel not an S3 URI', { 'input-data': 'train: /data/train' }, 'input-data'),
  train('output-path not an S3 URI', { 'output-path': 'churn-models/jobs' }, 'output-path'),
  train('job-name SageMaker refuses', { 'job-name': 'churn_job!' }, 'job-name'),
  train('job-name of 5000 characters', { 'job-name': long(5000) }, 'job-name'),
  train('job-name with an encoded ::error', { 'job-name': encodedError }, 'job-name'),
  train('gate with a bad operator', { gate: 'validation:accuracy>>0.8' }, 'gate'),
  train('approval-status typo', { 'approval-status': 'Aproved' }, 'approval-status'),
  train('execution-role-arn not an ARN', { 'execution-role-arn': 'sagemaker-role' }, 'execution-role-arn'),
  train('vpc-subnets without security groups', { 'vpc-subnets': 'subnet-0abc' }, 'vpc-security-groups'),
  train('comment-on-pr without a token', { 'comment-on-pr': 'true' }, 'github-token'),
  train('timeout-minutes 0', { 'timeout-minutes': '0' }, 'timeout-minutes'),
  train('tags a plain string', { tags: 'team' }, 'tags'),
  train('output-path missing', { 'output-path': undefined }, 'output-path'),

  deploy('endpoint-type typo', { 'endpoint-type': 'serverles' }, 'endpoint-type'),
  deploy('canary above 100 %', { 'deployment-config': 'Canary110Percent5Minutes' }, 'deployment-config'),
  deploy('deployment-config unknown', { 'deployment-config': 'BlueGreen' }, 'deployment-config'),
  deploy('traffic-shifting typo', { 'traffic-shifting': 'weight' }, 'traffic-shifting'),
  deploy('instance-count 0', { 'instance-count': '0' }, 'instance-count'),
  deploy('instance-count 1001', { 'instance-count': '1001' }, 'instance-count'),
  deploy('instance-count a fraction', { 'instance-count': '1.5' }, 'instance-count'),
  deploy(
    'serverless memory below 1024',
    { 'endpoint-type': 'serverless', 'instance-count': undefined, 'serverless-memory-mb': '512' },
    'serverless-memory-mb',
  ),
  deploy('endpoint-name with an underscore', { 'endpoint-name': 'churn_prod' }, 'endpoint-name'),
  deploy('endpoint-name of 100000 characters', { 'endpoint-name': long(100_000) }, 'endpoint-name'),
  deploy('endpoint-name with a ::set-output line', { 'endpoint-name': setOutput }, 'endpoint-name'),
  deploy('model-data-url over https', { 'model-data-url': 'https://b/model.tar.gz' }, 'model-data-url'),
  deploy('environment not YAML', { environment: 'A: [unclosed' }, 'environment'),
  deploy(
    'instance count with a serverless endpoint',
    { 'endpoint-type': 'serverless', 'instance-count': '3' },
    'instance-count',
  ),
  deploy(
    'autoscaling-min above autoscaling-max',
    { 'autoscaling-min': '5', 'autoscaling-max': '2' },
    'autoscaling-min',
  ),
  deploy('unknown alarm threshold', { 'alarm-thresholds': 'error-rate=1%' }, 'alarm-thresholds'),
  deploy(
    'two model sources',
    { 'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/1' },
    'model-package-arn + image',
  ),
  deploy('execution-role-arn not an ARN', { 'execution-role-arn': 'role/sagemaker' }, 'execution-role-arn'),
  deploy('mode typo', { mode: 'dry-run' }, 'mode'),
  deploy('termination wait above 3600', { 'termination-wait-seconds': '4000' }, 'termination-wait-seconds'),
  deploy('max-execution-seconds below 600', { 'max-execution-seconds': '60' }, 'max-execution-seconds'),
  deploy('async without an output path', { 'endpoint-type': 'async' }, 'async-output-path'),
  deploy('variant-name with a space', { 'variant-name': 'all traffic' }, 'variant-name'),
  deploy('instance-type with a shell command', { 'instance-type': `ml.m5.large${shell}` }, 'instance-type'),
  deploy('tags not YAML', { tags: 'team: [a' }, 'tags'),

  rollback('in-flight typo', { 'in-flight': 'forse' }, 'in-flight'),
  rollback(
    'to last-approved without a group',
    { to: 'last-approved', 'execution-role-arn': role },
    'model-package-group',
  ),
  rollback(
    'to last-approved without a role',
    { to: 'last-approved', 'model-package-group': 'churn' },
    'execution-role-arn',
  ),
  rollback(
    'deployment-config at 0 %',
    { 'deployment-config': 'Canary0Percent5Minutes' },
    'deployment-config',
  ),
  rollback('target typo', { target: 'lambda' }, 'target'),
  rollback('codedeploy without a deployment', { target: 'codedeploy' }, 'codedeploy-deployment-id'),
  rollback(
    'codedeploy to a config',
    { target: 'codedeploy', 'codedeploy-deployment-id': 'd-ABCDEF123', to: 'churn-config-1' },
    'to',
  ),
  rollback('timeout-minutes negative', { 'timeout-minutes': '-5' }, 'timeout-minutes'),
  rollback('endpoint-name with a shell command', { 'endpoint-name': shell }, 'endpoint-name'),
  rollback('endpoint-name with backticks', { 'endpoint-name': backticks }, 'endpoint-name'),
  rollback('reject-model-package not a boolean', { 'reject-model-package': 'sure' }, 'reject-model-package'),
  rollback('comment-on-pr without a token', { 'comment-on-pr': 'true' }, 'github-token'),
  rollback('no endpoint with target sagemaker', { 'endpoint-name': undefined }, 'endpoint-name'),
  rollback('to a config name SageMaker refuses', { to: 'config_with_underscore' }, 'to'),

  integration('endpoint-name with a space', { 'endpoint-name': 'churn prod' }, 'endpoint-name'),
  integration('load-rps negative', { 'load-rps': '-1' }, 'load-rps'),
  integration('max-error-rate above 1', { 'max-error-rate': '1.5' }, 'max-error-rate'),
  integration('local-url not http', { 'local-url': 'ftp://127.0.0.1:8080' }, 'local-url'),
  integration('timeout-minutes 0', { 'timeout-minutes': '0' }, 'timeout-minutes'),
  integration(
    'an endpoint and a local server at once',
    { 'local-url': 'http://127.0.0.1:8080' },
    'local-url',
  ),
  integration(
    'a variant without an endpoint',
    { 'endpoint-name': undefined, 'local-url': 'http://127.0.0.1:8080', variant: 'AllTraffic' },
    'variant',
  ),
  integration('neither an endpoint nor a local server', { 'endpoint-name': undefined }, 'endpoint-name'),
  integration(
    'a local image and a local command',
    { 'endpoint-name': undefined, 'local-image': 'churn:1', 'local-command': 'python serve.py' },
    'local-command',
  ),
  integration(
    'load-duration-seconds in backticks',
    { 'load-duration-seconds': backticks },
    'load-duration-seconds',
  ),
  integration('load-rps not a number', { 'load-rps': shell }, 'load-rps'),
];
