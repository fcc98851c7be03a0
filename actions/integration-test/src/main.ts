import { ModelshipError, runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { integrationTestInputProblems } from './integrationTestInputProblems';

export async function main(): Promise<void> {
  await runAction({
    name: 'integration-test',
    inputs,
    outputs,
    crossCheck: integrationTestInputProblems,
    run: async () => {
      // Inputs are already checked above, so bad input fails clearly even before the action exists.
      throw new ModelshipError(
        'integration-test is not implemented yet: its inputs are valid, but no request was sent.',
        'Until it lands, test the endpoint with a script step; nothing in AWS was changed.',
      );
    },
  });
}
