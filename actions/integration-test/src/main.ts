import { runAction } from '@modelship/shared';
import { inputs, outputs } from './inputs';
import { integrationTestInputProblems } from './integrationTestInputProblems';
import { integrationTestStep } from './integrationTestStep';
import { wirePorts } from './wiredPorts';

export async function main(): Promise<void> {
  await runAction({
    name: 'integration-test',
    inputs,
    outputs,
    crossCheck: integrationTestInputProblems,
    run: (context) => integrationTestStep(context, wirePorts(context)),
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
