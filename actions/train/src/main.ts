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
        'train is not implemented yet: its inputs are valid, but no training job or pipeline was started.',
        'Until it lands, start the job with the AWS CLI or the SageMaker SDK; nothing in AWS was changed.',
      );
    },
  });
}
