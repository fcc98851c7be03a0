// The reusable pipelines' own `if:` conditions, evaluated for sample events as a runner would, must run
// exactly the jobs of the stages shared/src/flow.ts resolves for those events.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { resolveStages, type FlowModel, type Stage } from '../shared/src/flow';
import { conditionHolds } from '../scripts/workflowExpression.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Workflow {
  on: { workflow_call: { inputs: Record<string, { default?: string | boolean }> } };
  jobs: Record<string, { if?: string; needs?: string | string[] }>;
}
const workflowOf = (model: FlowModel): Workflow =>
  YAML.parse(readFileSync(path.join(root, `.github/workflows/${model}.yml`), 'utf8'));

/** The stages in which each job with a stage condition of its own runs. */
const jobStages: Record<FlowModel, Record<string, Stage[]>> = {
  'github-flow': {
    'unit-tests': ['check'],
    build: ['check', 'staging', 'production'],
    train: ['check', 'staging', 'production'],
    plan: ['check'],
    'pr-endpoint': ['check'],
    cleanup: ['cleanup'],
    'deploy-staging': ['staging'],
    'deploy-production': ['production'],
  },
  gitflow: {
    'unit-tests': ['check'],
    build: ['check', 'dev', 'staging', 'production'],
    train: ['check', 'dev', 'staging', 'production'],
    plan: ['check'],
    'deploy-dev': ['dev'],
    'deploy-staging': ['staging'],
    'deploy-production': ['production'],
  },
};

/** Jobs that need a pull request's number, so a merge queue's check runs without them. */
const pullRequestOnly = new Set(['pr-endpoint']);

const events: Array<{ event_name: string; ref: string; action?: string }> = [
  { event_name: 'pull_request', ref: 'refs/pull/7/merge', action: 'opened' },
  { event_name: 'pull_request', ref: 'refs/pull/7/merge', action: 'synchronize' },
  { event_name: 'pull_request', ref: 'refs/pull/7/merge', action: 'closed' },
  { event_name: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7' },
  { event_name: 'push', ref: 'refs/heads/main' },
  { event_name: 'workflow_dispatch', ref: 'refs/heads/main' },
  { event_name: 'push', ref: 'refs/heads/feature/faster' },
  { event_name: 'push', ref: 'refs/heads/develop' },
  { event_name: 'push', ref: 'refs/heads/release/1.4' },
  { event_name: 'push', ref: 'refs/heads/hotfix/1.4.1' },
  { event_name: 'push', ref: 'refs/tags/v1.4.0' },
  { event_name: 'push', ref: 'refs/tags/nightly' },
  { event_name: 'schedule', ref: 'refs/heads/main' },
];

/** The workflow's input defaults, with every optional part switched on so each job can run. */
function inputsOf(workflow: Workflow): Record<string, string | boolean> {
  const defaults = Object.fromEntries(
    Object.entries(workflow.on.workflow_call.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
  return { ...defaults, 'unit-test-command': 'npm test', train: true, 'pr-endpoints': true };
}

/** A job runs when its own condition holds and every job it needs ran (or its condition allows a skip). */
function jobsThatRun(workflow: Workflow, event: (typeof events)[number]): string[] {
  const contexts = {
    github: { event_name: event.event_name, ref: event.ref, event: { action: event.action ?? '' } },
    inputs: inputsOf(workflow),
  };
  const ran = new Set<string>();
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (!(name in jobStages.gitflow) && !(name in jobStages['github-flow'])) continue;
    const needs = [job.needs ?? []].flat();
    const needsRan = needs.every((need) => ran.has(need));
    const tolerant = /!failure\(\)/.test(String(job.if ?? ''));
    if (!conditionHolds(job.if, contexts)) continue;
    if (needsRan || tolerant) ran.add(name);
  }
  return [...ran].sort();
}

describe.each<FlowModel>(['github-flow', 'gitflow'])(
  '%s: jobs per event follow shared/src/flow.ts',
  (model) => {
    const workflow = workflowOf(model);

    it('maps every job with a condition of its own to its stages', () => {
      const conditioned = Object.entries(workflow.jobs)
        .filter(([name, job]) => job.if !== undefined && name !== 'rollback')
        .map(([name]) => name)
        .sort();
      expect(conditioned).toEqual(Object.keys(jobStages[model]).sort());
    });

    it.each(events)('$event_name on $ref ($action)', (event) => {
      const { stages } = resolveStages(model, {
        eventName: event.event_name,
        ref: event.ref,
        action: event.action,
      });
      const expected = Object.entries(jobStages[model])
        .filter(([, jobIn]) => jobIn.some((stage) => stages.includes(stage)))
        .filter(([name]) => !pullRequestOnly.has(name) || event.event_name === 'pull_request')
        .map(([name]) => name)
        .sort();
      expect(jobsThatRun(workflow, event)).toEqual(expected);
    });

    it('rolls production back only when something after the deployment failed and SageMaker did not', () => {
      const condition = workflow.jobs.rollback?.if;
      const contexts = (rolledBack: string, result = 'success') => ({
        github: { event_name: 'push', ref: 'refs/heads/main', event: {} },
        needs: { 'deploy-production': { result, outputs: { 'rolled-back': rolledBack } } },
      });
      expect(conditionHolds(condition, contexts('false'), { failed: true })).toBe(true);
      expect(conditionHolds(condition, contexts('true', 'failure'), { failed: true })).toBe(false);
      expect(conditionHolds(condition, contexts('false', 'skipped'), { failed: true })).toBe(false);
      expect(conditionHolds(condition, contexts('false'), {})).toBe(false);
    });
  },
);
