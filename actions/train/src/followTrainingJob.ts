import {
  DescribeTrainingJobCommand,
  type DescribeTrainingJobCommandOutput,
  StopTrainingJobCommand,
} from '@aws-sdk/client-sagemaker';
import { ModelshipError, TransientReadTolerance } from '@modelship/shared';
import { MetricSeries } from './metricSeries';
import type { FollowPorts, TrainPorts } from './ports';
import { TrainingLogFollower } from './trainingLogFollower';

const TERMINAL = ['Completed', 'Failed', 'Stopped'];
const FIRST_POLL_MS = 1_000;
const MAX_POLL_MS = 10_000;

/** How a training job ended, with what the log said along the way. */
export interface TrainingJobOutcome {
  job: DescribeTrainingJobCommandOutput;
  status: string;
  cancelled: boolean;
  series: MetricSeries;
  logTail: string[];
}

/** Elapsed time as people read it: 42s, 3m05s. */
export const elapsedText = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
};

interface Follow {
  ports: FollowPorts & Pick<TrainPorts, 'sagemaker'>;
  name: string;
  logs: TrainingLogFollower;
  series: MetricSeries;
  started: number;
  printedTransitions: number;
}

/** Prints the secondary status transitions that happened since the last poll, and the new log lines. */
async function printProgress(follow: Follow, job: DescribeTrainingJobCommandOutput): Promise<void> {
  const { logger, clock } = follow.ports;
  const transitions = job.SecondaryStatusTransitions ?? [];
  for (const transition of transitions.slice(follow.printedTransitions)) {
    const elapsed = elapsedText(clock.now() - follow.started);
    logger.info(`[${elapsed}] ${transition.Status}: ${transition.StatusMessage ?? ''}`.trimEnd());
  }
  follow.printedTransitions = Math.max(follow.printedTransitions, transitions.length);
  for (const line of await follow.logs.read()) {
    logger.info(line);
    follow.series.read(line);
  }
}

/** Stops the job the step started, and waits until SageMaker says it is stopped. */
async function stopJob(follow: Follow): Promise<void> {
  const { sagemaker, logger } = follow.ports;
  logger.warning(`The step was cancelled: stopping training job ${follow.name}.`);
  await sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: follow.name }));
}

/**
 * Follows a training job to its end: its secondary status transitions and its CloudWatch log as they
 * happen, polled with the injected clock. A cancelled step stops the job and waits for Stopped; a job
 * that outlives the timeout fails the step, and keeps running in SageMaker, which the error says.
 */
export async function followTrainingJob(
  ports: FollowPorts & Pick<TrainPorts, 'sagemaker' | 'logs'>,
  name: string,
  options: { metricDefinitions: Record<string, string>; timeoutMs: number },
): Promise<TrainingJobOutcome> {
  const { clock, signal, sagemaker } = ports;
  const follow: Follow = {
    ports,
    name,
    logs: new TrainingLogFollower(ports.logs, name),
    series: new MetricSeries(options.metricDefinitions),
    started: clock.now(),
    printedTransitions: 0,
  };
  let cancelled = false;
  const describes = new TransientReadTolerance(`DescribeTrainingJob on ${name}`);
  for (let poll = 0; ; poll++) {
    const job = await describes.read(() =>
      sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name })),
    );
    if (!job) {
      // Throttled or a 5xx: no news this poll; ten in a row fail the step, saying so.
      await sleepUnlessCancelled(ports, FIRST_POLL_MS, cancelled);
      continue;
    }
    await printProgress(follow, job);
    const status = job.TrainingJobStatus ?? 'Unknown';
    if (TERMINAL.includes(status))
      return { job, status, cancelled, series: follow.series, logTail: follow.logs.tail };
    if (signal.aborted && !cancelled) {
      cancelled = true;
      await stopJob(follow);
    }
    if (!cancelled && clock.now() - follow.started > options.timeoutMs) {
      throw new ModelshipError(
        `Training job ${name} is still ${status} after timeout-minutes; the step stopped waiting, the job goes on.`,
        'Raise timeout-minutes, or stop the job in the SageMaker console if it should not run on.',
      );
    }
    await sleepUnlessCancelled(ports, Math.min(FIRST_POLL_MS * 1.5 ** poll, MAX_POLL_MS), cancelled);
  }
}

/** A sleep that a cancel cuts short (so the job is stopped at once); after the cancel, a plain sleep. */
export async function sleepUnlessCancelled(
  ports: FollowPorts,
  ms: number,
  cancelled: boolean,
): Promise<void> {
  try {
    await ports.clock.sleep(ms, cancelled ? undefined : ports.signal);
  } catch (err) {
    if (!ports.signal.aborted) throw err;
  }
}
