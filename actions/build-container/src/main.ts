import { runAction } from '@modelship/shared';
import { buildInputProblems } from './buildInputProblems';
import { inputs, outputs } from './inputs';
import { runnerFiles, workspaceOf } from './runnerFiles';

export async function main(): Promise<void> {
  const files = runnerFiles(workspaceOf(process.env));
  await runAction({
    name: 'build-container',
    inputs,
    outputs,
    crossCheck: (values) => buildInputProblems(values, files),
    // The AWS SDK and the step load once the inputs are valid: a bad input fails without that cost.
    run: async (context) => (await import('./wiredBuild')).runWiredBuild(context, files.workspace),
  });
}

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
