import * as core from '@actions/core';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import {
  actionsLogger,
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION,
  ModelshipError,
  parseDeploymentConfig,
  provenanceFromEnvironment,
  systemClock,
} from '@modelship/shared';
import { loadAppSpec } from './appSpecInput';
import { deployWithCodeDeploy } from './codeDeployDeployment';
import { codeDeploySummaryMarkdown } from './codeDeploySummary';
import type { DeployInputs } from './deployRequest';
import type { outputs } from './inputs';

/** The step for `target: codedeploy`: main's counterpart for models served on Lambda or ECS. */
export async function runCodeDeployStep(
  values: DeployInputs,
  setOutput: (name: keyof typeof outputs, value: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const startedAtMs = systemClock.now();
  // CodeDeploy shifts shares of requests, not instances: no instance-count refinement applies.
  const strategy = parseDeploymentConfig(values['deployment-config']);
  const appSpec = await loadAppSpec(values.appspec as string, process.env.GITHUB_WORKSPACE ?? process.cwd());
  const settings = awsClientSettings({
    region: values.region,
    action: 'deploy-endpoint',
    version: MODELSHIP_VERSION,
  });
  const result = await deployWithCodeDeploy(
    {
      codedeploy: new CodeDeployClient(settings),
      cloudwatch: new CloudWatchClient(settings),
      clock: systemClock,
      logger: actionsLogger,
      signal,
      setOutput,
    },
    {
      inputs: values,
      appSpec,
      strategy,
      provenance: provenanceFromEnvironment(process.env, 'deploy-endpoint'),
      startedAtMs,
    },
  ).catch((err: unknown) => {
    setOutput('status', 'failed');
    setOutput('rolled-back', 'false');
    setOutput('duration-seconds', String(Math.round((systemClock.now() - startedAtMs) / 1000)));
    throw err;
  });
  setOutput('status', result.status);
  setOutput('rolled-back', String(result.status === 'rolled-back'));
  setOutput('duration-seconds', String(result.durationSeconds));
  const summary = codeDeploySummaryMarkdown(result, settings.region);
  await core.summary.addRaw(summary).write();
  if (values['comment-on-pr'] && values['github-token']) {
    await commentOnPullRequest({
      token: values['github-token'],
      key: `deploy-endpoint/codedeploy/${result.application}/${result.group}/${process.env.GITHUB_WORKFLOW ?? ''}`,
      body: summary,
      logger: actionsLogger,
    });
  }
  if (result.status === 'rolled-back' || result.status === 'failed') {
    throw new ModelshipError(
      `The deployment of ${result.to} ${result.status === 'rolled-back' ? 'was rolled back' : 'failed'}. ${result.reason ?? ''}`.trim(),
      result.status === 'rolled-back'
        ? `${result.from} serves again. Look at the alarms and the logs of ${result.to} before deploying it again.`
        : `Look at deployment ${result.deploymentId ?? ''} in the CodeDeploy console.`,
    );
  }
}
