import type {
  CreatePipelineRequest,
  CreateTrainingJobRequest,
  DeletePipelineRequest,
  DescribePipelineExecutionRequest,
  DescribePipelineRequest,
  ListPipelineExecutionStepsRequest,
  ListPipelineExecutionsRequest,
  ListPipelineParametersForExecutionRequest,
  ListPipelinesRequest,
  StartPipelineExecutionRequest,
  StopPipelineExecutionRequest,
} from '@aws-sdk/client-sagemaker';
import { randomBytes, randomUUID } from 'node:crypto';
import { AwsError, validationError } from '../../../protocol/awsError';
import type { UpdatePipelineRequest } from '@aws-sdk/client-sagemaker';
import type { OperationHandler, RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import type { SageMakerContext } from '../index';
import {
  evaluateCondition,
  parsePipelineDefinition,
  resolveExpressions,
  type PipelineDefinition,
  type PipelineStep,
} from './pipelineDefinition';
import {
  checkToken,
  definitionText,
  pattern,
  PIPELINE_NAME,
  PIPELINE_NAME_SHOWN,
  ROLE_ARN,
  ROLE_ARN_SHOWN,
  trainingJobName,
  typedValue,
} from './pipelineRequests';
import type { TrainingJobs } from '../training/trainingJobs';
import { checkEnum, checkRange, constraints, paginate, requireMember } from '../validation';

type ExecutionStatus = 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded';
type StepStatus = 'Starting' | 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded';

interface PipelineRecord {
  name: string;
  arn: string;
  displayName: string;
  description?: string;
  definitionText: string;
  definition: PipelineDefinition;
  /** 1 at creation, one more for every UpdatePipeline; each execution keeps the version it started with. */
  versionId: number;
  roleArn: string;
  creationTime: Date;
  lastModifiedTime: Date;
  lastRunTime?: Date;
}

interface StepRun {
  step: PipelineStep;
  status: StepStatus;
  startTime: Date;
  endTime?: Date;
  failureReason?: string;
  metadata: Record<string, unknown>;
  properties?: unknown;
  trainingJob?: string;
}

interface ExecutionRecord {
  id: string;
  arn: string;
  pipeline: PipelineRecord;
  /** The definition as it was when the execution started: an update does not change a running execution. */
  definitionText: string;
  definition: PipelineDefinition;
  versionId: number;
  token: string;
  displayName: string;
  description?: string;
  parameterList: Array<{ Name: string; Value: string }>;
  parameters: Record<string, unknown>;
  status: ExecutionStatus;
  failureReason?: string;
  creationTime: Date;
  lastModifiedTime: Date;
  steps: StepRun[];
  stopper: AbortController;
  done: Promise<void>;
}

/** What the pipeline steps call: training jobs and the registry's own operations. */
export interface PipelineStepServices {
  training: TrainingJobs;
  registry: Record<string, OperationHandler>;
}

const notFound = (message: string) => new AwsError('ResourceNotFound', message);

/**
 * Pipelines and their executions. An execution walks the definition's steps in dependency order
 * (pipelineDefinition.ts says which steps and expressions exist), running training jobs and
 * registering packages through the same code as the API calls.
 */
export function pipelineOperations(sm: SageMakerContext, services: PipelineStepServices) {
  const pipelines = new Map<string, PipelineRecord>();
  const executions = new Map<string, ExecutionRecord>();
  const now = () => new Date(sm.env.clock.now());

  const stopEverything = async () => {
    const running = [...executions.values()].filter(
      (e) => e.status === 'Executing' || e.status === 'Stopping',
    );
    for (const execution of running) stopExecution(execution);
    await Promise.all(running.map((e) => e.done));
  };
  sm.env.onReset(async () => {
    await stopEverything();
    executions.clear();
    pipelines.clear();
  });
  sm.env.onShutdown(stopEverything);

  const pipelineOf = (nameOrArn: unknown, ctx: RequestContext): PipelineRecord => {
    const key = String(requireMember(nameOrArn, 'pipelineName'));
    const name = key.startsWith('arn:') ? (key.split(':pipeline/')[1] ?? '') : key;
    const found =
      pipelines.get(name) ??
      [...pipelines.values()].find(
        (p) => p.arn === key.toLowerCase() || p.name.toLowerCase() === name.toLowerCase(),
      );
    if (!found)
      throw notFound(
        `Pipeline '${key.startsWith('arn:') ? key : sagemakerArn(ctx, 'pipeline', name)}' does not exist.`,
      );
    return found;
  };
  const executionOf = (arn: unknown): ExecutionRecord => {
    const key = String(requireMember(arn, 'pipelineExecutionArn'));
    const found = executions.get(key) ?? executions.get(key.toLowerCase());
    if (!found) throw notFound(`Pipeline execution '${key}' does not exist.`);
    return found;
  };

  function stopExecution(execution: ExecutionRecord): void {
    execution.status = 'Stopping';
    execution.lastModifiedTime = now();
    execution.stopper.abort();
    for (const run of execution.steps) {
      if (run.status !== 'Executing' && run.status !== 'Starting') continue;
      run.status = 'Stopping';
      const job = run.trainingJob ? services.training.jobs.get(run.trainingJob) : undefined;
      if (job?.status === 'InProgress') services.training.stop(job);
    }
  }

  async function runStep(execution: ExecutionRecord, run: StepRun, ctx: RequestContext): Promise<void> {
    const step = run.step;
    const scope = {
      parameters: execution.parameters,
      execution: { PipelineExecutionId: execution.id, PipelineExecutionArn: execution.arn },
      stepProperties: (name: string) => execution.steps.find((s) => s.step.name === name)?.properties,
    };
    const succeed = (properties: unknown) => {
      run.properties = properties;
      run.status = 'Succeeded';
    };
    const fail = (reason: string) => {
      run.status = 'Failed';
      run.failureReason = reason;
    };
    try {
      run.status = 'Executing';
      const args = resolveExpressions(step.arguments, scope) as Record<string, unknown>;
      if (step.type === 'Training') {
        const job = services.training.create(
          // A Training step's Arguments are a CreateTrainingJob request, which create validates as the API does.
          {
            ...(args as unknown as CreateTrainingJobRequest),
            TrainingJobName: trainingJobName(execution.id, step.name),
          },
          ctx,
        );
        run.trainingJob = job.name;
        run.metadata = { TrainingJob: { Arn: job.arn } };
        if (execution.stopper.signal.aborted) services.training.stop(job);
        await job.settled;
        const properties = services.training.describe(job);
        if (job.status === 'Completed') succeed(properties);
        else if (job.status === 'Failed') fail(job.failureReason ?? 'Training job failed.');
        else if (execution.stopper.signal.aborted) run.status = 'Stopped';
        else fail(`Training job ${job.name} stopped: ${job.secondaryStatus}.`);
      } else if (step.type === 'RegisterModel') {
        const created = (await services.registry.CreateModelPackage?.(args, ctx)) as {
          ModelPackageArn: string;
        };
        run.metadata = { RegisterModel: { Arn: created.ModelPackageArn } };
        succeed(
          await services.registry.DescribeModelPackage?.({ ModelPackageName: created.ModelPackageArn }, ctx),
        );
      } else if (step.type === 'Condition') {
        const conditions = args.Conditions as Array<Record<string, unknown>>;
        const outcome = conditions.every(evaluateCondition);
        run.metadata = { Condition: { Outcome: outcome ? 'True' : 'False' } };
        succeed({ Outcome: outcome });
      } else {
        const message = String(args.ErrorMessage ?? '');
        run.metadata = { Fail: { ErrorMessage: message } };
        fail(message);
      }
    } catch (err) {
      fail(err instanceof AwsError ? `${err.code}: ${err.message}` : (err as Error).message);
    } finally {
      run.endTime = now();
      execution.lastModifiedTime = run.endTime;
    }
  }

  /** Starts every step whose dependencies have succeeded, until nothing more can run. */
  async function execute(execution: ExecutionRecord, ctx: RequestContext): Promise<void> {
    const steps = [...execution.definition.steps.values()];
    const decided = new Map<string, 'succeeded' | 'not-run'>();
    const running = new Map<string, Promise<void>>();
    const runOf = (name: string) => execution.steps.find((s) => s.step.name === name);
    const state = (name: string): 'pending' | 'succeeded' | 'not-run' => {
      if (decided.has(name)) return decided.get(name) as 'succeeded' | 'not-run';
      return 'pending';
    };
    for (;;) {
      for (const step of steps) {
        if (decided.has(step.name) || running.has(step.name)) continue;
        const dependencies = step.dependsOn.map(state);
        if (dependencies.includes('not-run')) {
          decided.set(step.name, 'not-run');
          continue;
        }
        if (dependencies.includes('pending')) continue;
        if (step.branch) {
          const outcome = (runOf(step.branch.condition)?.properties as { Outcome?: boolean }).Outcome;
          if (outcome !== step.branch.outcome) {
            decided.set(step.name, 'not-run');
            continue;
          }
        }
        if (execution.stopper.signal.aborted) {
          decided.set(step.name, 'not-run');
          continue;
        }
        const run: StepRun = { step, status: 'Starting', startTime: now(), metadata: {} };
        execution.steps.push(run);
        running.set(
          step.name,
          runStep(execution, run, ctx).then(() => {
            running.delete(step.name);
            decided.set(step.name, run.status === 'Succeeded' ? 'succeeded' : 'not-run');
          }),
        );
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
    const failed = execution.steps.filter((s) => s.status === 'Failed');
    if (execution.stopper.signal.aborted) {
      execution.status = 'Stopped';
    } else if (failed.length > 0) {
      execution.status = 'Failed';
      execution.failureReason = `Step failure: One or multiple steps failed. ${failed
        .map((s) => `${s.step.name}: ${s.failureReason ?? ''}`)
        .join('; ')}`.slice(0, 1300);
    } else {
      execution.status = 'Succeeded';
    }
    execution.lastModifiedTime = now();
  }

  const describePipeline = (p: PipelineRecord) => ({
    PipelineArn: p.arn,
    PipelineName: p.name,
    PipelineDisplayName: p.displayName,
    PipelineDescription: p.description,
    PipelineDefinition: p.definitionText,
    RoleArn: p.roleArn,
    PipelineStatus: 'Active',
    CreationTime: p.creationTime,
    LastModifiedTime: p.lastModifiedTime,
    LastRunTime: p.lastRunTime,
  });

  sm.searchable.register('Pipeline', () =>
    [...pipelines.values()].map((p) => ({ ...describePipeline(p), Tags: sm.tags.list(p.arn) })),
  );

  return {
    CreatePipeline: (input: CreatePipelineRequest, ctx: RequestContext) => {
      const name = pattern(input.PipelineName, 'pipelineName', PIPELINE_NAME, PIPELINE_NAME_SHOWN);
      checkToken(input.ClientRequestToken ?? randomUUID(), 'clientRequestToken');
      const roleArn = pattern(input.RoleArn, 'roleArn', ROLE_ARN, ROLE_ARN_SHOWN);
      const text = definitionText(input, sm.env.stores.objects, true) as string;
      const arn = sagemakerArn(ctx, 'pipeline', name);
      if (pipelines.has(name)) {
        throw validationError(
          `Pipeline names must be unique within an AWS account and region. Pipeline with name (${name}) already exists.`,
        );
      }
      const definition = parsePipelineDefinition(text);
      const created = now();
      sm.tags.set(arn, input.Tags);
      pipelines.set(name, {
        name,
        arn,
        displayName: input.PipelineDisplayName ?? name,
        description: input.PipelineDescription,
        definitionText: text,
        definition,
        versionId: 1,
        roleArn,
        creationTime: created,
        lastModifiedTime: created,
      });
      return { PipelineArn: arn };
    },
    UpdatePipeline: (input: UpdatePipelineRequest, ctx: RequestContext) => {
      const pipeline = pipelineOf(input.PipelineName, ctx);
      const roleArn =
        input.RoleArn === undefined ? undefined : pattern(input.RoleArn, 'roleArn', ROLE_ARN, ROLE_ARN_SHOWN);
      const text = definitionText(input, sm.env.stores.objects, false);
      // Parsed before anything changes: a refused definition leaves the pipeline as it was.
      const definition = text === undefined ? undefined : parsePipelineDefinition(text);
      if (text !== undefined && definition) {
        pipeline.definitionText = text;
        pipeline.definition = definition;
        pipeline.versionId += 1;
      }
      if (roleArn) pipeline.roleArn = roleArn;
      if (input.PipelineDisplayName !== undefined) pipeline.displayName = input.PipelineDisplayName;
      if (input.PipelineDescription !== undefined) pipeline.description = input.PipelineDescription;
      pipeline.lastModifiedTime = now();
      return { PipelineArn: pipeline.arn, PipelineVersionId: pipeline.versionId };
    },
    DescribePipelineDefinitionForExecution: (input: { PipelineExecutionArn?: string }) => {
      const execution = executionOf(input.PipelineExecutionArn);
      return { PipelineDefinition: execution.definitionText, CreationTime: execution.creationTime };
    },
    DescribePipeline: (input: DescribePipelineRequest, ctx: RequestContext) =>
      describePipeline(pipelineOf(input.PipelineName, ctx)),
    DeletePipeline: (input: DeletePipelineRequest, ctx: RequestContext) => {
      const pipeline = pipelineOf(input.PipelineName, ctx);
      for (const execution of executions.values()) {
        if (execution.pipeline === pipeline && execution.status === 'Executing') stopExecution(execution);
      }
      pipelines.delete(pipeline.name);
      sm.tags.forget(pipeline.arn);
      return { PipelineArn: pipeline.arn };
    },
    ListPipelines: (input: ListPipelinesRequest) => {
      checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime']);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const items = [...pipelines.values()]
        .filter(
          (p) =>
            (!input.PipelineNamePrefix || p.name.startsWith(input.PipelineNamePrefix)) &&
            (input.CreatedAfter === undefined ||
              p.creationTime.getTime() > Number(input.CreatedAfter) * 1000) &&
            (input.CreatedBefore === undefined ||
              p.creationTime.getTime() < Number(input.CreatedBefore) * 1000),
        )
        .sort((a, b) =>
          input.SortBy === 'Name'
            ? a.name.localeCompare(b.name)
            : a.creationTime.getTime() - b.creationTime.getTime(),
        );
      // No documented default order; newest first, as the console lists them.
      if (input.SortOrder !== 'Ascending') items.reverse();
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        PipelineSummaries: page.map((p) => ({
          PipelineArn: p.arn,
          PipelineName: p.name,
          PipelineDisplayName: p.displayName,
          PipelineDescription: p.description,
          RoleArn: p.roleArn,
          CreationTime: p.creationTime,
          LastModifiedTime: p.lastModifiedTime,
          LastExecutionTime: p.lastRunTime,
        })),
        NextToken: next,
      };
    },
    StartPipelineExecution: (input: StartPipelineExecutionRequest, ctx: RequestContext) => {
      const pipeline = pipelineOf(input.PipelineName, ctx);
      // The SDKs fill the token in; a retry with the same token gets the same execution.
      const token = checkToken(input.ClientRequestToken ?? randomUUID(), 'clientRequestToken');
      const repeated = [...executions.values()].find((e) => e.pipeline === pipeline && e.token === token);
      if (repeated) return { PipelineExecutionArn: repeated.arn };

      const supplied = (input.PipelineParameters ?? []) as Array<{ Name?: string; Value?: string }>;
      constraints.count(supplied, 'pipelineParameters', 0, 200);
      const declared = new Map(pipeline.definition.parameters.map((p) => [p.name, p]));
      const parameters: Record<string, unknown> = {};
      const parameterList: Array<{ Name: string; Value: string }> = [];
      for (const { Name, Value } of supplied) {
        const parameter = declared.get(String(Name));
        if (!parameter)
          throw validationError(`Parameter ${String(Name)} is not defined in the pipeline definition.`);
        if (typeof Value !== 'string' || Value.length > 1024) {
          throw validationError(
            `Value of parameter ${String(Name)} must be a string of at most 1024 characters.`,
          );
        }
        parameters[parameter.name] = typedValue(parameter.type, parameter.name, Value);
        parameterList.push({ Name: parameter.name, Value });
      }
      for (const parameter of declared.values()) {
        if (parameter.name in parameters) continue;
        if (parameter.defaultValue === undefined) {
          throw validationError(`Parameter ${parameter.name} has no default value and was not supplied.`);
        }
        parameters[parameter.name] = typedValue(parameter.type, parameter.name, parameter.defaultValue);
        parameterList.push({ Name: parameter.name, Value: String(parameter.defaultValue) });
      }

      const id = randomBytes(9)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '0')
        .slice(0, 12);
      const created = now();
      const execution: ExecutionRecord = {
        id,
        arn: `${pipeline.arn}/execution/${id}`,
        pipeline,
        definitionText: pipeline.definitionText,
        definition: pipeline.definition,
        versionId: pipeline.versionId,
        token,
        displayName: input.PipelineExecutionDisplayName ?? `execution-${created.getTime()}`,
        description: input.PipelineExecutionDescription,
        parameterList,
        parameters,
        status: 'Executing',
        creationTime: created,
        lastModifiedTime: created,
        steps: [],
        stopper: new AbortController(),
        done: Promise.resolve(),
      };
      executions.set(execution.arn, execution);
      pipeline.lastRunTime = created;
      execution.done = execute(execution, ctx).catch((err: unknown) => {
        execution.status = 'Failed';
        execution.failureReason = `InternalServerError: ${(err as Error).message}`;
      });
      return { PipelineExecutionArn: execution.arn };
    },
    DescribePipelineExecution: (input: DescribePipelineExecutionRequest) => {
      const e = executionOf(input.PipelineExecutionArn);
      return {
        PipelineArn: e.pipeline.arn,
        PipelineExecutionArn: e.arn,
        PipelineExecutionDisplayName: e.displayName,
        PipelineExecutionStatus: e.status,
        PipelineExecutionDescription: e.description,
        FailureReason: e.failureReason,
        CreationTime: e.creationTime,
        LastModifiedTime: e.lastModifiedTime,
        PipelineVersionId: e.versionId,
      };
    },
    ListPipelineExecutions: (input: ListPipelineExecutionsRequest, ctx: RequestContext) => {
      const pipeline = pipelineOf(input.PipelineName, ctx);
      checkEnum(input.SortBy, 'sortBy', ['CreationTime', 'PipelineExecutionArn']);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const items = [...executions.values()]
        .filter(
          (e) =>
            e.pipeline === pipeline &&
            (input.CreatedAfter === undefined ||
              e.creationTime.getTime() > Number(input.CreatedAfter) * 1000) &&
            (input.CreatedBefore === undefined ||
              e.creationTime.getTime() < Number(input.CreatedBefore) * 1000),
        )
        .sort((a, b) =>
          input.SortBy === 'PipelineExecutionArn'
            ? a.arn.localeCompare(b.arn)
            : a.creationTime.getTime() - b.creationTime.getTime(),
        );
      if (input.SortOrder !== 'Ascending') items.reverse();
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        PipelineExecutionSummaries: page.map((e) => ({
          PipelineExecutionArn: e.arn,
          StartTime: e.creationTime,
          PipelineExecutionStatus: e.status,
          PipelineExecutionDescription: e.description,
          PipelineExecutionDisplayName: e.displayName,
          PipelineExecutionFailureReason: e.failureReason,
        })),
        NextToken: next,
      };
    },
    ListPipelineExecutionSteps: (input: ListPipelineExecutionStepsRequest) => {
      const execution = executionOf(input.PipelineExecutionArn);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const items = [...execution.steps];
      // Most recent step first unless asked otherwise, as SageMaker lists them.
      if (input.SortOrder !== 'Ascending') items.reverse();
      const { page, next } = paginate(items, input.MaxResults, input.NextToken);
      return {
        PipelineExecutionSteps: page.map((s) => ({
          StepName: s.step.name,
          StepDisplayName: s.step.displayName,
          StepDescription: s.step.description,
          StartTime: s.startTime,
          EndTime: s.endTime,
          StepStatus: s.status,
          FailureReason: s.failureReason,
          Metadata: s.metadata,
          AttemptCount: 1,
        })),
        NextToken: next,
      };
    },
    ListPipelineParametersForExecution: (input: ListPipelineParametersForExecutionRequest) => {
      const execution = executionOf(input.PipelineExecutionArn);
      return { PipelineParameters: execution.parameterList };
    },
    StopPipelineExecution: (input: StopPipelineExecutionRequest) => {
      const execution = executionOf(input.PipelineExecutionArn);
      checkToken(input.ClientRequestToken ?? randomUUID(), 'clientRequestToken');
      if (execution.status === 'Executing') stopExecution(execution);
      else if (execution.status !== 'Stopping') {
        throw new AwsError(
          'ConflictException',
          `Pipeline execution '${execution.arn}' is already in status ${execution.status} and cannot be stopped.`,
        );
      }
      return { PipelineExecutionArn: execution.arn };
    },
  };
}
