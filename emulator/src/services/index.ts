import type { EmulatorEnvironment } from '../environment';
import { createHosting } from '../modelServing/hostingService';
import type { ServiceDefinition } from '../protocol/types';
import { createAutoScalingService } from './autoscaling';
import { createCloudWatchService } from './cloudwatch';
import { createCodeBuildService } from './codebuild';
import { createCodeDeployService } from './codedeploy';
import { createEcrServices } from './ecr';
import { createLogsService } from './logs';
import { createRuntimeService } from './runtime';
import { createS3Service } from './s3';
import { createSageMakerService } from './sagemaker';
import { hostingOperations } from './sagemaker/hostingOperations';
import { modelBuildingOperations } from './sagemaker/modelBuildingOperations';
import { createStsService } from './sts';

/**
 * Every emulated service, in routing order for REST services (the first whose `matches` accepts a
 * request takes it). Services that others read from (through env.stores) are created first.
 */
export function createServices(env: EmulatorEnvironment): ServiceDefinition[] {
  env.stores.hosting = createHosting(env);
  return [
    createStsService(env),
    createS3Service(env),
    createCloudWatchService(env),
    createLogsService(env),
    createAutoScalingService(env),
    createCodeBuildService(env),
    createCodeDeployService(env),
    ...createEcrServices(env),
    createRuntimeService(env),
    createSageMakerService(env, [hostingOperations, modelBuildingOperations]),
  ];
}
