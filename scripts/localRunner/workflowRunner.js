// A workflow run for one event: jobs in `needs:` order, each job's `if:` evaluated against the results
// of the jobs before it, reusable workflows (`uses: ./.github/workflows/x.yml`) expanded into their jobs
// with typed inputs, environments' reviewers approved (and said so), every job's log and summary kept.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { conditionHolds } from '../workflowExpression.js';
import { ancestorsOf, orderByNeeds } from './jobOrder.js';
import { runJobSteps } from './jobRunner.js';
import { calledWorkflowInputs } from './reusableWorkflowInputs.js';
import { evaluateMapping, evaluateValue } from './templateValues.js';
import { loadWorkflow } from './workflowFile.js';

const STATUS_FUNCTION = /\b(success|failure|cancelled|always)\(\)/;

/**
 * @typedef {object} JobOutcome
 * @property {string} name e.g. `pipeline / build` @property {'success' | 'failure' | 'skipped'} result
 * @property {number} seconds @property {string} [why] why it was skipped
 * @property {Record<string, string>} outputs @property {string[]} notes e.g. an approval
 * @property {Array<{ title: string, outcome: string, seconds: number }>} steps
 */

/**
 * @typedef {object} WorkflowRunSettings
 * @property {string} runDir the folder of this run's logs and summaries
 * @property {Record<string, { reviewers?: string[] }>} environments
 * @property {(line: string) => void} print
 * @property {Omit<import('./jobRunner.js').JobRunSettings, 'jobDir' | 'log'>} job
 */

/**
 * Runs every job of `workflowFile` for the event in `contexts.github`.
 * @param {string} workflowFile @param {Record<string, unknown>} contexts github, vars
 * @param {WorkflowRunSettings} settings
 * @returns {Promise<JobOutcome[]>}
 */
export async function runWorkflow(workflowFile, contexts, settings, prefix = '') {
  const workflow = await loadWorkflow(workflowFile);
  const outcomes = new Map();
  const all = [];
  for (const job of orderByNeeds(workflow.jobs)) {
    const name = `${prefix}${job.id}`;
    const needs = Object.fromEntries(job.needs.map((id) => [id, outcomes.get(id)]));
    const jobContexts = { ...contexts, needs };
    const failed = ancestorsOf(job.id, workflow.jobs).some((id) => outcomes.get(id).result === 'failure');
    const skipReason = whySkipped(job, jobContexts, failed);
    if (skipReason) {
      settings.print(
        `\n━━ ${name}: skipped (${skipReason}${skipReason.startsWith('its if') ? `: ${job.rawIf}` : ''})`,
      );
      const outcome = {
        name,
        result: 'skipped',
        seconds: 0,
        why: skipReason,
        outputs: {},
        notes: [],
        steps: [],
      };
      outcomes.set(job.id, outcome);
      all.push(outcome);
      continue;
    }
    if (job.uses) {
      const called = await runCalledWorkflow(job, jobContexts, settings, `${name} / `);
      const result = called.some((o) => o.result === 'failure') ? 'failure' : 'success';
      outcomes.set(job.id, { name, result, outputs: {}, notes: [], steps: [], seconds: 0 });
      all.push(...called);
      continue;
    }
    const outcome = await runJob(job, name, jobContexts, settings);
    outcomes.set(job.id, outcome);
    all.push(outcome);
  }
  return all;
}

/** Why a job does not run, or undefined when it runs. */
function whySkipped(job, contexts, failed) {
  const notSucceeded = job.needs.filter((id) => contexts.needs[id].result !== 'success');
  // A job whose `if:` names no status function runs only after every job it needs succeeded.
  if (!STATUS_FUNCTION.test(job.rawIf ?? '') && notSucceeded.length) {
    return `needs ${notSucceeded.map((id) => `${id} (${contexts.needs[id].result})`).join(', ')}`;
  }
  if (!conditionHolds(job.if, contexts, { failed })) return 'its if: is false';
  return undefined;
}

async function runCalledWorkflow(job, contexts, settings, prefix) {
  const file = path.resolve(settings.job.workspace, job.uses.replace(/^\.\//, ''));
  const given = evaluateMapping(job.with, contexts);
  const { callInputs } = await loadWorkflow(file);
  const inputs = calledWorkflowInputs(callInputs, given, job.uses);
  settings.print(`\n━━ ${prefix.slice(0, -3)}: calls ${job.uses}`);
  return runWorkflow(file, { github: contexts.github, vars: contexts.vars, inputs }, settings, prefix);
}

async function runJob(job, name, contexts, settings) {
  const jobDir = path.join(settings.runDir, name.replace(/ \/ /g, '--'));
  await mkdir(jobDir, { recursive: true });
  const lines = [];
  const log = (line) => {
    lines.push(line);
    settings.print(`  ${line}`);
  };
  settings.print(`\n━━ ${name}`);
  const notes = approveEnvironment(job, contexts, settings, log);
  const started = settings.job.now();
  const ran = await runJobSteps(job, contexts, { ...settings.job, jobDir, log });
  const seconds = (settings.job.now() - started) / 1000;
  await writeFile(path.join(jobDir, 'log.txt'), `${lines.join('\n')}\n`);
  if (ran.summary) await writeFile(path.join(jobDir, 'summary.md'), ran.summary);
  settings.print(`━━ ${name}: ${ran.result} in ${seconds.toFixed(1)} s`);
  return { name, result: ran.result, seconds, outputs: ran.outputs, notes, steps: ran.steps };
}

/** A job in an environment with reviewers waits for their approval; locally it is given, and said. */
function approveEnvironment(job, contexts, settings, log) {
  if (!job.environment) return [];
  const environment = String(evaluateValue(job.environment, contexts));
  const reviewers = settings.environments[environment]?.reviewers ?? [];
  const note = reviewers.length
    ? `Environment ${environment}: the deployment waits for a review by ${reviewers.join(', ')}; approved automatically by the local runner.`
    : `Environment ${environment}: no required reviewers.`;
  log(note);
  return reviewers.length ? [note] : [];
}
