import type { EmulatorEnvironment } from '../environment';
import { ProcessHosting } from '../hosting/processHosting';
import type { ServiceDefinition } from '../protocol/types';
import { createAutoScalingService } from './autoscaling';
import { createCloudWatchService } from './cloudwatch';
import { createLogsService } from './logs';
import { createRuntimeService } from './runtime';
import { createS3Service } from './s3';
import { createSageMakerService } from './sagemaker';
import { hostingOperations } from './sagemaker/hostingOperations';
import { modelPackageOperations } from './sagemaker/modelPackages';
import { createStsService } from './sts';

/**
 * Every emulated service, in routing order for REST services (the first whose `matches` accepts a
 * request takes it). Services that others read from (through env.stores) are created first.
 */
export function createServices(env: EmulatorEnvironment): ServiceDefinition[] {
  const hosting = new ProcessHosting(env);
  env.stores.hosting = hosting;
  return [
    createStsService(env),
    createS3Service(env),
    createCloudWatchService(env),
    createLogsService(env),
    createAutoScalingService(env),
    createRuntimeService(env, hosting),
    createSageMakerService(env, [hostingOperations, modelPackageOperations]),
  ];
}
