import type { CreateTrainingJobCommandInput } from '@aws-sdk/client-sagemaker';
import { provenanceFromEnvironment, provenanceTags } from '@modelship/shared';
import { inputDataConfig, type ChannelSpec } from './channels';

/** Everything a single training job is made of, resolved from the inputs. */
export interface TrainingJobSpec {
  name: string;
  image: string;
  roleArn: string;
  instanceType: string;
  instanceCount: number;
  volumeSizeGb: number;
  channels: ChannelSpec[];
  outputPath: string;
  hyperparameters: Record<string, string>;
  metricDefinitions: Record<string, string>;
  maxRuntimeSeconds: number;
  spot?: { maxWaitSeconds: number; checkpointS3Uri?: string };
  vpc?: { subnets: string[]; securityGroups: string[] };
  tags: Record<string, string>;
}

/** The run id and attempt, which the job name leaves out, go in the tags with the provenance. */
export function trainingJobTags(env: NodeJS.ProcessEnv, extra: Record<string, string>) {
  const run: Record<string, string> = {};
  if (env.GITHUB_RUN_ID) run['modelship:run-id'] = env.GITHUB_RUN_ID;
  if (env.GITHUB_RUN_ATTEMPT) run['modelship:run-attempt'] = env.GITHUB_RUN_ATTEMPT;
  return provenanceTags(provenanceFromEnvironment(env, 'train'), { ...run, ...extra });
}

/** CreateTrainingJob's request; hyperparameters are strings already, as the API requires. */
export function trainingJobRequest(
  spec: TrainingJobSpec,
  env: NodeJS.ProcessEnv,
): CreateTrainingJobCommandInput {
  return {
    TrainingJobName: spec.name,
    RoleArn: spec.roleArn,
    AlgorithmSpecification: {
      TrainingImage: spec.image,
      TrainingInputMode: 'File',
      MetricDefinitions: Object.entries(spec.metricDefinitions).map(([Name, Regex]) => ({ Name, Regex })),
    },
    HyperParameters: Object.keys(spec.hyperparameters).length ? spec.hyperparameters : undefined,
    InputDataConfig: spec.channels.length ? inputDataConfig(spec.channels) : undefined,
    OutputDataConfig: { S3OutputPath: spec.outputPath },
    ResourceConfig: {
      InstanceType: spec.instanceType as NonNullable<
        CreateTrainingJobCommandInput['ResourceConfig']
      >['InstanceType'],
      InstanceCount: spec.instanceCount,
      VolumeSizeInGB: spec.volumeSizeGb,
    },
    StoppingCondition: {
      MaxRuntimeInSeconds: spec.maxRuntimeSeconds,
      MaxWaitTimeInSeconds: spec.spot?.maxWaitSeconds,
    },
    EnableManagedSpotTraining: spec.spot ? true : undefined,
    CheckpointConfig: spec.spot?.checkpointS3Uri ? { S3Uri: spec.spot.checkpointS3Uri } : undefined,
    VpcConfig: spec.vpc
      ? { Subnets: spec.vpc.subnets, SecurityGroupIds: spec.vpc.securityGroups }
      : undefined,
    Tags: trainingJobTags(env, spec.tags),
  };
}
