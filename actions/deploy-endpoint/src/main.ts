import * as core from '@actions/core';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  actionsLogger,
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION,
  ModelshipError,
  parseDeploymentConfig,
  provenanceFromEnvironment,
  runAction,
  systemClock,
} from '@modelship/shared';
import { runCodeDeployStep } from './codeDeployStep';
import { deployEndpoint } from './deployEndpoint';
import { deployInputProblems } from './deployInputProblems';
import { deploymentSummaryMarkdown } from './deploymentSummary';
import { inputs, outputs } from './inputs';
import { modelSourceOf } from './modelSource';

export async function main(): Promise<void> {
  await runAction({
    inputs,
    outputs,
    crossCheck: deployInputProblems,
    run: async ({ inputs: values, setOutput, signal }) => {
      if (values.target === 'codedeploy') return runCodeDeployStep(values, setOutput, signal);
      const startedAtMs = systemClock.now();
      const strategy = parseDeploymentConfig(values['deployment-config'], {
        terminationWaitSeconds: values['termination-wait-seconds'],
        maxExecutionSeconds: values['max-execution-seconds'],
        // Serverless variants have no instances: their steps are shares of requests, not of a fleet.
        instanceCount: values['endpoint-type'] === 'serverless' ? undefined : values['instance-count'],
      });
      const source = modelSourceOf(values);
      const settings = awsClientSettings({
        region: values.region,
        action: 'deploy-endpoint',
        version: MODELSHIP_VERSION,
      });
      const deploying = deployEndpoint(
        {
          sagemaker: new SageMakerClient(settings),
          cloudwatch: new CloudWatchClient(settings),
          autoscaling: new ApplicationAutoScalingClient(settings),
          clock: systemClock,
          logger: actionsLogger,
          signal,
          setOutput,
        },
        {
          inputs: values,
          region: settings.region,
          source,
          strategy,
          provenance: provenanceFromEnvironment(process.env, 'deploy-endpoint'),
          startedAtMs,
        },
      );
      // A step that fails before an outcome is known still says so in its outputs.
      const result = await deploying.catch((err: unknown) => {
        setOutput('status', 'failed');
        setOutput('rolled-back', 'false');
        setOutput('duration-seconds', String(Math.round((systemClock.now() - startedAtMs) / 1000)));
        throw err;
      });
      if (result.endpointArn) setOutput('endpoint-arn', result.endpointArn);
      setOutput('endpoint-config-name', result.endpointConfigName);
      setOutput('previous-endpoint-config-name', result.previousEndpointConfigName ?? '');
      setOutput('model-name', result.modelName);
      setOutput('status', result.status);
      setOutput('rolled-back', String(result.status === 'rolled-back'));
      setOutput('duration-seconds', String(result.durationSeconds));
      setOutput('plan', JSON.stringify(result.plan));
      const summary = deploymentSummaryMarkdown(result, settings.region);
      await core.summary.addRaw(summary).write();
      if (values['comment-on-pr'] && values['github-token']) {
        await commentOnPullRequest({
          token: values['github-token'],
          key: `deploy-endpoint/${values['endpoint-name']}/${process.env.GITHUB_WORKFLOW ?? ''}`,
          body: summary,
          logger: actionsLogger,
        });
      }
      if (result.status === 'rolled-back') {
        throw new ModelshipError(
          `The deployment of ${result.endpointConfigName} was rolled back. ${result.reason ?? 'SageMaker gave no reason.'}`,
          `The endpoint serves ${result.previousEndpointConfigName} again. Look at the alarms${result.firedAlarms.length ? ` (${result.firedAlarms.join(', ')})` : ''} and the endpoint's logs for the new model before deploying it again.`,
        );
      }
      if (result.status === 'failed') {
        throw new ModelshipError(
          `The deployment of ${result.endpointConfigName} failed: ${result.reason ?? 'no reason given'}`,
        );
      }
    },
  });
}
