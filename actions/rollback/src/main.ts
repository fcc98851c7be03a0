import { runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { rollbackInputProblems } from './rollbackInputProblems';

export async function main(): Promise<void> {
  await runAction({
    name: 'rollback',
    inputs,
    outputs,
    crossCheck: rollbackInputProblems,
    // The AWS SDK and the step load once the inputs are valid: a bad input fails without that cost.
    run: async (context) => (await import('./wiredRollback')).runWiredRollback(context),
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
