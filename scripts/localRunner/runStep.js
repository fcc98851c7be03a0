// A `run:` step: the script written to a file and run by its shell with the runner's default arguments
// (bash --noprofile --norc -eo pipefail), in working-directory, with the step files.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runStepProcess } from './stepProcess.js';
import { createStepFiles, readStepFiles } from './stepFiles.js';

/** The runner's built-in shells: the command line, with {0} for the script file, and its extension. */
const SHELLS = {
  bash: { args: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], extension: '.sh' },
  sh: { args: ['sh', '-e', '{0}'], extension: '.sh' },
  python: { args: ['python3', '{0}'], extension: '.py' },
};

/** The command line for `shell:`: a built-in name, or a custom template with {0}. */
export function shellCommand(shell, scriptFile) {
  const known = SHELLS[shell ?? 'bash'];
  const template = known ? known.args : String(shell).split(/\s+/);
  if (!template.includes('{0}')) template.push('{0}');
  const [command, ...args] = template.map((part) => part.replace('{0}', scriptFile));
  return { command, args };
}

/**
 * @param {import('./stepKinds.js').StepRun} run
 * @returns {Promise<import('./stepKinds.js').StepResult>}
 */
export async function runScript(run) {
  const files = await createStepFiles(run.stepDir);
  const extension = SHELLS[run.step.shell ?? 'bash']?.extension ?? '';
  const scriptFile = path.join(run.stepDir, `script${extension}`);
  await writeFile(scriptFile, run.step.run);
  const { command, args } = shellCommand(run.step.shell, scriptFile);
  const cwd = path.resolve(run.workspace, run.step.workingDirectory ?? '.');
  const { exitCode, annotations } = await runStepProcess({
    command,
    args,
    cwd,
    env: { ...run.env, ...files },
    masker: run.masker,
    log: run.log,
  });
  if (exitCode !== 0) run.log(`##[error]Process completed with exit code ${exitCode}.`);
  return { exitCode, annotations, ...(await readStepFiles(files)) };
}
