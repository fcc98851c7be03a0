import { ModelshipError, runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';

export async function main(): Promise<void> {
  await runAction({
    inputs,
    outputs,
    run: async () => {
      // Inputs are already checked above, so bad input fails clearly even before the action exists.
      throw new ModelshipError(
        'deploy-endpoint is not implemented yet: its inputs are valid, but nothing was done.',
        'Track the deploy-endpoint issue of modelship; nothing in AWS was changed.',
      );
    },
  });
}
