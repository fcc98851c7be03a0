import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { commentOnPullRequest, ModelshipError, s3ClientSettings, writeJobSummary } from '@modelship/shared';
import type { BatchPorts } from './batchPorts';
import { batchRequestOf } from './batchRequest';
import type { BatchResult } from './batchResult';
import { batchSummaryMarkdown } from './batchSummary';
import { batchTransform } from './batchTransform';
import { deployClientSettings, reportFailedStep, type DeployContext } from './deployContext';

/** The step for `endpoint-type: batch-transform`: run the job, set outputs, summarise, fail honestly. */
export async function runBatchTransformStep(context: DeployContext): Promise<void> {
  const startedAtMs = context.clock.now();
  const settings = deployClientSettings(context);
  const request = batchRequestOf(context.inputs, context.env, settings.region, startedAtMs);
  const ports: BatchPorts = {
    sagemaker: new SageMakerClient(settings),
    logs: new CloudWatchLogsClient(settings),
    s3: new S3Client(s3ClientSettings(settings, context.env)),
    clock: context.clock,
    logger: context.logger,
    signal: context.signal,
    setOutput: context.setOutput,
  };
  const result = await batchTransform(ports, request).catch((err: unknown) => {
    reportFailedStep(context, startedAtMs);
    throw err;
  });
  setResultOutputs(context, result);
  const summary = batchSummaryMarkdown(result, settings.region);
  await writeJobSummary(summary, { env: context.env });
  if (context.inputs['comment-on-pr'] && context.inputs['github-token']) {
    await commentOnPullRequest({
      token: context.inputs['github-token'],
      key: `deploy-endpoint/batch/${request.nameBase}/${context.env.GITHUB_WORKFLOW ?? ''}`,
      body: summary,
      logger: context.logger,
      env: context.env,
    });
  }
  failUnlessCompleted(result);
}

function setResultOutputs(context: DeployContext, result: BatchResult): void {
  const { setOutput } = context;
  setOutput('transform-job-name', result.status === 'planned' ? '' : result.jobName);
  setOutput('output-path', result.outputPath);
  setOutput('model-name', result.plan.modelName);
  setOutput('status', result.status);
  if (result.objectsOut !== undefined) setOutput('records', String(result.objectsOut));
  setOutput('duration-seconds', String(result.durationSeconds));
  setOutput('plan', JSON.stringify(result.plan));
}

/** The step's status is the truth: a failed, stopped or unfinished job fails it, with the job's own words. */
function failUnlessCompleted(result: BatchResult): void {
  if (result.status === 'completed' || result.status === 'planned') return;
  if (result.status === 'in-progress' && !result.reason) return;
  const tail =
    result.status === 'failed' && result.logTail.length
      ? `\nLast lines of the job log:\n${result.logTail.join('\n')}`
      : '';
  throw new ModelshipError(
    `Transform job ${result.jobName} ${result.status === 'in-progress' ? 'did not finish' : result.status}: ${result.reason ?? 'no reason given'}${tail}`,
    result.status === 'failed'
      ? 'Read the job log above; a ClientError names the input object and what the model answered.'
      : undefined,
  );
}
