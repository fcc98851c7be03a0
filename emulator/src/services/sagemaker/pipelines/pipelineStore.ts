import type {
  PipelineExecutionStatus,
  PipelineExecutionStepMetadata,
  Parameter,
  StepStatus,
} from '@aws-sdk/client-sagemaker';
import { AwsError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import type { modelPackageOperations } from '../registry/modelPackages';
import type { TrainingJobs } from '../training/trainingJobs';
import { requireMember } from '../validation';
import type { PipelineDefinition, PipelineStep } from './pipelineDefinition';

export interface PipelineRecord {
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

export interface StepRun {
  step: PipelineStep;
  status: StepStatus;
  startTime: Date;
  endTime?: Date;
  failureReason?: string;
  metadata: PipelineExecutionStepMetadata;
  properties?: unknown;
  trainingJob?: string;
}

export interface ExecutionRecord {
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
  parameterList: Parameter[];
  parameters: Record<string, unknown>;
  status: PipelineExecutionStatus;
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
  registry: Pick<ReturnType<typeof modelPackageOperations>, 'CreateModelPackage' | 'DescribeModelPackage'>;
}

const notFound = (message: string) => new AwsError('ResourceNotFound', message);

/** Pipelines and executions by key, found as the API finds them (name or ARN, any case). */
export class PipelineStore {
  readonly pipelines = new Map<string, PipelineRecord>();
  /** By execution ARN. */
  readonly executions = new Map<string, ExecutionRecord>();

  pipelineOf(nameOrArn: unknown, ctx: RequestContext): PipelineRecord {
    const key = String(requireMember(nameOrArn, 'pipelineName'));
    const name = key.startsWith('arn:') ? (key.split(':pipeline/')[1] ?? '') : key;
    const found =
      this.pipelines.get(name) ??
      [...this.pipelines.values()].find(
        (p) => p.arn === key.toLowerCase() || p.name.toLowerCase() === name.toLowerCase(),
      );
    if (!found)
      throw notFound(
        `Pipeline '${key.startsWith('arn:') ? key : sagemakerArn(ctx, 'pipeline', name)}' does not exist.`,
      );
    return found;
  }

  executionOf(arn: unknown): ExecutionRecord {
    const key = String(requireMember(arn, 'pipelineExecutionArn'));
    const found = this.executions.get(key) ?? this.executions.get(key.toLowerCase());
    if (!found) throw notFound(`Pipeline execution '${key}' does not exist.`);
    return found;
  }

  /** Executions that have not ended yet. */
  unfinished(): ExecutionRecord[] {
    return [...this.executions.values()].filter((e) => e.status === 'Executing' || e.status === 'Stopping');
  }

  clear(): void {
    this.executions.clear();
    this.pipelines.clear();
  }
}
