import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  awsClientSettings,
  type runAction,
  commentOnPullRequest,
  MODELSHIP_VERSION as version,
  s3ClientSettings,
  writeJobSummary,
} from '@modelship/shared';
import type { inputs, outputs } from './inputs';
import type { TrainPorts } from './ports';
import { trainStep } from './trainStep';

type Context = Parameters<Parameters<typeof runAction<typeof inputs, typeof outputs>>[0]['run']>[0];

/** The step on the real clients. */
export const runWiredTrain = (context: Context) => trainStep(context.inputs, context.env, wirePorts(context));

/** The real clients (region, retries and user agent from the shared settings), summary and comment. */
function wirePorts({ inputs: values, env, logger, clock, signal, setOutput }: Context): TrainPorts {
  const settings = awsClientSettings({ region: values.region, env, action: 'train', version });
  const token = values['comment-on-pr'] ? values['github-token'] : undefined;
  return {
    sagemaker: new SageMakerClient(settings),
    logs: new CloudWatchLogsClient(settings),
    s3: new S3Client(s3ClientSettings(settings, env)),
    clock,
    logger,
    signal,
    setOutput,
    region: settings.region,
    writeSummary: (markdown) => writeJobSummary(markdown, { env }),
    commentOnPullRequest: token
      ? (comment) => commentOnPullRequest({ ...comment, token, logger, env })
      : undefined,
  };
}
