import type { EmulatorEnvironment } from '../environment';
import type { ServiceDefinition } from '../protocol/types';
import { createStsService } from './sts';

/**
 * Every emulated service, in routing order for REST services (the first whose `matches` accepts a
 * request takes it). Each factory registers its stores on `env.stores` for the others to use.
 */
export function createServices(env: EmulatorEnvironment): ServiceDefinition[] {
  return [createStsService(env)];
}
