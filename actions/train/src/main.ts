import { runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { trainInputProblems } from './trainInputProblems';

export async function main(): Promise<void> {
  await runAction({
    name: 'train',
    inputs,
    outputs,
    crossCheck: trainInputProblems,
    // The AWS SDK and the step load once the inputs are valid: a bad input fails without that cost.
    run: async (context) => (await import('./wiredTrain')).runWiredTrain(context),
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
