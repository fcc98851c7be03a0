import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Clock, Logger } from '@modelship/shared';

/**
 * What the rollback core needs from the outside world, handed in by main.ts so that tests pass fakes
 * (aws-sdk-client-mock clients, a FakeClock, a RecordingLogger) without module mocking.
 */
export interface RollbackPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  cloudwatch: Pick<CloudWatchClient, 'send'>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM). */
  signal: AbortSignal;
  /** Called as soon as an output is known, so a cancelled or timed-out step still reports it. */
  setOutput(name: string, value: string): void;
}
