import type { ModelApprovalStatus } from '@aws-sdk/client-sagemaker';
import type { InputValues } from '@modelship/shared';
import { parse as parseYaml } from 'yaml';
import { parseChannels } from './channels';
import type { inputs } from './inputs';
import { nameValues } from './nameValueMap';
import { parseQualityGate, type GateCondition } from './qualityGate';
import { defaultTrainingJobName } from './trainingJobName';
import type { TrainingJobSpec } from './trainingJobRequest';

/** What the step runs: one training job, or a pipeline execution. */
export type TrainSource =
  | { kind: 'job'; job: TrainingJobSpec }
  | { kind: 'pipeline'; pipelineName: string; parameters: Record<string, string> };

/** The whole step, resolved from the inputs before any AWS call. */
export interface TrainPlan {
  source: TrainSource;
  wait: boolean;
  timeoutMs: number;
  gate: GateCondition[];
  registry?: { group: string; approvalStatus: ModelApprovalStatus };
  outputPath?: string;
}

function trainingJobSpec(
  values: InputValues<typeof inputs>,
  env: NodeJS.ProcessEnv,
  now: number,
): TrainingJobSpec {
  const channels = values['input-data'] ? parseChannels(values['input-data'], parseYaml) : { channels: [] };
  const subnets = values['vpc-subnets'] ?? [];
  return {
    name: values['job-name'] ?? defaultTrainingJobName(env, now),
    image: values.image!,
    roleArn: values['execution-role-arn']!,
    instanceType: values['instance-type'] ?? 'ml.m5.large',
    instanceCount: values['instance-count'] ?? 1,
    volumeSizeGb: values['volume-size-gb'] ?? 30,
    channels: 'channels' in channels ? channels.channels : [],
    outputPath: values['output-path']!,
    hyperparameters: nameValues(values.hyperparameters, parseYaml),
    metricDefinitions: values['metric-definitions'] ?? {},
    maxRuntimeSeconds: values['max-runtime-seconds'] ?? 86400,
    spot: values.spot
      ? { maxWaitSeconds: values['max-wait-seconds']!, checkpointS3Uri: values['checkpoint-s3-uri'] }
      : undefined,
    vpc: subnets.length ? { subnets, securityGroups: values['vpc-security-groups'] ?? [] } : undefined,
    tags: values.tags ?? {},
  };
}

/** Inputs (already checked, one by one and across) to the plan of the step. */
export function resolveTrainPlan(
  values: InputValues<typeof inputs>,
  env: NodeJS.ProcessEnv,
  now: number,
): TrainPlan {
  const source: TrainSource = values['pipeline-name']
    ? {
        kind: 'pipeline',
        pipelineName: values['pipeline-name'],
        parameters: nameValues(values['pipeline-parameters'], parseYaml),
      }
    : { kind: 'job', job: trainingJobSpec(values, env, now) };
  const group = values['model-package-group'];
  return {
    source,
    wait: values.wait ?? true,
    timeoutMs: (values['timeout-minutes'] ?? 120) * 60_000,
    gate: values.gate ? (parseQualityGate(values.gate) ?? []) : [],
    registry: group
      ? {
          group,
          approvalStatus: (values['approval-status'] ?? 'PendingManualApproval') as ModelApprovalStatus,
        }
      : undefined,
    outputPath: values['output-path'],
  };
}
