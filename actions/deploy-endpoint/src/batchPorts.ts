import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Clock, Logger } from '@modelship/shared';

/**
 * What the batch transform core needs from the outside world, handed in by its step so that tests pass
 * fakes (mocked clients, a FakeClock, a RecordingLogger) without module mocking.
 */
export interface BatchPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  logs: Pick<CloudWatchLogsClient, 'send'>;
  s3: Pick<S3Client, 'send'>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the runner cancels the step. */
  signal: AbortSignal;
  /** Called as soon as an output is known, so a failed or cancelled step still reports it. */
  setOutput(name: string, value: string): void;
}
