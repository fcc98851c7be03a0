import * as core from '@actions/core';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION,
  ModelshipError,
  parseAlarmThresholds,
  parseDeploymentConfig,
  provenanceFromEnvironment,
} from '@modelship/shared';
import { reportFailedStep, type DeployContext } from './deployContext';
import { deployEndpoint, type DeployResult } from './deployEndpoint';
import { deploymentSummaryMarkdown } from './deploymentSummary';
import type { DeployRequest } from './deployRequest';
import { modelSourceOf } from './modelSource';
import type { DeployPorts } from './ports';

/** The step for `target: sagemaker`: parse the request, deploy, set outputs, summarise, fail honestly. */
export async function runSageMakerStep(context: DeployContext): Promise<void> {
  const startedAtMs = context.clock.now();
  const settings = awsClientSettings({
    region: context.inputs.region,
    env: context.env,
    action: 'deploy-endpoint',
    version: MODELSHIP_VERSION,
  });
  const request = deployRequestOf(context, settings.region, startedAtMs);
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

/** Resolve the request: every input parsed (strategy, source, thresholds) before the first AWS call. */
function deployRequestOf(context: DeployContext, region: string, startedAtMs: number): DeployRequest {
  const { inputs } = context;
  return {
    inputs,
    region,
    strategy: parseDeploymentConfig(inputs['deployment-config'], {
      terminationWaitSeconds: inputs['termination-wait-seconds'],
      maxExecutionSeconds: inputs['max-execution-seconds'],
      // Serverless variants have no instances: their steps are shares of requests, not of a fleet.
      instanceCount: inputs['endpoint-type'] === 'serverless' ? undefined : inputs['instance-count'],
    }),
    source: modelSourceOf(inputs),
    thresholds: inputs['alarm-thresholds'] ? parseAlarmThresholds(inputs['alarm-thresholds']) : [],
    provenance: provenanceFromEnvironment(context.env, 'deploy-endpoint'),
    startedAtMs,
  };
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
