import { runAction } from '@modelship/shared';
import { runBatchTransformStep } from './batchTransformStep';
import { runCodeDeployStep } from './codeDeployStep';
import { deployInputProblems } from './deployInputProblems';
import { inputs, outputs } from './inputs';
import { runSageMakerStep } from './sageMakerStep';

/** Wires the action: inputs checked before any AWS call, then the step for the target and endpoint type. */
export async function main(): Promise<void> {
  await runAction({
    name: 'deploy-endpoint',
    inputs,
    outputs,
    crossCheck: deployInputProblems,
    run: (context) => {
      if (context.inputs.target === 'codedeploy') return runCodeDeployStep(context);
      if (context.inputs['endpoint-type'] === 'batch-transform') return runBatchTransformStep(context);
      return runSageMakerStep(context);
    },
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
