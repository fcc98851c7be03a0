import * as core from '@actions/core';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  actionsLogger,
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION,
  ModelshipError,
  provenanceFromEnvironment,
  runAction,
  systemClock,
} from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { rollbackCodeDeploy } from './codeDeployRollback';
import { rollback } from './rollback';
import { rollbackInputProblems } from './rollbackInputProblems';
import { rollbackSummaryMarkdown } from './rollbackSummary';

export async function main(): Promise<void> {
  await runAction({
    inputs,
    outputs,
    crossCheck: rollbackInputProblems,
    run: async ({ inputs: values, setOutput, signal }) => {
      const startedAtMs = systemClock.now();
      const settings = awsClientSettings({
        region: values.region,
        action: 'rollback',
        version: MODELSHIP_VERSION,
      });
      let result;
      try {
        const common = { clock: systemClock, logger: actionsLogger, signal, setOutput };
        result =
          values.target === 'codedeploy'
            ? await rollbackCodeDeploy(
                { ...common, codedeploy: new CodeDeployClient(settings) },
                { inputs: values, region: settings.region, startedAtMs },
              )
            : await rollback(
                {
                  ...common,
                  sagemaker: new SageMakerClient(settings),
                  cloudwatch: new CloudWatchClient(settings),
                  autoscaling: new ApplicationAutoScalingClient(settings),
                },
                {
                  inputs: values,
                  region: settings.region,
                  provenance: provenanceFromEnvironment(process.env, 'rollback'),
                  startedAtMs,
                },
              );
      } catch (err) {
        setOutput('status', 'failed');
        setOutput('duration-seconds', String(Math.round((systemClock.now() - startedAtMs) / 1000)));
        throw err;
      }
      setOutput('status', result.status);
      setOutput('duration-seconds', String(result.durationSeconds));
      if (result.servingConfig) setOutput('endpoint-config-name', result.servingConfig);
      const summary = rollbackSummaryMarkdown(result, settings.region, values.reason);
      await core.summary.addRaw(summary).write();
      if (values['comment-on-pr'] && values['github-token']) {
        await commentOnPullRequest({
          token: values['github-token'],
          key: `rollback/${result.endpointName}/${process.env.GITHUB_WORKFLOW ?? ''}`,
          body: summary,
          logger: actionsLogger,
        });
      }
      if (result.status === 'failed') {
        throw new ModelshipError(
          `The rollback of ${result.endpointName} to ${result.to} did not complete: ${result.failure ?? 'no reason given'}`,
          result.codeDeploy
            ? `Look at deployment ${result.codeDeploy.rollbackDeploymentId ?? result.codeDeploy.deploymentId} in the CodeDeploy console, then run the rollback again.`
            : `The endpoint serves ${result.servingConfig ?? 'an unknown config'}. Look at the endpoint in the SageMaker console, then run the rollback again.`,
        );
      }
    },
  });
}
