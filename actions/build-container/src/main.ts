import { ModelshipError, runAction } from '@modelship/shared';
import { buildInputProblems } from './buildInputProblems';
import { inputs, outputs } from './inputs';

export async function main(): Promise<void> {
  await runAction({
    inputs,
    outputs,
    crossCheck: buildInputProblems,
    run: async () => {
      // Inputs are already checked above, so bad input fails clearly even before the action exists.
      throw new ModelshipError(
        'build-container is not implemented yet: its inputs are valid, but no image was built or pushed.',
        'Until it lands, build and push with docker/build-push-action and pass the image URI on; nothing in AWS was changed.',
      );
    },
  });
}
