import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION as version,
  runAction,
  writeJobSummary,
} from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { rollbackInputProblems } from './rollbackInputProblems';
import { rollbackStep, type RollbackContext, type RollbackStepPorts } from './rollbackStep';

export async function main(): Promise<void> {
  await runAction({
    name: 'rollback',
    inputs,
    outputs,
    crossCheck: rollbackInputProblems,
    run: (context) => rollbackStep(context, wirePorts(context)),
  });
}

/** The real clients (region, retries and user agent from the shared settings), summary and comment. */
function wirePorts({ inputs: { region }, env, logger }: RollbackContext): RollbackStepPorts {
  const settings = awsClientSettings({ region, env, action: 'rollback', version });
  return {
    region: settings.region,
    sagemaker: new SageMakerClient(settings),
    cloudwatch: new CloudWatchClient(settings),
    autoscaling: new ApplicationAutoScalingClient(settings),
    codedeploy: new CodeDeployClient(settings),
    writeSummary: (markdown) => writeJobSummary(markdown, { env }),
    commentOnPullRequest: (comment) => commentOnPullRequest({ ...comment, logger, env }),
  };
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
