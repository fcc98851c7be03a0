import type { CreateTransformJobCommandInput, Tag, TransformInstanceType } from '@aws-sdk/client-sagemaker';
import { provenanceFromEnvironment, type Provenance } from '@modelship/shared';
import type { DeployInputs } from './deployRequest';
import { modelSourceOf, type ModelSource } from './modelSource';
import { batchNameBase } from './transformJobName';

/** Everything the batch transform core needs, parsed and checked before any AWS call. */
export interface BatchRequest {
  inputs: DeployInputs;
  region: string;
  source: ModelSource;
  provenance: Provenance;
  /** The base of the model and job names. */
  nameBase: string;
  startedAtMs: number;
}

export function batchRequestOf(
  inputs: DeployInputs,
  env: NodeJS.ProcessEnv,
  region: string,
  startedAtMs: number,
): BatchRequest {
  return {
    inputs,
    region,
    source: modelSourceOf(inputs),
    provenance: provenanceFromEnvironment(env, 'deploy-endpoint'),
    nameBase: batchNameBase(inputs['endpoint-name'], env),
    startedAtMs,
  };
}

/** When the action stops waiting (SageMaker goes on): `timeout-minutes` after the step started. */
export const batchDeadlineOf = (request: BatchRequest): number =>
  request.startedAtMs + request.inputs['timeout-minutes'] * 60_000;

/** Each job writes under its own prefix, so a re-run never overwrites or miscounts an earlier run's output. */
export const outputPathOf = (request: BatchRequest, jobName: string): string =>
  `${(request.inputs['batch-output'] as string).replace(/\/+$/, '')}/${jobName}/`;

/** The job to start, with what the plan and the follow phase read from it, and its SDK request. */
export interface TransformJobSpec {
  name: string;
  modelName: string;
  input: string;
  outputPath: string;
  instanceType: TransformInstanceType;
  instanceCount: number;
  request: CreateTransformJobCommandInput;
}

/** The CreateTransformJob request: SageMaker's defaults written out, so the plan shows what runs. */
export function transformJobSpec(
  request: BatchRequest,
  names: { job: string; model: string },
  tags: Tag[],
): TransformJobSpec {
  const { inputs } = request;
  const join = inputs['batch-join-source'];
  const filtered = inputs['batch-input-filter'] || inputs['batch-output-filter'] || join;
  const spec = {
    name: names.job,
    modelName: names.model,
    input: inputs['batch-input'] as string,
    outputPath: outputPathOf(request, names.job),
    instanceType: inputs['instance-type'] as TransformInstanceType,
    instanceCount: inputs['instance-count'],
  };
  return {
    ...spec,
    request: {
      TransformJobName: spec.name,
      ModelName: spec.modelName,
      BatchStrategy: inputs['batch-strategy'] ?? 'MultiRecord',
      MaxPayloadInMB: inputs['batch-max-payload-mb'] ?? 6,
      MaxConcurrentTransforms: inputs['batch-max-concurrent-transforms'],
      TransformInput: {
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: spec.input } },
        ContentType: inputs['batch-content-type'],
        SplitType: inputs['batch-split-type'] ?? 'Line',
      },
      TransformOutput: {
        S3OutputPath: spec.outputPath,
        AssembleWith: inputs['batch-assemble-with'] ?? 'Line',
      },
      TransformResources: { InstanceType: spec.instanceType, InstanceCount: spec.instanceCount },
      DataProcessing: filtered
        ? {
            InputFilter: inputs['batch-input-filter'],
            OutputFilter: inputs['batch-output-filter'],
            JoinSource: join,
          }
        : undefined,
      Tags: tags,
    },
  };
}

/** The same job under another name, writing under that name's own output prefix. */
export function renamedJob(request: BatchRequest, spec: TransformJobSpec, name: string): TransformJobSpec {
  const outputPath = outputPathOf(request, name);
  return {
    ...spec,
    name,
    outputPath,
    request: {
      ...spec.request,
      TransformJobName: name,
      TransformOutput: { ...spec.request.TransformOutput, S3OutputPath: outputPath },
    },
  };
}
