// A step that uses one of this repository's actions (`./actions/x` or `<owner>/modelship/actions/x@ref`),
// run from its bundled dist as the runner runs a JavaScript action: action.yml read for its inputs and
// their defaults, each input as INPUT_<NAME>, the step files, and Node 24 where it can run here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { nodeRuntimes, repoRoot } from '../actionRunner.js';
import { runStepProcess } from './stepProcess.js';
import { createStepFiles, readStepFiles } from './stepFiles.js';
import { withImageStandIn } from './imageStandIns.js';
import { evaluateValue } from './templateValues.js';

const OWN_REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/modelship\/(actions\/[^@]+)@.+$/;

/** The action folder a `uses:` points at in this repository (`actions/train`), or undefined. */
export function ownActionPath(uses) {
  if (uses.startsWith('./actions/')) return path.posix.normalize(uses.slice(2));
  return OWN_REPOSITORY.exec(uses)?.[1];
}

/** INPUT_* variables: every declared input, from `with:` or its default; undeclared keys are named. */
export function actionInputVariables(metadata, given, contexts) {
  const declared = metadata.inputs ?? {};
  /** @type {Record<string, string>} */
  const variables = {};
  for (const [name, input] of Object.entries(declared)) {
    const value = name in given ? given[name] : evaluateValue(input?.default ?? '', contexts);
    variables[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value ?? '');
  }
  const unexpected = Object.keys(given).filter((name) => !(name in declared));
  return { variables, unexpected, valid: Object.keys(declared) };
}

/**
 * @param {import('./stepKinds.js').StepRun} run
 * @returns {Promise<import('./stepKinds.js').StepResult>}
 */
export async function runOwnAction(run) {
  const actionPath = ownActionPath(run.step.uses);
  const actionDir = path.join(repoRoot, actionPath);
  const metadata = YAML.parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8'));
  const main = path.join(actionDir, metadata.runs.main);
  if (!run.step.uses.startsWith('./')) {
    run.log(`${run.step.uses} runs from this checkout: ${path.relative(repoRoot, main)}.`);
  }
  const given = run.imageBindings
    ? await withImageStandIn(run.step.with, run.imageBindings, run.workspace, run.log)
    : run.step.with;
  const { variables, unexpected, valid } = actionInputVariables(metadata, given, run.contexts);
  if (unexpected.length) {
    run.log(
      `##[warning]Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${valid.join("', '")}']`,
    );
  }
  if (!existsSync(main)) {
    run.log(`##[error]${path.relative(repoRoot, main)} does not exist: build it (node scripts/build.js).`);
    return { exitCode: 1, outputs: {}, env: {}, path: [], summary: '', annotations: [] };
  }
  const files = await createStepFiles(run.stepDir);
  const { exitCode, annotations } = await runStepProcess({
    command: nodeRuntimes.at(-1),
    args: [main],
    cwd: run.workspace,
    env: { ...run.env, ...files, ...variables },
    masker: run.masker,
    log: run.log,
  });
  return { exitCode, annotations, ...(await readStepFiles(files)) };
}
