// Reads a workflow file with @actions/workflow-parser (the parser GitHub's own tooling uses), so a file
// the service would reject fails here too, with its line. The job model comes from the parser's
// conversion (job ids, needs, if with the implied success(), step ids); the step keys that conversion
// drops (with, shell, working-directory) come from the parsed token tree, made plain.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';

try {
  register(new URL('./jsonImportHook.js', import.meta.url));
} catch {
  // A module loader that takes no hooks (Jest's) reads the JSON files without the attribute itself.
}
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
  await import('@actions/workflow-parser');

const TOKEN = {
  string: 0,
  sequence: 1,
  mapping: 2,
  expression: 3,
  insert: 4,
  boolean: 5,
  number: 6,
  null: 7,
};

/** A template token as plain JavaScript; an expression stays `${{ expr }}` for evaluation at run time. */
export function plainOf(token) {
  if (!token) return undefined;
  switch (token.templateTokenType ?? token.type) {
    case TOKEN.mapping:
      return Object.fromEntries(token.map.map(({ key, value }) => [plainKey(key), plainOf(value)]));
    case TOKEN.sequence:
      return token.seq.map(plainOf);
    case TOKEN.expression:
      return `\${{ ${token.expr} }}`;
    case TOKEN.null:
      return null;
    default:
      return token.value;
  }
}
const plainKey = (key) => (key.expr !== undefined ? `\${{ ${key.expr} }}` : String(key.value));

/**
 * @typedef {object} WorkflowStep
 * @property {string} id @property {string | undefined} name @property {string} if
 * @property {string | undefined} uses @property {string | undefined} run
 * @property {Record<string, unknown>} with @property {Record<string, unknown>} env
 * @property {string | undefined} shell @property {string | undefined} workingDirectory
 * @property {boolean | string} continueOnError
 */
/**
 * @typedef {object} WorkflowJob
 * @property {string} id @property {string[]} needs @property {string} if
 * @property {string | undefined} rawIf the `if:` as written, to tell whether it names a status function
 * @property {string | undefined} environment @property {Record<string, string>} outputs
 * @property {Record<string, unknown>} env @property {WorkflowStep[]} steps
 * @property {string | undefined} uses a reusable workflow the job calls
 * @property {Record<string, unknown>} with its inputs
 */

/** Parses and converts one workflow file; every problem the parser finds fails it at once, with lines. */
export async function loadWorkflow(file) {
  const content = readFileSync(file, 'utf8');
  const name = path.basename(file);
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length) throw new Error(`${file} is not a valid workflow:\n  ${errors.join('\n  ')}`);
  const plain = plainOf(parsed.value);
  return {
    file,
    name: plain.name ?? name,
    callInputs: plain.on?.workflow_call?.inputs ?? {},
    jobs: template.jobs.map((job) => jobOf(job, plain.jobs[job.id.value], plain)),
  };
}

/** @returns {WorkflowJob} */
function jobOf(job, plainJob, workflow) {
  // `defaults.run` of the job, else of the workflow, for run: steps that set neither shell nor folder.
  const runDefaults = { ...(workflow.defaults?.run ?? {}), ...(plainJob.defaults?.run ?? {}) };
  const environment = plainJob.environment;
  return {
    id: job.id.value,
    needs: (job.needs ?? []).map((need) => need.value),
    if: job.if?.expr ?? 'success()',
    rawIf: plainJob.if === undefined ? undefined : String(plainJob.if),
    environment: typeof environment === 'object' && environment ? environment.name : environment,
    outputs: plainJob.outputs ?? {},
    env: { ...(workflow.env ?? {}), ...(plainJob.env ?? {}) },
    uses: plainJob.uses,
    with: plainJob.with ?? {},
    steps: (job.steps ?? []).map((step, index) => stepOf(step, plainJob.steps[index], runDefaults)),
  };
}

/** @returns {WorkflowStep} */
function stepOf(step, plainStep, runDefaults) {
  return {
    id: step.id,
    name: plainStep.name,
    if: step.if?.expr ?? 'success()',
    uses: plainStep.uses,
    run: plainStep.run,
    with: plainStep.with ?? {},
    env: plainStep.env ?? {},
    shell: plainStep.shell ?? (plainStep.run === undefined ? undefined : runDefaults.shell),
    workingDirectory:
      plainStep['working-directory'] ??
      (plainStep.run === undefined ? undefined : runDefaults['working-directory']),
    continueOnError: plainStep['continue-on-error'] ?? false,
  };
}
