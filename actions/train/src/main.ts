import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION as version,
  runAction,
  s3ClientSettings,
  writeJobSummary,
} from '@modelship/shared';
import { inputs, outputs } from './inputs';
import type { TrainPorts } from './ports';
import { trainInputProblems } from './trainInputProblems';
import { trainStep } from './trainStep';

type Context = Parameters<Parameters<typeof runAction<typeof inputs, typeof outputs>>[0]['run']>[0];

export async function main(): Promise<void> {
  await runAction({
    name: 'train',
    inputs,
    outputs,
    crossCheck: trainInputProblems,
    run: (context) => trainStep(context.inputs, context.env, wirePorts(context)),
  });
}

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

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
