import {
  DescribePipelineExecutionCommand,
  type DescribePipelineExecutionCommandOutput,
  ListPipelineExecutionStepsCommand,
  type PipelineExecutionStep,
  StopPipelineExecutionCommand,
} from '@aws-sdk/client-sagemaker';
import { ModelshipError } from '@modelship/shared';
import { elapsedText, sleepUnlessCancelled } from './followTrainingJob';
import type { FollowPorts, TrainPorts } from './ports';

const TERMINAL = ['Succeeded', 'Failed', 'Stopped'];
const FIRST_POLL_MS = 1_000;
const MAX_POLL_MS = 10_000;

/** How a pipeline execution ended, with its steps and the training job one of them ran. */
export interface PipelineOutcome {
  execution: DescribePipelineExecutionCommandOutput;
  status: string;
  cancelled: boolean;
  steps: PipelineExecutionStep[];
  trainingJobName?: string;
}

async function listSteps(sagemaker: TrainPorts['sagemaker'], arn: string): Promise<PipelineExecutionStep[]> {
  const steps: PipelineExecutionStep[] = [];
  let NextToken: string | undefined;
  do {
    const page = await sagemaker.send(
      new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, NextToken }),
    );
    steps.push(...(page.PipelineExecutionSteps ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  // The API lists newest first; the log reads better in the order the steps started.
  return steps.reverse();
}

/** Prints each step whose status changed since the last poll. */
function printStepChanges(
  ports: FollowPorts,
  steps: PipelineExecutionStep[],
  seen: Map<string, string>,
  started: number,
) {
  for (const step of steps) {
    const name = step.StepName ?? '?';
    const status = step.StepStatus ?? 'Unknown';
    if (seen.get(name) === status) continue;
    seen.set(name, status);
    const reason = step.FailureReason ? `: ${step.FailureReason}` : '';
    ports.logger.info(`[${elapsedText(ports.clock.now() - started)}] step ${name} ${status}${reason}`);
  }
}

const trainingJobOf = (steps: PipelineExecutionStep[]) =>
  steps
    .map((s) => s.Metadata?.TrainingJob?.Arn)
    .find(Boolean)
    ?.split('/')
    .pop();

/**
 * Follows a pipeline execution to its end, printing each step's status as it changes. A cancelled step
 * stops the execution (which stops its running training job) and waits until it is Stopped.
 */
export async function followPipeline(
  ports: FollowPorts & Pick<TrainPorts, 'sagemaker'>,
  arn: string,
  timeoutMs: number,
): Promise<PipelineOutcome> {
  const { clock, signal, sagemaker, logger } = ports;
  const started = clock.now();
  const seen = new Map<string, string>();
  let cancelled = false;
  for (let poll = 0; ; poll++) {
    const execution = await sagemaker.send(
      new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }),
    );
    const steps = await listSteps(sagemaker, arn);
    printStepChanges(ports, steps, seen, started);
    const status = execution.PipelineExecutionStatus ?? 'Unknown';
    if (TERMINAL.includes(status))
      return { execution, status, cancelled, steps, trainingJobName: trainingJobOf(steps) };
    if (signal.aborted && !cancelled) {
      cancelled = true;
      logger.warning(`The step was cancelled: stopping pipeline execution ${arn}.`);
      await sagemaker.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn }));
    }
    if (!cancelled && clock.now() - started > timeoutMs) {
      throw new ModelshipError(
        `Pipeline execution ${arn} is still ${status} after timeout-minutes; the step stopped waiting, the execution goes on.`,
        'Raise timeout-minutes, or stop the execution in SageMaker Studio if it should not run on.',
      );
    }
    await sleepUnlessCancelled(ports, Math.min(FIRST_POLL_MS * 1.5 ** poll, MAX_POLL_MS), cancelled);
  }
}
