import { ModelshipError, runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { trainInputProblems } from './trainInputProblems';

export async function main(): Promise<void> {
  await runAction({
    inputs,
    outputs,
    crossCheck: trainInputProblems,
    run: async () => {
      // Inputs are already checked above, so bad input fails clearly even before the action exists.
      throw new ModelshipError(
        'train is not implemented yet: its inputs are valid, but nothing was done.',
        'Track the train issue of modelship; nothing in AWS was changed.',
      );
    },
  });
}
