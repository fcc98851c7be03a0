import { elapsedSeconds } from '@modelship/shared';
import type { BatchPlan } from './batchPlan';
import type { BatchRequest } from './batchRequest';

export type BatchStatus = 'completed' | 'failed' | 'stopped' | 'planned' | 'in-progress';

/** How the batch transform ended, with what went in and came out. */
export interface BatchResult {
  status: BatchStatus;
  plan: BatchPlan;
  /** The job that ran; the plan's name unless it had to be renamed at creation. */
  jobName: string;
  outputPath: string;
  /** Output objects under outputPath; undefined when the job was not run. */
  objectsOut?: number;
  /** From the job's start to its end, as SageMaker timed it. */
  jobSeconds?: number;
  durationSeconds: number;
  /** Why it failed or stopped. */
  reason?: string;
  /** The job log's last lines, for a failure's message. */
  logTail: string[];
}

/** The report phase: the plan, how it ended, and how long the step took. */
export function batchResultOf(
  request: BatchRequest,
  plan: BatchPlan,
  outcome: Partial<BatchResult> & { status: BatchStatus },
  nowMs: number,
): BatchResult {
  return {
    plan,
    jobName: plan.jobName,
    outputPath: plan.outputPath,
    logTail: [],
    ...outcome,
    durationSeconds: elapsedSeconds(request.startedAtMs, nowMs),
  };
}
