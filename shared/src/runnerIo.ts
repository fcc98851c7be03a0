import { issueCommand } from './workflowCommands';

/** The runner's side of a step: runnerIo in production, a recorder in tests. */
export interface ActionIo {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  setSecret(value: string): void;
  /**
   * Called once the inputs are valid, before the action runs: loads what only a running step needs
   * (the runner's io loads @actions/core here, so a bad input fails without that cost).
   */
  prepare?(): Promise<void>;
}

/** The subset of @actions/core a running step's io uses, loaded by `prepare`. */
type ActionsCore = Pick<typeof import('@actions/core'), 'setOutput'>;

/**
 * The runner's side of a step. Inputs, masks and failures need only the environment and stdout, as
 * @actions/core does them; outputs (a file command with a delimiter) are @actions/core's, loaded
 * once the inputs are valid.
 */
export function runnerIo(): ActionIo {
  let core: ActionsCore | undefined;
  return {
    getInput: (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
    setSecret: (value) => issueCommand('add-mask', value),
    setFailed: (message) => {
      process.exitCode = 1;
      issueCommand('error', message);
    },
    prepare: async () => {
      core = await import('@actions/core');
    },
    setOutput: (name, value) => {
      if (!core) throw new Error(`Output ${name} set before the step's io was prepared.`);
      core.setOutput(name, value);
    },
  };
}
