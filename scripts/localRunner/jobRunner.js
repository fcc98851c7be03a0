// One job's steps, in order, as the runner runs them: each step's `if:` against the status so far,
// `with:`/`env:` evaluated, GITHUB_ENV and GITHUB_PATH carried to later steps, the steps context, and
// the job's outputs evaluated at the end.
import path from 'node:path';
import { conditionHolds } from '../workflowExpression.js';
import { runStepOfKind } from './stepKinds.js';
import { evaluateMapping } from './templateValues.js';

/** The title the runner gives a step: its name, else `Run <uses>` or `Run <first line of the script>`. */
export function stepTitle(step) {
  if (step.name) return step.name;
  if (step.uses) return `Run ${step.uses}`;
  return `Run ${String(step.run).trim().split('\n')[0]}`;
}

/**
 * @typedef {object} JobRunSettings
 * @property {string} workspace @property {string} jobDir where the step files and the summary go
 * @property {Record<string, string>} baseEnv the runner's and GITHUB_* variables
 * @property {import('./workflowCommands.js').Masker} masker
 * @property {import('./stepKinds.js').StepRun['aws']} aws
 * @property {(line: string) => void} log
 * @property {() => number} now milliseconds
 * @property {import('./stepKinds.js').StepRun['imageBindings']} [imageBindings]
 */

/**
 * @param {import('./workflowFile.js').WorkflowJob} job
 * @param {Record<string, unknown>} contexts github, inputs, vars, needs
 * @param {JobRunSettings} settings
 */
export async function runJobSteps(job, contexts, settings) {
  const jobEnv = evaluateMapping(job.env, contexts);
  const added = { env: {}, path: [] };
  const steps = {};
  const stepResults = [];
  const summaries = [];
  let failed = false;
  for (const [index, step] of job.steps.entries()) {
    const stepContexts = { ...contexts, env: { ...jobEnv, ...added.env }, steps };
    const title = stepTitle(step);
    const started = settings.now();
    if (!conditionHolds(step.if, stepContexts, { failed })) {
      steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      stepResults.push({ title, outcome: 'skipped', seconds: 0 });
      continue;
    }
    const result = await runOneStep(step, index, stepContexts, { jobEnv, added }, settings);
    const outcome = result.exitCode === 0 ? 'success' : 'failure';
    const tolerated = outcome === 'failure' && conditionHolds(String(step.continueOnError), stepContexts);
    if (outcome === 'failure' && !tolerated) failed = true;
    steps[step.id] = { outputs: result.outputs, outcome, conclusion: tolerated ? 'success' : outcome };
    Object.assign(added.env, result.env);
    added.path.unshift(...result.path);
    if (result.summary.trim()) summaries.push(result.summary);
    stepResults.push({
      title,
      outcome,
      seconds: (settings.now() - started) / 1000,
      annotations: result.annotations,
    });
  }
  const outputs = evaluateMapping(job.outputs, { ...contexts, steps });
  return {
    result: failed ? 'failure' : 'success',
    outputs,
    steps: stepResults,
    summary: summaries.join('\n'),
  };
}

async function runOneStep(step, index, contexts, { jobEnv, added }, settings) {
  const withValues = evaluateMapping(step.with, contexts);
  const stepEnv = evaluateMapping(step.env, contexts);
  settings.log(`##[group]${stepTitle(step)}`);
  if (step.run !== undefined)
    for (const line of String(step.run).trimEnd().split('\n')) settings.log(settings.masker.mask(line));
  showMapping('with', withValues, settings);
  showMapping('env', stepEnv, settings);
  settings.log('##[endgroup]');
  const env = { ...settings.baseEnv, ...jobEnv, ...added.env, ...stepEnv };
  env.PATH = [...added.path, env.PATH].join(path.delimiter);
  return runStepOfKind({
    step: { ...step, with: withValues },
    contexts,
    env,
    workspace: settings.workspace,
    stepDir: path.join(settings.jobDir, `step-${index + 1}`),
    masker: settings.masker,
    log: settings.log,
    aws: settings.aws,
    imageBindings: settings.imageBindings,
  });
}

/** `with:` and `env:` as the runner lists them under the step's title. */
function showMapping(label, values, settings) {
  const entries = Object.entries(values);
  if (!entries.length) return;
  settings.log(`${label}:`);
  for (const [name, value] of entries) {
    const [first, ...rest] = settings.masker.mask(value).split('\n');
    settings.log(`  ${name}: ${first}${rest.length ? ` (+${rest.length} lines)` : ''}`);
  }
}
