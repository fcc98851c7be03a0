import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Clock, Logger } from '@modelship/shared';

/**
 * What the train core needs from the outside world, handed in by main.ts so that tests pass fakes
 * (aws-sdk-client-mock clients, a FakeClock, a RecordingLogger) without module mocking.
 */
export interface TrainPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  logs: Pick<CloudWatchLogsClient, 'send'>;
  s3: Pick<S3Client, 'send'>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the runner cancels the step. */
  signal: AbortSignal;
  region: string;
  /** Called as soon as an output is known, so a failed or cancelled step still reports it. */
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<unknown>;
  /** Present when comment-on-pr is on. */
  commentOnPullRequest?: (comment: { key: string; body: string }) => Promise<void>;
}

/** The pieces a phase that follows something in AWS uses. */
export type FollowPorts = Pick<TrainPorts, 'clock' | 'logger' | 'signal'>;
