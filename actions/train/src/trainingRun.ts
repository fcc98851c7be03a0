import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  type DescribeTrainingJobCommandOutput,
  StartPipelineExecutionCommand,
} from '@aws-sdk/client-sagemaker';
import { followPipeline } from './followPipeline';
import { followTrainingJob } from './followTrainingJob';
import type { TrainPorts } from './ports';
import { trainingJobFailure } from './trainingJobFailure';
import { trainingJobRequest, type TrainingJobSpec } from './trainingJobRequest';

/** What ran and how it ended, whichever way it ran. */
export interface TrainingRun {
  status: string;
  succeeded: boolean;
  cancelled: boolean;
  trainingJobName?: string;
  pipelineExecutionArn?: string;
  image?: string;
  modelDataUrl?: string;
  metrics: Record<string, number>;
  series: Record<string, number[]>;
  failureReason?: string;
  logTail: string[];
}

const finalMetrics = (job: DescribeTrainingJobCommandOutput) =>
  Object.fromEntries(
    (job.FinalMetricDataList ?? [])
      .filter((m) => m.MetricName && typeof m.Value === 'number')
      .map((m) => [m.MetricName!, m.Value!]),
  );

/** Creates the training job; its name and the artifact's URI are outputs from this moment on. */
export async function startTrainingJob(ports: TrainPorts, spec: TrainingJobSpec, env: NodeJS.ProcessEnv) {
  await ports.sagemaker.send(new CreateTrainingJobCommand(trainingJobRequest(spec, env)));
  ports.setOutput('training-job-name', spec.name);
  ports.logger.info(`Started training job ${spec.name} (${spec.instanceCount} × ${spec.instanceType}).`);
}

/** Follows the job the step started to its end, with its log and status changes. */
export async function runTrainingJob(
  ports: TrainPorts,
  spec: TrainingJobSpec,
  timeoutMs: number,
): Promise<TrainingRun> {
  const outcome = await ports.logger.group(`Training job ${spec.name}`, () =>
    followTrainingJob(ports, spec.name, { metricDefinitions: spec.metricDefinitions, timeoutMs }),
  );
  const { job } = outcome;
  return {
    status: outcome.status,
    succeeded: outcome.status === 'Completed',
    cancelled: outcome.cancelled,
    trainingJobName: spec.name,
    image: spec.image,
    modelDataUrl: job.ModelArtifacts?.S3ModelArtifacts,
    metrics: finalMetrics(job),
    series: outcome.series.repeated(),
    failureReason: trainingJobFailure(job),
    logTail: outcome.logTail,
  };
}

/** Starts the pipeline execution; its ARN is an output from this moment on. */
export async function startPipeline(
  ports: TrainPorts,
  pipelineName: string,
  parameters: Record<string, string>,
): Promise<string> {
  const started = await ports.sagemaker.send(
    new StartPipelineExecutionCommand({
      PipelineName: pipelineName,
      PipelineParameters: Object.entries(parameters).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  const arn = started.PipelineExecutionArn!;
  ports.setOutput('pipeline-execution-arn', arn);
  ports.logger.info(`Started pipeline execution ${arn}.`);
  return arn;
}

/** Follows the execution to its end; the metrics and artifact are those of the training job a step ran. */
export async function runPipeline(ports: TrainPorts, arn: string, timeoutMs: number): Promise<TrainingRun> {
  const outcome = await ports.logger.group(`Pipeline execution ${arn.split('/').pop()}`, () =>
    followPipeline(ports, arn, timeoutMs),
  );
  const jobName = outcome.trainingJobName && (await trainingJobNamed(ports, outcome.trainingJobName));
  const job = jobName
    ? await ports.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }))
    : undefined;
  const failedStep = outcome.steps.find((s) => s.StepStatus === 'Failed');
  return {
    status: outcome.status,
    succeeded: outcome.status === 'Succeeded',
    cancelled: outcome.cancelled,
    trainingJobName: jobName || undefined,
    pipelineExecutionArn: arn,
    image: job?.AlgorithmSpecification?.TrainingImage,
    modelDataUrl: job?.ModelArtifacts?.S3ModelArtifacts,
    metrics: job ? finalMetrics(job) : {},
    series: {},
    failureReason:
      outcome.execution.FailureReason ??
      (failedStep
        ? `Step ${failedStep.StepName} failed: ${failedStep.FailureReason ?? 'no reason given'}`
        : undefined),
    logTail: [],
  };
}

/** A step's metadata names its job by ARN, which SageMaker lower-cases; the job keeps its own case. */
async function trainingJobNamed(ports: TrainPorts, lowerCased: string): Promise<string | undefined> {
  const listed = await ports.sagemaker.send(
    new ListTrainingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100 }),
  );
  return (
    listed.TrainingJobSummaries?.map((j) => j.TrainingJobName).find(
      (n) => n?.toLowerCase() === lowerCased.toLowerCase(),
    ) ?? lowerCased
  );
}
