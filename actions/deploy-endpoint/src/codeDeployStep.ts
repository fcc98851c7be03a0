import * as core from '@actions/core';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import {
  commentOnPullRequest,
  ModelshipError,
  parseDeploymentConfig,
  provenanceFromEnvironment,
} from '@modelship/shared';
import { loadAppSpec } from './appSpecInput';
import { deployWithCodeDeploy, type CodeDeployResult } from './codeDeployDeployment';
import { codeDeploySummaryMarkdown } from './codeDeploySummary';
import { deployClientSettings, reportFailedStep, type DeployContext } from './deployContext';

/** The step for `target: codedeploy`: the SageMaker step's counterpart for models served on Lambda or ECS. */
export async function runCodeDeployStep(context: DeployContext): Promise<void> {
  const { inputs, env } = context;
  const startedAtMs = context.clock.now();
  // CodeDeploy shifts shares of requests, not instances: no instance-count refinement applies.
  const strategy = parseDeploymentConfig(inputs['deployment-config']);
  const appSpec = await loadAppSpec(inputs.appspec as string, env.GITHUB_WORKSPACE ?? process.cwd());
  const settings = deployClientSettings({ inputs, env });
  const result = await deployWithCodeDeploy(
    {
      codedeploy: new CodeDeployClient(settings),
      cloudwatch: new CloudWatchClient(settings),
      clock: context.clock,
      logger: context.logger,
      signal: context.signal,
      setOutput: context.setOutput,
    },
    { inputs, appSpec, strategy, provenance: provenanceFromEnvironment(env, 'deploy-endpoint'), startedAtMs },
  ).catch((err: unknown) => {
    reportFailedStep(context, startedAtMs);
    throw err;
  });
  context.setOutput('status', result.status);
  context.setOutput('rolled-back', String(result.status === 'rolled-back'));
  context.setOutput('duration-seconds', String(result.durationSeconds));
  const summary = codeDeploySummaryMarkdown(result, settings.region);
  await core.summary.addRaw(summary).write();
  if (inputs['comment-on-pr'] && inputs['github-token']) {
    await commentOnPullRequest({
      token: inputs['github-token'],
      key: `deploy-endpoint/codedeploy/${result.application}/${result.group}/${env.GITHUB_WORKFLOW ?? ''}`,
      body: summary,
      logger: context.logger,
    });
  }
  failUnlessDeployed(result);
}

function failUnlessDeployed(result: CodeDeployResult): void {
  if (result.status !== 'rolled-back' && result.status !== 'failed') return;
  throw new ModelshipError(
    `The deployment of ${result.to} ${result.status === 'rolled-back' ? 'was rolled back' : 'failed'}. ${result.reason ?? ''}`.trim(),
    result.status === 'rolled-back'
      ? `${result.from} serves again. Look at the alarms and the logs of ${result.to} before deploying it again.`
      : `Look at deployment ${result.deploymentId ?? ''} in the CodeDeploy console.`,
  );
}
