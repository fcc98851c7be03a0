import { integrationTestStep, type IntegrationTestContext } from './integrationTestStep';
import { wirePorts } from './wiredPorts';

/** The step on the real edges (AWS clients, processes, files, reports). */
export const runWiredIntegrationTest = (context: IntegrationTestContext) =>
  integrationTestStep(context, wirePorts(context));
