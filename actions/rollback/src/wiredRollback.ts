import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION as version,
  writeJobSummary,
} from '@modelship/shared';
import { rollbackStep, type RollbackContext, type RollbackStepPorts } from './rollbackStep';

/** The step on the real clients (region, retries and user agent from the shared settings). */
export const runWiredRollback = (context: RollbackContext) => rollbackStep(context, wirePorts(context));

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
