import { runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { integrationTestInputProblems } from './integrationTestInputProblems';

export async function main(): Promise<void> {
  await runAction({
    name: 'integration-test',
    inputs,
    outputs,
    crossCheck: integrationTestInputProblems,
    // The AWS SDK, the load generator and the step load once the inputs are valid: a bad input fails without that cost.
    run: async (context) => (await import('./wiredIntegrationTest')).runWiredIntegrationTest(context),
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
