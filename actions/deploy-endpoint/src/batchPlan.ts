import { DescribeTransformJobCommand, ListTransformJobsCommand } from '@aws-sdk/client-sagemaker';
import { elapsedSeconds, formatDuration, modelExists } from '@modelship/shared';
import type { BatchModel } from './batchModel';
import type { BatchPorts } from './batchPorts';
import type { BatchRequest, TransformJobSpec } from './batchRequest';
import { countObjects } from './s3Objects';

/** An earlier completed job of the same model: how long it took is what this one is expected to take. */
export interface EarlierRun {
  jobName: string;
  durationSeconds: number;
}

/** The plan phase's result: what would be created, what goes in, and how long instances would run. */
export interface BatchPlan {
  jobName: string;
  modelName: string;
  images: string[];
  model: 'create' | 'reuse' | 'existing';
  input: string;
  outputPath: string;
  objectsIn: number;
  instanceType: string;
  instanceCount: number;
  earlierRun?: EarlierRun;
  /** Instances × the earlier run's duration; unknown without an earlier run of the same model. */
  instanceSeconds?: number;
}

/** How many earlier jobs of the same name base are read to find one of the same model. */
const EARLIER_JOBS_READ = 10;

/** Plan: count the input, see whether the model exists, and find how long the same model took last time. */
export async function planBatchTransform(
  ports: Pick<BatchPorts, 'sagemaker' | 's3' | 'logger'>,
  request: BatchRequest,
  model: BatchModel,
  job: TransformJobSpec,
): Promise<BatchPlan> {
  const objectsIn = await countObjects(ports, request.inputs['batch-input'] as string);
  const earlierRun = await earlierRunOf(ports, request.nameBase, model.name);
  const plan: BatchPlan = {
    jobName: job.name,
    modelName: model.name,
    images: model.images,
    model: !model.settings ? 'existing' : (await modelExists(ports, model.name)) ? 'reuse' : 'create',
    input: job.input,
    outputPath: job.outputPath,
    objectsIn,
    instanceType: job.instanceType,
    instanceCount: job.instanceCount,
    earlierRun,
    instanceSeconds: earlierRun ? earlierRun.durationSeconds * job.instanceCount : undefined,
  };
  ports.logger.info(planLine(plan));
  if (objectsIn === 0)
    ports.logger.warning(`batch-input ${plan.input} holds no objects: a deploy would stop here.`);
  return plan;
}

/** The plan in one line: what runs where, on what, and for how long it is expected to. */
export function planLine(plan: BatchPlan): string {
  const model = { create: 'a new model', reuse: 'the model this commit made', existing: 'the model' }[
    plan.model
  ];
  return `Transform job ${plan.jobName} runs ${model} ${plan.modelName} on ${plan.instanceCount} × ${plan.instanceType} over ${plan.objectsIn} object(s) in ${plan.input}, writing to ${plan.outputPath}; ${costWindow(plan)}.`;
}

/** The expected cost window, in instance time, from the last completed run of the same model. */
export function costWindow(plan: BatchPlan): string {
  if (!plan.earlierRun || plan.instanceSeconds === undefined) {
    return 'expected duration unknown (no earlier completed run of this model)';
  }
  return `expected ~${formatDuration(plan.earlierRun.durationSeconds)} (as ${plan.earlierRun.jobName}), ${plan.instanceCount} × ${plan.instanceType} for ~${formatDuration(plan.instanceSeconds)} of instance time`;
}

async function earlierRunOf(
  ports: Pick<BatchPorts, 'sagemaker'>,
  nameBase: string,
  modelName: string,
): Promise<EarlierRun | undefined> {
  const listed = await ports.sagemaker.send(
    new ListTransformJobsCommand({
      NameContains: nameBase,
      StatusEquals: 'Completed',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: EARLIER_JOBS_READ,
    }),
  );
  for (const summary of listed.TransformJobSummaries ?? []) {
    const job = await ports.sagemaker.send(
      new DescribeTransformJobCommand({ TransformJobName: summary.TransformJobName }),
    );
    if (job.ModelName !== modelName || !job.TransformStartTime || !job.TransformEndTime) continue;
    return {
      jobName: job.TransformJobName as string,
      durationSeconds: elapsedSeconds(job.TransformStartTime.getTime(), job.TransformEndTime.getTime()),
    };
  }
  return undefined;
}
