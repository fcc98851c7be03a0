// Which code runs a step: a `run:` script, one of this repository's actions, or a known third-party
// action's local stand-in. Anything else fails the step, saying what is supported.
import { ownActionPath, runOwnAction } from './ownActionStep.js';
import { runScript } from './runStep.js';
import { supportedThirdPartySteps, thirdPartyStep } from './thirdPartySteps.js';

/**
 * @typedef {object} StepRun what a step kind needs
 * @property {{ id: string, uses?: string, run?: string, with: Record<string, string>, shell?: string, workingDirectory?: string }} step
 *   with `with:` already evaluated
 * @property {Record<string, unknown>} contexts for action.yml defaults such as ${{ github.token }}
 * @property {Record<string, string>} env the process environment of the step
 * @property {string} workspace @property {string} stepDir
 * @property {import('./workflowCommands.js').Masker} masker
 * @property {(line: string) => void} log
 * @property {{ url: string, region: string, accountId: string, accessKeyId: string, secretAccessKey: string }} aws
 * @property {Record<string, { entrypoint: string[], cwd: string }>} [imageBindings] images served by a
 *   local command instead of a container (see imageStandIns.js)
 */
/**
 * @typedef {object} StepResult
 * @property {number | null} exitCode @property {Record<string, string>} outputs
 * @property {Record<string, string>} env @property {string[]} path @property {string} summary
 * @property {Array<{ level: string, message: string }>} annotations
 */

/** @param {StepRun} run @returns {Promise<StepResult>} */
export async function runStepOfKind(run) {
  const { uses } = run.step;
  if (run.step.run !== undefined) return runScript(run);
  if (ownActionPath(uses)) return runOwnAction(run);
  const standIn = thirdPartyStep(uses);
  if (standIn) return standIn(run);
  run.log(
    `##[error]${uses} cannot run locally: the local runner runs this repository's actions, run: steps and ${supportedThirdPartySteps.join(', ')}.`,
  );
  return { exitCode: 1, outputs: {}, env: {}, path: [], summary: '', annotations: [] };
}
