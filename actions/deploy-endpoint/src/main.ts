import { runAction } from '@modelship/shared';
import { runCodeDeployStep } from './codeDeployStep';
import { deployInputProblems } from './deployInputProblems';
import { inputs, outputs } from './inputs';
import { runSageMakerStep } from './sageMakerStep';

/** Wires the action: inputs checked before any AWS call, then the step for the target. */
export async function main(): Promise<void> {
  await runAction({
    name: 'deploy-endpoint',
    inputs,
    outputs,
    crossCheck: deployInputProblems,
    run: (context) =>
      context.inputs.target === 'codedeploy' ? runCodeDeployStep(context) : runSageMakerStep(context),
  });
}
