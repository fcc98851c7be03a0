import type {
  DescribePipelineExecutionRequest,
  DescribePipelineExecutionResponse,
  ListPipelineExecutionStepsRequest,
  ListPipelineExecutionStepsResponse,
  ListPipelineExecutionsRequest,
  ListPipelineExecutionsResponse,
  ListPipelineParametersForExecutionRequest,
  ListPipelineParametersForExecutionResponse,
  StartPipelineExecutionRequest,
  StartPipelineExecutionResponse,
  StopPipelineExecutionRequest,
  StopPipelineExecutionResponse,
} from '@aws-sdk/client-sagemaker';
import { randomBytes, randomUUID } from 'node:crypto';
import { AwsError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { checkEnum, checkRange, paginate } from '../validation';
import { checkToken, resolveParameters } from './pipelineRequests';
import type { PipelineRunner } from './pipelineRun';
import type { ExecutionRecord, PipelineRecord, PipelineStore } from './pipelineStore';

/** An execution id as SageMaker shows them: 12 lower-case letters and digits. */
function executionId(): string {
  return randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12);
}

function newExecution(
  pipeline: PipelineRecord,
  input: StartPipelineExecutionRequest,
  token: string,
  created: Date,
): ExecutionRecord {
  const { parameters, parameterList } = resolveParameters(
    pipeline.definition.parameters,
    input.PipelineParameters ?? [],
  );
  const id = executionId();
  return {
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
}

function createdWithin(time: Date, input: { CreatedAfter?: Date; CreatedBefore?: Date }): boolean {
  return (
    (input.CreatedAfter === undefined || time.getTime() > Number(input.CreatedAfter) * 1000) &&
    (input.CreatedBefore === undefined || time.getTime() < Number(input.CreatedBefore) * 1000)
  );
}

/** Start, describe, list and stop pipeline executions; the runner does the work. */
export function executionOperations(store: PipelineStore, runner: PipelineRunner, now: () => Date) {
  return {
    StartPipelineExecution: (
      input: StartPipelineExecutionRequest,
      ctx: RequestContext,
    ): StartPipelineExecutionResponse => {
      const pipeline = store.pipelineOf(input.PipelineName, ctx);
      // The SDKs fill the token in; a retry with the same token gets the same execution.
      const token = checkToken(input.ClientRequestToken ?? randomUUID(), 'clientRequestToken');
      const repeated = [...store.executions.values()].find(
        (e) => e.pipeline === pipeline && e.token === token,
      );
      if (repeated) return { PipelineExecutionArn: repeated.arn };
      const created = now();
      const execution = newExecution(pipeline, input, token, created);
      store.executions.set(execution.arn, execution);
      pipeline.lastRunTime = created;
      runner.start(execution, ctx);
      return { PipelineExecutionArn: execution.arn };
    },
    DescribePipelineExecution: (
      input: DescribePipelineExecutionRequest,
    ): DescribePipelineExecutionResponse => {
      const e = store.executionOf(input.PipelineExecutionArn);
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
    ListPipelineExecutions: (
      input: ListPipelineExecutionsRequest,
      ctx: RequestContext,
    ): ListPipelineExecutionsResponse => {
      const pipeline = store.pipelineOf(input.PipelineName, ctx);
      checkEnum(input.SortBy, 'sortBy', ['CreationTime', 'PipelineExecutionArn']);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const items = [...store.executions.values()]
        .filter((e) => e.pipeline === pipeline && createdWithin(e.creationTime, input))
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
    ListPipelineExecutionSteps: (
      input: ListPipelineExecutionStepsRequest,
    ): ListPipelineExecutionStepsResponse => {
      const execution = store.executionOf(input.PipelineExecutionArn);
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
    ListPipelineParametersForExecution: (
      input: ListPipelineParametersForExecutionRequest,
    ): ListPipelineParametersForExecutionResponse => ({
      PipelineParameters: store.executionOf(input.PipelineExecutionArn).parameterList,
    }),
    StopPipelineExecution: (input: StopPipelineExecutionRequest): StopPipelineExecutionResponse => {
      const execution = store.executionOf(input.PipelineExecutionArn);
      checkToken(input.ClientRequestToken ?? randomUUID(), 'clientRequestToken');
      if (execution.status === 'Executing') runner.stop(execution);
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
