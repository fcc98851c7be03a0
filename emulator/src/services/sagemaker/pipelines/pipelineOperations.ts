import type {
  CreatePipelineRequest,
  CreatePipelineResponse,
  DeletePipelineRequest,
  DeletePipelineResponse,
  DescribePipelineDefinitionForExecutionRequest,
  DescribePipelineDefinitionForExecutionResponse,
  DescribePipelineRequest,
  DescribePipelineResponse,
  ListPipelinesRequest,
  ListPipelinesResponse,
  UpdatePipelineRequest,
  UpdatePipelineResponse,
} from '@aws-sdk/client-sagemaker';
import { randomUUID } from 'node:crypto';
import { validationError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import type { SageMakerContext } from '../index';
import { checkEnum, checkRange, paginate } from '../validation';
import { executionOperations } from './executionOperations';
import { parsePipelineDefinition } from './pipelineDefinition';
import {
  checkToken,
  definitionText,
  pattern,
  PIPELINE_NAME,
  PIPELINE_NAME_SHOWN,
  ROLE_ARN,
  ROLE_ARN_SHOWN,
} from './pipelineRequests';
import { PipelineRunner } from './pipelineRun';
import { PipelineStore, type PipelineRecord, type PipelineStepServices } from './pipelineStore';

const describePipeline = (p: PipelineRecord): DescribePipelineResponse => ({
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

function checkedCreate(input: CreatePipelineRequest, sm: SageMakerContext, ctx: RequestContext) {
  const name = pattern(input.PipelineName, 'pipelineName', PIPELINE_NAME, PIPELINE_NAME_SHOWN);
  checkToken(input.ClientRequestToken ?? randomUUID(), 'clientRequestToken');
  const roleArn = pattern(input.RoleArn, 'roleArn', ROLE_ARN, ROLE_ARN_SHOWN);
  const text = definitionText(input, sm.env.stores.objects, true) as string;
  const arn = sagemakerArn(ctx, 'pipeline', name);
  return { name, arn, roleArn, text };
}

function listedPipelines(pipelines: Iterable<PipelineRecord>, input: ListPipelinesRequest): PipelineRecord[] {
  const items = [...pipelines]
    .filter(
      (p) =>
        (!input.PipelineNamePrefix || p.name.startsWith(input.PipelineNamePrefix)) &&
        (input.CreatedAfter === undefined || p.creationTime.getTime() > Number(input.CreatedAfter) * 1000) &&
        (input.CreatedBefore === undefined || p.creationTime.getTime() < Number(input.CreatedBefore) * 1000),
    )
    .sort((a, b) =>
      input.SortBy === 'Name'
        ? a.name.localeCompare(b.name)
        : a.creationTime.getTime() - b.creationTime.getTime(),
    );
  // No documented default order; newest first, as the console lists them.
  if (input.SortOrder !== 'Ascending') items.reverse();
  return items;
}

/**
 * Pipelines and their executions: the operations on pipelines here, those on executions in
 * executionOperations.ts, and the execution engine in pipelineRun.ts.
 */
export function pipelineOperations(sm: SageMakerContext, services: PipelineStepServices) {
  const store = new PipelineStore();
  const now = () => new Date(sm.env.clock.now());
  const runner = new PipelineRunner(services, now);

  const stopEverything = async () => {
    const running = store.unfinished();
    for (const execution of running) runner.stop(execution);
    await Promise.all(running.map((e) => e.done));
  };
  sm.env.onReset(async () => {
    await stopEverything();
    store.clear();
  });
  sm.env.onShutdown(stopEverything);
  sm.searchable.register('Pipeline', () =>
    [...store.pipelines.values()].map((p) => ({ ...describePipeline(p), Tags: sm.tags.list(p.arn) })),
  );

  return {
    CreatePipeline: (input: CreatePipelineRequest, ctx: RequestContext): CreatePipelineResponse => {
      const { name, arn, roleArn, text } = checkedCreate(input, sm, ctx);
      if (store.pipelines.has(name)) {
        throw validationError(
          `Pipeline names must be unique within an AWS account and region. Pipeline with name (${name}) already exists.`,
        );
      }
      const definition = parsePipelineDefinition(text);
      const created = now();
      sm.tags.set(arn, input.Tags);
      store.pipelines.set(name, {
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
    UpdatePipeline: (input: UpdatePipelineRequest, ctx: RequestContext): UpdatePipelineResponse => {
      const pipeline = store.pipelineOf(input.PipelineName, ctx);
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
    DescribePipelineDefinitionForExecution: (
      input: DescribePipelineDefinitionForExecutionRequest,
    ): DescribePipelineDefinitionForExecutionResponse => {
      const execution = store.executionOf(input.PipelineExecutionArn);
      return { PipelineDefinition: execution.definitionText, CreationTime: execution.creationTime };
    },
    DescribePipeline: (input: DescribePipelineRequest, ctx: RequestContext): DescribePipelineResponse =>
      describePipeline(store.pipelineOf(input.PipelineName, ctx)),
    DeletePipeline: (input: DeletePipelineRequest, ctx: RequestContext): DeletePipelineResponse => {
      const pipeline = store.pipelineOf(input.PipelineName, ctx);
      for (const execution of store.executions.values()) {
        if (execution.pipeline === pipeline && execution.status === 'Executing') runner.stop(execution);
      }
      store.pipelines.delete(pipeline.name);
      sm.tags.forget(pipeline.arn);
      return { PipelineArn: pipeline.arn };
    },
    ListPipelines: (input: ListPipelinesRequest): ListPipelinesResponse => {
      checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime']);
      checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
      checkRange(input.MaxResults, 'maxResults', 1, 100);
      const { page, next } = paginate(
        listedPipelines(store.pipelines.values(), input),
        input.MaxResults,
        input.NextToken,
      );
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
    ...executionOperations(store, runner, now),
  };
}
