// The values the workflows and examples give the actions are values the actions accept: every literal in
// a step's `with:`, and every `${{ inputs.x }}` a reusable pipeline passes on, with the caller's literal or
// the pipeline's default, is read by the action's own input schema (shared readInputs), so a typo such as
// deployment-config: Linear20Percent2Minutes fails here rather than in a team's first run.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { InputError, readInputs, type InputSchema } from '@modelship/shared';
import { inputs as buildContainer } from '../actions/build-container/src/inputs';
import { inputs as deployEndpoint } from '../actions/deploy-endpoint/src/inputs';
import { inputs as integrationTest } from '../actions/integration-test/src/inputs';
import { inputs as rollback } from '../actions/rollback/src/inputs';
import { inputs as train } from '../actions/train/src/inputs';
import { workflowFiles } from '../scripts/lint-workflows.js';
import { ownPathOf } from '../scripts/workflowPaths.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemas: Record<string, InputSchema> = {
  'actions/build-container': buildContainer,
  'actions/deploy-endpoint': deployEndpoint,
  'actions/integration-test': integrationTest,
  'actions/rollback': rollback,
  'actions/train': train,
};

type With = Record<string, unknown>;
interface Job {
  uses?: string;
  with?: With;
  steps?: Array<{ uses?: string; with?: With }>;
}
interface Workflow {
  on?: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } };
  jobs?: Record<string, Job>;
}
interface ActionCall {
  where: string;
  action: string;
  values: Record<string, string>;
}

const readWorkflow = (file: string): Workflow => YAML.parse(readFileSync(path.join(root, file), 'utf8'));
const isLiteral = (value: unknown) => value !== undefined && !String(value).includes('${{');
const PASSED_ON = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/;

/** The literal values each action step receives; `${{ inputs.x }}` resolved through `inputsOf` when given. */
function actionCalls(workflow: Workflow, where: string, inputsOf?: (name: string) => unknown): ActionCall[] {
  const calls: ActionCall[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    (job.steps ?? []).forEach((step, index) => {
      const action = ownPathOf(step.uses);
      if (!action || !schemas[action]) return;
      const values: Record<string, string> = {};
      for (const [key, raw] of Object.entries(step.with ?? {})) {
        const passedOn = PASSED_ON.exec(String(raw))?.[1];
        const value = passedOn && inputsOf ? inputsOf(passedOn) : raw;
        if (isLiteral(value) && String(value) !== '') values[key] = String(value);
      }
      calls.push({ where: `${where}, job ${jobName}, step ${index + 1}`, action, values });
    });
  }
  return calls;
}

/** Action calls of a workflow, including those of the reusable pipelines its jobs call with their inputs. */
function allActionCalls(file: string): ActionCall[] {
  const workflow = readWorkflow(file);
  const calls = actionCalls(workflow, file);
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const called = ownPathOf(job.uses);
    if (!called?.startsWith('.github/workflows/')) continue;
    const pipeline = readWorkflow(called);
    const declared = pipeline.on?.workflow_call?.inputs ?? {};
    const inputsOf = (name: string) =>
      job.with && name in job.with ? job.with[name] : declared[name]?.default;
    calls.push(...actionCalls(pipeline, `${file}, job ${jobName} -> ${called}`, inputsOf));
  }
  return calls;
}

/** What the action's schema says about these values; [] when it reads them all. */
function problemsOf({ action, values }: ActionCall): string[] {
  const schema = schemas[action]!;
  const given = Object.fromEntries(
    Object.keys(values).map((name) => [name, { ...schema[name]!, required: false, default: undefined }]),
  );
  try {
    readInputs(given as InputSchema, (name) => values[name] ?? '');
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.message.split('\n');
    throw error;
  }
}

const files = workflowFiles().map((file: string) => path.relative(root, file));

describe.each(files)('%s', (file) => {
  it('gives every action values it accepts', () => {
    const problems = allActionCalls(file).flatMap((call) =>
      problemsOf(call).map((p) => `${call.where}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('the value check', () => {
  it('reads the callers of the reusable pipelines through to the actions', () => {
    const calls = allActionCalls('examples/workflows/github-flow.yml');
    const production = calls.find((call) => call.where.includes('job deploy-production'));
    expect(production?.values).toMatchObject({
      'deployment-config': 'Canary10Percent5Minutes',
      'alarm-thresholds': '5xx-rate=1%,p99-latency-ms=500',
      'instance-type': 'ml.m5.large',
    });
  });

  it('catches a deployment config the action does not know, and a bad number', () => {
    const problems = problemsOf({
      where: 'sample',
      action: 'actions/deploy-endpoint',
      values: { 'deployment-config': 'Linear20Percent2Minutes', 'instance-count': 'two' },
    });
    expect(problems).toEqual([
      expect.stringContaining('"deployment-config" is "Linear20Percent2Minutes"'),
      expect.stringContaining('"instance-count" is "two"'),
    ]);
  });
});
