import type { EmulatorEnvironment } from '../environment';
import type { ServiceDefinition } from '../protocol/types';
import { createSageMakerService } from './sagemaker';
import { createStsService } from './sts';

/**
 * Every emulated service, in routing order for REST services (the first whose `matches` accepts a
 * request takes it). Each factory registers its stores on `env.stores` for the others to use.
 */
export function createServices(env: EmulatorEnvironment): ServiceDefinition[] {
  // Services that others read from (through env.stores) are created first.
  return [createStsService(env), createSageMakerService(env, [])];
}
