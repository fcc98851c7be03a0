import * as core from '@actions/core';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
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
        result = await rollback(
          {
            sagemaker: new SageMakerClient(settings),
            cloudwatch: new CloudWatchClient(settings),
            clock: systemClock,
            logger: actionsLogger,
            signal,
            setOutput,
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
          key: `rollback/${values['endpoint-name']}/${process.env.GITHUB_WORKFLOW ?? ''}`,
          body: summary,
          logger: actionsLogger,
        });
      }
      if (result.status === 'failed') {
        throw new ModelshipError(
          `The rollback of ${result.endpointName} to ${result.to} did not complete: ${result.failure ?? 'no reason given'}`,
          `The endpoint serves ${result.servingConfig ?? 'an unknown config'}. Look at the endpoint in the SageMaker console, then run the rollback again.`,
        );
      }
    },
  });
}
