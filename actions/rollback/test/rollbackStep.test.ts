import { beforeEach, describe, expect, it } from '@jest/globals';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient, GetDeploymentCommand, type DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ModelshipError, readInputs } from '@modelship/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { inputs as inputSchema } from '../src/inputs';
import { rollbackStep, type RollbackContext } from '../src/rollbackStep';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

const codedeploy = mockClient(CodeDeployClient);
const sagemaker = mockClient(SageMakerClient);

let outputs: Record<string, string>;
let summaries: string[];
let comments: Array<{ token: string; key: string; body: string }>;

beforeEach(() => {
  codedeploy.reset();
  sagemaker.reset();
  outputs = {};
  summaries = [];
  comments = [];
});

const context = (raw: Record<string, string>, clock = new FakeClock(1_000_000)): RollbackContext => ({
  inputs: readInputs(inputSchema, (name) => raw[name] ?? ''),
  setOutput: (name, value) => (outputs[name] = value),
  signal: new AbortController().signal,
  logger: new RecordingLogger(),
  clock,
  env: { GITHUB_WORKFLOW: 'release' },
});

const run = (raw: Record<string, string>, clock?: FakeClock) =>
  rollbackStep(context(raw, clock), {
    region: 'eu-west-1',
    sagemaker: new SageMakerClient({ region: 'eu-west-1' }),
    cloudwatch: new CloudWatchClient({ region: 'eu-west-1' }),
    autoscaling: new ApplicationAutoScalingClient({ region: 'eu-west-1' }),
    codedeploy: new CodeDeployClient({ region: 'eu-west-1' }),
    writeSummary: async (markdown) => summaries.push(markdown),
    commentOnPullRequest: async (comment) => {
      comments.push(comment);
    },
  });

const rolledBack = (extra: Partial<DeploymentInfo> = {}): DeploymentInfo => ({
  deploymentId: 'd-ROLLBACK1',
  applicationName: 'churn-app',
  deploymentGroupName: 'churn-group',
  creator: 'codeDeployRollback',
  status: 'Succeeded',
  ...extra,
});

describe('the rollback step', () => {
  it('routes target codedeploy to CodeDeploy, and reports in outputs, the summary and one PR comment', async () => {
    codedeploy.on(GetDeploymentCommand).resolves({ deploymentInfo: rolledBack() });
    await run({
      target: 'codedeploy',
      'codedeploy-deployment-id': 'd-ROLLBACK1',
      'comment-on-pr': 'true',
      'github-token': 'ghs_token',
    });
    expect(outputs).toMatchObject({ status: 'already-there', 'duration-seconds': '0' });
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain('Already there');
    expect(summaries[0]).toContain(
      'eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ROLLBACK1',
    );
    expect(comments).toEqual([
      { token: 'ghs_token', key: 'rollback/churn-app/churn-group/release', body: summaries[0] },
    ]);
    expect(sagemaker.calls()).toHaveLength(0);
  });

  it('posts no comment unless asked', async () => {
    codedeploy.on(GetDeploymentCommand).resolves({ deploymentInfo: rolledBack() });
    await run({
      target: 'codedeploy',
      'codedeploy-deployment-id': 'd-ROLLBACK1',
      'github-token': 'ghs_token',
    });
    expect(comments).toEqual([]);
  });

  it('fails the step, with a hint naming the deployment, when the rollback did not complete', async () => {
    codedeploy.on(GetDeploymentCommand).resolves({
      deploymentInfo: { ...rolledBack({ deploymentId: 'd-AAAAAAAAA', creator: 'user', status: 'Failed' }) },
    });
    const failure = run({ target: 'codedeploy', 'codedeploy-deployment-id': 'd-AAAAAAAAA' });
    await expect(failure).rejects.toThrow(ModelshipError);
    await expect(failure).rejects.toThrow(/CodeDeploy started no rollback/);
    expect(outputs.status).toBe('failed');
  });

  it('sets status failed and the time taken when the SageMaker rollback throws', async () => {
    const clock = new FakeClock(1_000_000);
    sagemaker.on(DescribeEndpointCommand).callsFake(async () => {
      await clock.sleep(3_000);
      throw Object.assign(new Error('Could not find endpoint "churn".'), { name: 'ValidationException' });
    });
    await expect(run({ 'endpoint-name': 'churn' }, clock)).rejects.toThrow(/does not exist in eu-west-1/);
    expect(outputs).toEqual({ status: 'failed', 'duration-seconds': '3' });
    expect(summaries).toEqual([]);
  });
});
