import type { SageMakerContext } from './index';
import { endpointOperations } from './endpoints';
import { HostingResources, modelAndConfigOperations } from './modelsAndConfigs';

/** Models, endpoint configs and endpoints: the operation group that serves models. */
export function hostingOperations(sm: SageMakerContext) {
  const resources = new HostingResources();
  return { ...modelAndConfigOperations(sm, resources), ...endpointOperations(sm, resources).operations };
}
