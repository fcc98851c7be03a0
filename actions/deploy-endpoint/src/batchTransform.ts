import { elapsedSeconds, ModelshipError } from '@modelship/shared';
import { batchTags, provisionBatchModel, resolveBatchModel } from './batchModel';
import { planBatchTransform, type BatchPlan } from './batchPlan';
import type { BatchPorts } from './batchPorts';
import { batchDeadlineOf, transformJobSpec, type BatchRequest, type TransformJobSpec } from './batchRequest';
import { batchResultOf, type BatchResult, type BatchStatus } from './batchResult';
import { followTransformJob, type TransformJobEnd } from './followTransformJob';
import { countObjects } from './s3Objects';
import { startTransformJob } from './startTransformJob';
import { transformJobName } from './transformJobName';

/**
 * Runs the model over an S3 prefix as a transform job and reports the truth about it: success is the
 * job's Completed, anything else (failed, stopped, still running at the deadline) fails the step.
 * resolve → plan → provision the model → start the job → follow it → report.
 */
export async function batchTransform(ports: BatchPorts, request: BatchRequest): Promise<BatchResult> {
  const { logger } = ports;
  const model = await logger.group('Resolve the model', () => resolveBatchModel(ports, request));
  const tags = batchTags(request);
  const name = transformJobName(request.nameBase, request.provenance.gitSha, ports.clock.now());
  const planned = transformJobSpec(request, { job: name, model: model.name }, tags);
  const plan = await logger.group('Plan', () => planBatchTransform(ports, request, model, planned));
  if (request.inputs.mode === 'plan')
    return batchResultOf(request, plan, { status: 'planned' }, ports.clock.now());

  refuseEmptyInput(plan);
  await logger.group('Provision', () => provisionBatchModel(ports, model, tags));
  refuseCancelled(ports.signal);
  const job = await startTransformJob(ports, request, planned);
  const started = { jobName: job.name, outputPath: job.outputPath };
  if (!request.inputs.wait) {
    logger.info(`wait is false: the step ends here; the job goes on in SageMaker.`);
    return batchResultOf(request, plan, { status: 'in-progress', ...started }, ports.clock.now());
  }
  const end = await logger.group(`Transform job ${started.jobName}`, () =>
    followTransformJob(ports, {
      name: started.jobName,
      outputPath: started.outputPath,
      objectsIn: plan.objectsIn,
      startedAtMs: request.startedAtMs,
      deadlineMs: batchDeadlineOf(request),
    }),
  );
  return reportEnd(ports, request, plan, job, end);
}

/** A prefix with nothing under it would fail the job after its instances started: fail before, for free. */
function refuseEmptyInput(plan: BatchPlan): void {
  if (plan.objectsIn > 0) return;
  throw new ModelshipError(
    `batch-input ${plan.input} holds no objects, so the transform job would have nothing to do.`,
    'Upload the records first, or fix batch-input (an S3 prefix: every object under it is transformed).',
  );
}

/** A step cancelled before its job started must not start one that nobody will follow or stop. */
function refuseCancelled(signal: AbortSignal): void {
  if (!signal.aborted) return;
  throw new ModelshipError('The step was cancelled before the transform job started; no job was started.');
}

const STATUS_OF: Record<string, BatchStatus> = {
  Completed: 'completed',
  Failed: 'failed',
  Stopped: 'stopped',
};

/** Report: the job's status in the action's words, the output objects it wrote, and why it did not complete. */
async function reportEnd(
  ports: BatchPorts,
  request: BatchRequest,
  plan: BatchPlan,
  job: TransformJobSpec,
  end: TransformJobEnd,
): Promise<BatchResult> {
  const { name: jobName, outputPath } = job;
  const objectsOut = await countObjects(ports, outputPath);
  if (end.kind === 'timed-out') {
    const reason = `Transform job ${jobName} is still ${end.status} after timeout-minutes (${request.inputs['timeout-minutes']}); the step stopped waiting, the job goes on.`;
    return batchResultOf(
      request,
      plan,
      { status: 'in-progress', jobName, outputPath, objectsOut, reason, logTail: end.logTail },
      ports.clock.now(),
    );
  }
  const described = end.job;
  const status = STATUS_OF[described.TransformJobStatus ?? ''] ?? 'failed';
  const jobSeconds =
    described.TransformStartTime && described.TransformEndTime
      ? elapsedSeconds(described.TransformStartTime.getTime(), described.TransformEndTime.getTime())
      : undefined;
  const reason =
    status === 'completed'
      ? undefined
      : end.cancelled
        ? `The step was cancelled; transform job ${jobName} was stopped.`
        : (described.FailureReason ?? `Transform job ${jobName} ended ${described.TransformJobStatus}.`);
  ports.logger.info(
    `Transform job ${jobName} ${described.TransformJobStatus}: ${objectsOut} object(s) in ${outputPath}.`,
  );
  return batchResultOf(
    request,
    plan,
    { status, jobName, outputPath, objectsOut, jobSeconds, reason, logTail: end.logTail },
    ports.clock.now(),
  );
}
