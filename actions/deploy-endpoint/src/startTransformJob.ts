import { CreateTransformJobCommand } from '@aws-sdk/client-sagemaker';
import type { BatchPorts } from './batchPorts';
import { renamedJob, type BatchRequest, type TransformJobSpec } from './batchRequest';
import { transformJobName } from './transformJobName';

const ATTEMPTS = 3;

/**
 * Creates the transform job. Its name carries the time to the millisecond, so a collision means two
 * steps started in the same millisecond: the name (and its output prefix) gets a counter and is tried
 * again. The job's name and output path are outputs from this moment on.
 */
export async function startTransformJob(
  ports: Pick<BatchPorts, 'sagemaker' | 'logger' | 'setOutput' | 'clock'>,
  request: BatchRequest,
  planned: TransformJobSpec,
): Promise<TransformJobSpec> {
  let job = planned;
  for (let attempt = 1; ; attempt++) {
    try {
      await ports.sagemaker.send(new CreateTransformJobCommand(job.request));
      break;
    } catch (err) {
      if ((err as { name?: string }).name !== 'ResourceInUse' || attempt >= ATTEMPTS) throw err;
      const name = transformJobName(request.nameBase, request.provenance.gitSha, ports.clock.now(), attempt);
      ports.logger.info(`A job named ${job.name} exists already: starting this one as ${name}.`);
      job = renamedJob(request, job, name);
    }
  }
  ports.setOutput('transform-job-name', job.name);
  ports.setOutput('output-path', job.outputPath);
  ports.logger.info(`Started transform job ${job.name} (${job.instanceCount} × ${job.instanceType}).`);
  return job;
}
