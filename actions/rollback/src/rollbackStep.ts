import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ModelshipError, provenanceFromEnvironment, type ActionContext } from '@modelship/shared';
import { rollbackCodeDeploy } from './codeDeployRollback';
import type { inputs, outputs } from './inputs';
import { rollback } from './rollback';
import type { RollbackResult } from './rollbackRequest';
import { rollbackSummaryMarkdown } from './rollbackSummary';

export type RollbackContext = ActionContext<typeof inputs, typeof outputs>;

/** The step's edges, wired by main.ts: AWS clients, the job summary and the pull request comment. */
export interface RollbackStepPorts {
  region: string;
  sagemaker: Pick<SageMakerClient, 'send'>;
  cloudwatch: Pick<CloudWatchClient, 'send'>;
  autoscaling: Pick<ApplicationAutoScalingClient, 'send'>;
  codedeploy: Pick<CodeDeployClient, 'send'>;
  writeSummary(markdown: string): Promise<unknown>;
  commentOnPullRequest(comment: { token: string; key: string; body: string }): Promise<void>;
}

/**
 * The whole step: roll back (an endpoint, or a CodeDeploy deployment), then report it in outputs, the
 * job summary and the pull request comment. A rollback that did not complete fails the step.
 */
export async function rollbackStep(context: RollbackContext, ports: RollbackStepPorts): Promise<void> {
  const startedAtMs = context.clock.now();
  let result: RollbackResult;
  try {
    result = await rollbackForTarget(context, ports, startedAtMs);
  } catch (err) {
    context.setOutput('status', 'failed');
    context.setOutput('duration-seconds', String(Math.round((context.clock.now() - startedAtMs) / 1000)));
    throw err;
  }
  await reportRollback(context, ports, result);
  if (result.status === 'failed') throw incompleteRollbackError(result);
}

function rollbackForTarget(
  context: RollbackContext,
  ports: RollbackStepPorts,
  startedAtMs: number,
): Promise<RollbackResult> {
  const { inputs, clock, logger, signal, setOutput } = context;
  const common = { clock, logger, signal, setOutput };
  const request = { inputs, region: ports.region, startedAtMs };
  if (inputs.target === 'codedeploy') {
    return rollbackCodeDeploy({ ...common, codedeploy: ports.codedeploy }, request);
  }
  const { sagemaker, cloudwatch, autoscaling } = ports;
  const provenance = provenanceFromEnvironment(context.env, 'rollback');
  return rollback({ ...common, sagemaker, cloudwatch, autoscaling }, { ...request, provenance });
}

/** Outputs, the job summary, and with comment-on-pr the one updatable comment on the pull request. */
async function reportRollback(
  context: RollbackContext,
  ports: RollbackStepPorts,
  result: RollbackResult,
): Promise<void> {
  const { inputs, setOutput } = context;
  setOutput('status', result.status);
  setOutput('duration-seconds', String(result.durationSeconds));
  if (result.servingConfig) setOutput('endpoint-config-name', result.servingConfig);
  const summary = rollbackSummaryMarkdown(result, ports.region, inputs.reason);
  await ports.writeSummary(summary);
  if (inputs['comment-on-pr'] && inputs['github-token']) {
    await ports.commentOnPullRequest({
      token: inputs['github-token'],
      key: `rollback/${result.endpointName}/${context.env.GITHUB_WORKFLOW ?? ''}`,
      body: summary,
    });
  }
}

function incompleteRollbackError(result: RollbackResult): ModelshipError {
  return new ModelshipError(
    `The rollback of ${result.endpointName} to ${result.to} did not complete: ${result.failure ?? 'no reason given'}`,
    result.codeDeploy
      ? `Look at deployment ${result.codeDeploy.rollbackDeploymentId ?? result.codeDeploy.deploymentId} in the CodeDeploy console, then run the rollback again.`
      : `The endpoint serves ${result.servingConfig ?? 'an unknown config'}. Look at the endpoint in the SageMaker console, then run the rollback again.`,
  );
}
