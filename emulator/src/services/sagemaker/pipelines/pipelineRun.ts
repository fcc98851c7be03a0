import type { CreateModelPackageInput, CreateTrainingJobRequest } from '@aws-sdk/client-sagemaker';
import { AwsError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { evaluateCondition, resolveExpressions, type PipelineStep } from './pipelineDefinition';
import { trainingJobName } from './pipelineRequests';
import type { ExecutionRecord, PipelineStepServices, StepRun } from './pipelineStore';

type Decision = 'succeeded' | 'not-run';
const MAX_FAILURE_REASON = 1300;

/**
 * Runs pipeline executions: walks the definition's steps in dependency order (pipelineDefinition.ts says
 * which steps and expressions exist), running training jobs and registering packages through the same
 * code as the API calls.
 */
export class PipelineRunner {
  constructor(
    private readonly services: PipelineStepServices,
    private readonly now: () => Date,
  ) {}

  /** Runs the execution in the background; `execution.done` settles once it has ended. */
  start(execution: ExecutionRecord, ctx: RequestContext): void {
    execution.done = this.execute(execution, ctx).catch((err: unknown) => {
      execution.status = 'Failed';
      execution.failureReason = `InternalServerError: ${(err as Error).message}`;
    });
  }

  /** Stopping now; the running steps' training jobs are stopped, and no further step starts. */
  stop(execution: ExecutionRecord): void {
    execution.status = 'Stopping';
    execution.lastModifiedTime = this.now();
    execution.stopper.abort();
    for (const run of execution.steps) {
      if (run.status !== 'Executing' && run.status !== 'Starting') continue;
      run.status = 'Stopping';
      const job = run.trainingJob ? this.services.training.jobs.get(run.trainingJob) : undefined;
      if (job?.status === 'InProgress') this.services.training.stop(job);
    }
  }

  /** Starts every step whose dependencies have succeeded, until nothing more can run. */
  private async execute(execution: ExecutionRecord, ctx: RequestContext): Promise<void> {
    const decided = new Map<string, Decision>();
    const running = new Map<string, Promise<void>>();
    for (;;) {
      for (const step of execution.definition.steps.values()) {
        if (decided.has(step.name) || running.has(step.name)) continue;
        const readiness = this.readiness(execution, step, decided);
        if (readiness === 'pending') continue;
        if (readiness === 'not-run') {
          decided.set(step.name, 'not-run');
          continue;
        }
        const run: StepRun = { step, status: 'Starting', startTime: this.now(), metadata: {} };
        execution.steps.push(run);
        const settled = this.runStep(execution, run, ctx).then(() => {
          running.delete(step.name);
          decided.set(step.name, run.status === 'Succeeded' ? 'succeeded' : 'not-run');
        });
        running.set(step.name, settled);
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
    this.finish(execution);
  }

  /** Whether a step can start now, must wait for a dependency, or will not run in this execution. */
  private readiness(
    execution: ExecutionRecord,
    step: PipelineStep,
    decided: Map<string, Decision>,
  ): 'ready' | 'pending' | 'not-run' {
    const dependencies = step.dependsOn.map((name) => decided.get(name) ?? 'pending');
    if (dependencies.includes('not-run')) return 'not-run';
    if (dependencies.includes('pending')) return 'pending';
    if (step.branch) {
      const condition = execution.steps.find((s) => s.step.name === step.branch?.condition);
      const outcome = (condition?.properties as { Outcome?: boolean }).Outcome;
      if (outcome !== step.branch.outcome) return 'not-run';
    }
    return execution.stopper.signal.aborted ? 'not-run' : 'ready';
  }

  private finish(execution: ExecutionRecord): void {
    const failed = execution.steps.filter((s) => s.status === 'Failed');
    if (execution.stopper.signal.aborted) {
      execution.status = 'Stopped';
    } else if (failed.length > 0) {
      execution.status = 'Failed';
      execution.failureReason = `Step failure: One or multiple steps failed. ${failed
        .map((s) => `${s.step.name}: ${s.failureReason ?? ''}`)
        .join('; ')}`.slice(0, MAX_FAILURE_REASON);
    } else {
      execution.status = 'Succeeded';
    }
    execution.lastModifiedTime = this.now();
  }

  private async runStep(execution: ExecutionRecord, run: StepRun, ctx: RequestContext): Promise<void> {
    const scope = {
      parameters: execution.parameters,
      execution: { PipelineExecutionId: execution.id, PipelineExecutionArn: execution.arn },
      stepProperties: (name: string) => execution.steps.find((s) => s.step.name === name)?.properties,
    };
    try {
      run.status = 'Executing';
      const args = resolveExpressions(run.step.arguments, scope) as Record<string, unknown>;
      if (run.step.type === 'Training') await this.runTraining(execution, run, args, ctx);
      else if (run.step.type === 'RegisterModel') await this.registerModel(run, args, ctx);
      else if (run.step.type === 'Condition') {
        const outcome = (args.Conditions as Array<Record<string, unknown>>).every(evaluateCondition);
        run.metadata = { Condition: { Outcome: outcome ? 'True' : 'False' } };
        succeed(run, { Outcome: outcome });
      } else {
        const message = String(args.ErrorMessage ?? '');
        run.metadata = { Fail: { ErrorMessage: message } };
        fail(run, message);
      }
    } catch (err) {
      fail(run, err instanceof AwsError ? `${err.code}: ${err.message}` : (err as Error).message);
    } finally {
      run.endTime = this.now();
      execution.lastModifiedTime = run.endTime;
    }
  }

  private async runTraining(
    execution: ExecutionRecord,
    run: StepRun,
    args: Record<string, unknown>,
    ctx: RequestContext,
  ): Promise<void> {
    const training = this.services.training;
    const job = training.create(
      // A Training step's Arguments are a CreateTrainingJob request, which create validates as the API does.
      {
        ...(args as unknown as CreateTrainingJobRequest),
        TrainingJobName: trainingJobName(execution.id, run.step.name),
      },
      ctx,
    );
    run.trainingJob = job.name;
    run.metadata = { TrainingJob: { Arn: job.arn } };
    if (execution.stopper.signal.aborted) training.stop(job);
    await job.settled;
    const properties = training.describe(job);
    if (job.status === 'Completed') succeed(run, properties);
    else if (job.status === 'Failed') fail(run, job.failureReason ?? 'Training job failed.');
    else if (execution.stopper.signal.aborted) run.status = 'Stopped';
    else fail(run, `Training job ${job.name} stopped: ${job.secondaryStatus}.`);
  }

  private async registerModel(
    run: StepRun,
    args: Record<string, unknown>,
    ctx: RequestContext,
  ): Promise<void> {
    const registry = this.services.registry;
    // The step's arguments are the request as the definition wrote it; CreateModelPackage checks them.
    const created = registry.CreateModelPackage(args as CreateModelPackageInput, ctx);
    run.metadata = { RegisterModel: { Arn: created.ModelPackageArn } };
    succeed(run, registry.DescribeModelPackage({ ModelPackageName: created.ModelPackageArn }));
  }
}

function succeed(run: StepRun, properties: unknown): void {
  run.properties = properties;
  run.status = 'Succeeded';
}

function fail(run: StepRun, reason: string): void {
  run.status = 'Failed';
  run.failureReason = reason;
}
