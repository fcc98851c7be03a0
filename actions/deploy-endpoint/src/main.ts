import { runAction } from '@modelship/shared';
import { deployInputProblems } from './deployInputProblems';
import { inputs, outputs } from './inputs';

/**
 * Wires the action: inputs checked before any AWS call, then the step for the target and endpoint
 * type. Each step (with its AWS clients) loads only then, so that a bad input fails without that cost.
 */
export async function main(): Promise<void> {
  await runAction({
    name: 'deploy-endpoint',
    inputs,
    outputs,
    crossCheck: deployInputProblems,
    run: async (context) => {
      if (context.inputs.target === 'codedeploy')
        return (await import('./codeDeployStep')).runCodeDeployStep(context);
      if (context.inputs['endpoint-type'] === 'batch-transform')
        return (await import('./batchTransformStep')).runBatchTransformStep(context);
      return (await import('./sageMakerStep')).runSageMakerStep(context);
    },
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
