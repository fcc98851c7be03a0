import type { OperationHandler } from '../../protocol/types';
import { endpointConfigOperations } from './endpoints/endpointConfigs';
import { endpointOperations } from './endpoints/endpoints';
import { endpointUpdateOperations } from './endpoints/endpointUpdate';
import { HostingStore } from './hostingStore';
import type { SageMakerContext } from './index';
import { modelOperations } from './models/models';
import { transformJobOperations } from './transform/transformJobs';
import { weightUpdateOperations } from './endpoints/weightUpdates';

/**
 * The SageMaker hosting control plane: models, endpoint configs, endpoints with guardrails deployments
 * and weight updates, and batch transform, which runs models the same way. Publishes each endpoint's deployment history for tests and people.
 */
export function hostingOperations(sm: SageMakerContext): Record<string, OperationHandler> {
  const store = new HostingStore();
  sm.env.onReset(() => store.clear());
  sm.env.onShutdown(() => store.clear());
  sm.env.stores.deployments = {
    deploymentsOf: (endpointName) => store.endpoints.get(endpointName)?.deployments,
  };
  return {
    ...modelOperations(sm, store),
    ...endpointConfigOperations(sm, store),
    ...endpointOperations(sm, store),
    ...endpointUpdateOperations(sm, store),
    ...weightUpdateOperations(sm, store),
    ...transformJobOperations(sm, store),
  };
}
