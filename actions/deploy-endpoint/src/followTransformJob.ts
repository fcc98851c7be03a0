import {
  DescribeTransformJobCommand,
  StopTransformJobCommand,
  type DescribeTransformJobCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { formatElapsed, TransientReadTolerance } from '@modelship/shared';
import type { BatchPorts } from './batchPorts';
import { countObjects } from './s3Objects';
import { TransformLogFollower } from './transformLogFollower';

const TERMINAL = ['Completed', 'Failed', 'Stopped'];
const FIRST_POLL_MS = 2_000;
const MAX_POLL_MS = 10_000;
/** A progress line at least this often while nothing changes, so a long job visibly lives. */
const HEARTBEAT_MS = 60_000;

/** How following a transform job ended: the job's own end, or the step's deadline before it. */
export type TransformJobEnd =
  | { kind: 'ended'; job: DescribeTransformJobCommandOutput; cancelled: boolean; logTail: string[] }
  | { kind: 'timed-out'; status: string; logTail: string[] };

export interface FollowedJob {
  name: string;
  outputPath: string;
  objectsIn: number;
  /** Progress lines count from here, the step's start. */
  startedAtMs: number;
  deadlineMs: number;
}

interface Follow {
  ports: Pick<BatchPorts, 'sagemaker' | 's3' | 'clock' | 'logger' | 'signal'>;
  job: FollowedJob;
  logs: TransformLogFollower;
  lastLine: { text: string; atMs: number };
}

/**
 * Follows a transform job to its end: its CloudWatch log as it grows, and a progress line (status,
 * output objects written of the input objects, elapsed) when something changes. A cancelled step stops
 * the job and says so; a job that outlives timeout-minutes is left running, which the caller reports.
 */
export async function followTransformJob(
  ports: Follow['ports'] & Pick<BatchPorts, 'logs'>,
  job: FollowedJob,
): Promise<TransformJobEnd> {
  const follow: Follow = {
    ports,
    job,
    logs: new TransformLogFollower(ports.logs, job.name),
    lastLine: { text: '', atMs: 0 },
  };
  let cancelled = false;
  const describes = new TransientReadTolerance(`DescribeTransformJob on ${job.name}`);
  for (let poll = 0; ; poll++) {
    const described = await describes.read(() =>
      ports.sagemaker.send(new DescribeTransformJobCommand({ TransformJobName: job.name })),
    );
    if (!described) {
      // Throttled or a 5xx: no news this poll; ten in a row fail the step, saying so.
      await sleepUnlessCancelled(ports, FIRST_POLL_MS, cancelled);
      continue;
    }
    for (const line of await follow.logs.read()) ports.logger.info(line);
    const status = described.TransformJobStatus ?? 'Unknown';
    if (TERMINAL.includes(status))
      return { kind: 'ended', job: described, cancelled, logTail: follow.logs.tail };
    await printProgress(follow, status);
    if (ports.signal.aborted && !cancelled) {
      cancelled = true;
      await stopJob(follow);
    }
    if (!cancelled && ports.clock.now() > job.deadlineMs) {
      return { kind: 'timed-out', status, logTail: follow.logs.tail };
    }
    await sleepUnlessCancelled(ports, Math.min(FIRST_POLL_MS * 1.5 ** poll, MAX_POLL_MS), cancelled);
  }
}

/** `[1m05s] InProgress: 3 of 10 object(s) written`, printed when it changes or a minute went by. */
async function printProgress(follow: Follow, status: string): Promise<void> {
  const { clock, logger } = follow.ports;
  const written = await countObjects(follow.ports, follow.job.outputPath);
  const text = `${status}: ${written} of ${follow.job.objectsIn} object(s) written`;
  const now = clock.now();
  if (text === follow.lastLine.text && now - follow.lastLine.atMs < HEARTBEAT_MS) return;
  logger.info(`[${formatElapsed(now - follow.job.startedAtMs)}] ${text}`);
  follow.lastLine = { text, atMs: now };
}

/** Stops the job the step started; SageMaker then takes it through Stopping to Stopped. */
async function stopJob(follow: Follow): Promise<void> {
  const { sagemaker, logger } = follow.ports;
  logger.warning(`The step was cancelled: stopping transform job ${follow.job.name}.`);
  try {
    await sagemaker.send(new StopTransformJobCommand({ TransformJobName: follow.job.name }));
  } catch (err) {
    // It ended between the last poll and the stop: the next poll reports how.
    if ((err as { name?: string }).name !== 'ValidationException') throw err;
  }
}

/** A sleep that a cancel cuts short (so the job is stopped at once); after the cancel, a plain sleep. */
async function sleepUnlessCancelled(
  ports: Pick<BatchPorts, 'clock' | 'signal'>,
  ms: number,
  cancelled: boolean,
): Promise<void> {
  try {
    await ports.clock.sleep(ms, cancelled ? undefined : ports.signal);
  } catch (err) {
    if (!ports.signal.aborted) throw err;
  }
}
