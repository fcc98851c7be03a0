// The CloudFormation template a team deploys for its pipeline (examples/infrastructure/pipeline.yml): valid
// under cfn-lint, which must be installed (the test fails without it rather than skip), and consistent with
// the example workflows that rely on it.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const templatePath = path.join(root, 'examples/infrastructure/pipeline.yml');
const templateText = readFileSync(templatePath, 'utf8');
// CloudFormation's short forms (!Sub, !Ref...) are unknown tags to a YAML reader, which then keeps the
// plain value: the text of a !Sub, the name of a !Ref, which is what these checks read.
const template = YAML.parse(templateText, { logLevel: 'error' });
const resources: Record<string, { Type: string; Properties: Record<string, any> }> = template.Resources;
const readExample = (name: string) =>
  YAML.parse(readFileSync(path.join(root, 'examples/workflows', name), 'utf8'));
const LINT_TIMEOUT = 180_000;

/** cfn-lint's findings per file, from one run over all of them (it starts slowly); a missing cfn-lint is an
 * error that says how to install it. */
function cfnLint(files: string[]): { status: number | null; findings: Record<string, string[]> } {
  const result = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...files], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `cfn-lint could not run (${result.error.message}); install it with: pip install cfn-lint`,
    );
  }
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter(Boolean);
  const findings = Object.fromEntries(
    files.map((file) => [file, lines.filter((line) => line.startsWith(`${file}:`))]),
  );
  return { status: result.status, findings };
}

describe('examples/infrastructure/pipeline.yml', () => {
  // A copy with one mistake shows the lint reads the template: it must find that mistake and only it.
  const brokenPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'cfn-')), 'pipeline.yml');
  let lint: ReturnType<typeof cfnLint>;
  beforeAll(() => {
    const broken = templateText.replace(
      'ComparisonOperator: GreaterThanThreshold',
      'ComparisonOperator: Above',
    );
    writeFileSync(brokenPath, broken);
    lint = cfnLint([templatePath, brokenPath]);
  }, LINT_TIMEOUT);

  it('passes cfn-lint', () => {
    expect(lint.findings[templatePath]).toEqual([]);
  });

  it('fails cfn-lint when broken (the lint really reads the template)', () => {
    expect(lint.status).not.toBe(0);
    expect(lint.findings[brokenPath]).toEqual([expect.stringMatching(/:E3030:'Above' is not one of \[/)]);
  });

  it("trusts GitHub's OIDC tokens of this repository only; for production, its environment, default branch and tags", () => {
    const trust = (role: string) => resources[role]!.Properties.AssumeRolePolicyDocument.Statement[0];
    const pipeline = trust('PipelineRole');
    expect(pipeline.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(pipeline.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:${GitHubOwner}/${GitHubRepository}:*' },
    });
    expect(trust('ProductionRole').Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: {
        'token.actions.githubusercontent.com:sub': [
          'repo:${GitHubOwner}/${GitHubRepository}:environment:production',
          'repo:${GitHubOwner}/${GitHubRepository}:ref:refs/heads/${DefaultBranch}',
          'repo:${GitHubOwner}/${GitHubRepository}:ref:refs/tags/${ReleaseTagPrefix}*',
        ],
      },
    });
    expect(resources.GitHubOidcProvider!.Properties.Url).toBe('https://token.actions.githubusercontent.com');
  });

  it('never grants a wildcard action, and passes the execution role to SageMaker only', () => {
    const statements = Object.values(resources)
      .filter((resource) => resource.Type === 'AWS::IAM::ManagedPolicy')
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect(actions.filter((action: string) => action.includes('*'))).toEqual([]);
    for (const statement of statements.filter((s) => [s.Action].flat().includes('iam:PassRole'))) {
      expect(statement.Condition).toEqual({
        StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' },
      });
    }
  });

  it('creates the alarms release.yml names, on the endpoint it deploys', () => {
    const deploy = readExample('release.yml').jobs.deploy.steps.find(
      (step: { id?: string }) => step.id === 'deploy',
    );
    const named = String(deploy.with.alarms).split(',');
    const alarmNames = Object.values(resources)
      .filter((resource) => resource.Type === 'AWS::CloudWatch::Alarm')
      .map((alarm) =>
        alarm.Properties.AlarmName.replace('${ModelName}', template.Parameters.ModelName.Default),
      );
    expect(alarmNames.sort()).toEqual(named.sort());
    const endpoint = deploy.with['endpoint-name'];
    expect(named.every((name) => name.startsWith(`${endpoint}-`))).toBe(true);
  });

  it('measures the 5XX alarm as a rate of invocations, by metric math', () => {
    const metrics = resources.FiveXXRateAlarm!.Properties.Metrics;
    expect(
      metrics.map(
        (m: { MetricStat?: { Metric: { MetricName: string } } }) => m.MetricStat?.Metric.MetricName,
      ),
    ).toEqual(['Invocation5XXErrors', 'Invocations', undefined]);
    expect(metrics[2].Expression).toBe('IF(invocations > 0, 100 * errors / invocations, 0)');
  });

  it('fires the repository_dispatch event retrain.yml listens for, with a token from Secrets Manager', () => {
    const retrain = readExample('retrain.yml');
    const target = resources.NewTrainingDataRule!.Properties.Targets[0];
    const body = target.InputTransformer.InputTemplate.replace(/<(\w+)>/g, '"$1"');
    expect(retrain.on.repository_dispatch.types).toEqual([JSON.parse(body).event_type]);
    expect(resources.NewTrainingDataRule!.Properties.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: ['DataBucket'] }, object: { key: [{ prefix: 'training/' }] } },
    });
    expect(resources.DataBucket!.Properties.NotificationConfiguration).toEqual({
      EventBridgeConfiguration: { EventBridgeEnabled: true },
    });
    expect(resources.RepositoryDispatch!.Properties.InvocationEndpoint).toBe(
      'https://api.github.com/repos/${GitHubOwner}/${GitHubRepository}/dispatches',
    );
    const auth = resources.GitHubConnection!.Properties.AuthParameters.ApiKeyAuthParameters;
    expect(auth.ApiKeyValue).toBe('Bearer {{resolve:secretsmanager:${GitHubTokenSecretName}:SecretString}}');
  });
});

describe("the template's roles and policies/<action>.json", () => {
  const policyDir = path.join(root, 'policies');
  const policyActions = (action: string): string[] => {
    const policy = JSON.parse(readFileSync(path.join(policyDir, `${action}.json`), 'utf8'));
    return policy.Statement.flatMap((statement: { Action: string | string[] }) => [statement.Action].flat());
  };
  /** IAM actions a role of the template grants, through its managed policies and inline policies. */
  const granted = (role: string): Set<string> => {
    const { ManagedPolicyArns = [], Policies = [] } = resources[role]!.Properties;
    const documents = [
      ...ManagedPolicyArns.map((name: string) => resources[name]!.Properties.PolicyDocument),
      ...Policies.map((policy: { PolicyDocument: unknown }) => policy.PolicyDocument),
    ];
    return new Set(
      documents.flatMap((document: { Statement: Array<{ Action: string | string[] }> }) =>
        document.Statement.flatMap((statement) => [statement.Action].flat()),
      ),
    );
  };
  // Models on Lambda or ECS (target codedeploy) are not what this template sets up.
  const forSageMaker = (action: string) => !action.startsWith('codedeploy:');

  it.each([
    ['PipelineRole', ['build-container', 'train', 'deploy-endpoint', 'integration-test', 'rollback']],
    ['ProductionRole', ['deploy-endpoint', 'integration-test', 'rollback']],
  ])('%s grants every IAM action the policies of %j name', (role, actions) => {
    const grants = granted(role);
    const missing = actions.flatMap((action) =>
      policyActions(action)
        .filter(forSageMaker)
        .filter((iamAction) => !grants.has(iamAction))
        .map((iamAction) => `${action}: ${iamAction}`),
    );
    expect(missing).toEqual([]);
  });

  it('grants the production role nothing of building or training', () => {
    const buildAndTrain = new Set([...policyActions('build-container'), ...policyActions('train')]);
    const deploying = new Set(
      ['deploy-endpoint', 'integration-test', 'rollback'].flatMap((action) => policyActions(action)),
    );
    const onlyBuildAndTrain = [...buildAndTrain].filter((action) => !deploying.has(action));
    expect(onlyBuildAndTrain.filter((action) => granted('ProductionRole').has(action))).toEqual([]);
  });
});
