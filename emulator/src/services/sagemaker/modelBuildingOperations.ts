import type { SageMakerContext } from './index';
import { modelPackageOperations } from './registry/modelPackages';
import { pipelineOperations } from './pipelines/pipelineOperations';
import { trainingJobOperations } from './training/trainingJobs';

/**
 * Training jobs, the model registry and pipelines: one operation group because pipeline steps run
 * training jobs and register packages through the same code (and state) as the API calls.
 */
export function modelBuildingOperations(sm: SageMakerContext) {
  const registry = modelPackageOperations(sm);
  const training = trainingJobOperations(sm);
  return {
    ...registry,
    ...training.operations,
    ...pipelineOperations(sm, { training: training.jobs, registry }),
  };
}
