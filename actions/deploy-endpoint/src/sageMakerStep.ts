import * as core from '@actions/core';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { commentOnPullRequest, ModelshipError } from '@modelship/shared';
import { deployClientSettings, reportFailedStep, type DeployContext } from './deployContext';
import { deployEndpoint, type DeployResult } from './deployEndpoint';
import { deploymentSummaryMarkdown } from './deploymentSummary';
import { deployRequestOf } from './deployRequest';
import type { DeployPorts } from './ports';

/** The step for `target: sagemaker`: parse the request, deploy, set outputs, summarise, fail honestly. */
export async function runSageMakerStep(context: DeployContext): Promise<void> {
  const startedAtMs = context.clock.now();
  const settings = deployClientSettings(context);
  const request = deployRequestOf(context.inputs, context.env, settings.region, startedAtMs);
  const ports: DeployPorts = {
    sagemaker: new SageMakerClient(settings),
    cloudwatch: new CloudWatchClient(settings),
    autoscaling: new ApplicationAutoScalingClient(settings),
    clock: context.clock,
    logger: context.logger,
    signal: context.signal,
    setOutput: context.setOutput,
  };
  const result = await deployEndpoint(ports, request).catch((err: unknown) => {
    reportFailedStep(context, startedAtMs);
    throw err;
  });
  setResultOutputs(context, result);
  const summary = deploymentSummaryMarkdown(result, settings.region);
  await core.summary.addRaw(summary).write();
  if (context.inputs['comment-on-pr'] && context.inputs['github-token']) {
    await commentOnPullRequest({
      token: context.inputs['github-token'],
      key: `deploy-endpoint/${context.inputs['endpoint-name']}/${context.env.GITHUB_WORKFLOW ?? ''}`,
      body: summary,
      logger: context.logger,
    });
  }
  failUnlessDeployed(result);
}

function setResultOutputs(context: DeployContext, result: DeployResult): void {
  const { setOutput } = context;
  if (result.endpointArn) setOutput('endpoint-arn', result.endpointArn);
  setOutput('endpoint-config-name', result.endpointConfigName);
  setOutput('previous-endpoint-config-name', result.previousEndpointConfigName ?? '');
  setOutput('model-name', result.modelName);
  setOutput('status', result.status);
  setOutput('rolled-back', String(result.status === 'rolled-back'));
  setOutput('duration-seconds', String(result.durationSeconds));
  setOutput('plan', JSON.stringify(result.plan));
}

/** The step's status is the truth: a rollback or a failure fails it, with what to do next. */
function failUnlessDeployed(result: DeployResult): void {
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
}
