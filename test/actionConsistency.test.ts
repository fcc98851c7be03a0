import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { InputSchema, OutputSchema } from '@modelship/shared';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const actions = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];

interface ActionYml {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** Rows of the markdown table that follows `## <heading>`, as arrays of cells. */
function readmeTable(readme: string, heading: string): string[][] {
  const section = (readme.split(`## ${heading}`)[1] ?? '').split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Steps of a README example: a bare list of steps, or a workflow with jobs. */
function stepsOf(block: unknown): Step[] {
  if (Array.isArray(block)) return block as Step[];
  const jobs = (block as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs ?? {};
  return Object.values(jobs).flatMap((job) => job.steps ?? []);
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');
const unescapeCell = (cell: string) => cell.replace(/\\\|/g, '|');

describe.each(actions)('%s: action.yml, the input schema and the README agree', (action) => {
  const dir = path.join(root, 'actions', action);
  const yml = YAML.parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionYml;
  const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
  let schema: { inputs: InputSchema; outputs: OutputSchema };

  beforeAll(async () => {
    schema = (await import(path.join(dir, 'src/inputs.ts'))) as typeof schema;
  });

  it('runs the bundled dist on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('names, describes and brands the action for the Marketplace', () => {
    expect(yml.name).toMatch(new RegExp(`^modelship ${action}$`));
    expect(yml.description.length).toBeGreaterThan(20);
    expect(yml.author).toBe('modelship');
    expect(yml.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('says for every input whether it is required, and never requires one that has a default', () => {
    for (const [name, input] of Object.entries(yml.inputs)) {
      expect([name, typeof input.required, input.description.length > 0]).toEqual([name, 'boolean', true]);
    }
    for (const [name, input] of Object.entries(schema.inputs)) {
      expect([name, Boolean(input.required && input.default !== undefined)]).toEqual([name, false]);
    }
  });

  it('declares the same inputs with the same defaults and required flags', () => {
    const fromYml = Object.entries(yml.inputs).map(([name, i]) => [
      name,
      Boolean(i.required),
      i.default ?? null,
    ]);
    const fromSchema = Object.entries(schema.inputs).map(([name, i]) => [
      name,
      Boolean(i.required),
      i.default ?? null,
    ]);
    expect(fromYml).toEqual(fromSchema);
    for (const [name, input] of Object.entries(yml.inputs)) {
      expect([name, input.description]).toEqual([name, schema.inputs[name]?.description]);
    }
  });

  it('lists every input in the README table with its default and required flag', () => {
    const rows = readmeTable(readme, 'Inputs').map(([name, required, def]) => [
      unquote(name ?? ''),
      required === 'yes',
      def ? unquote(def) : null,
    ]);
    expect(rows).toEqual(
      Object.entries(schema.inputs).map(([n, i]) => [n, Boolean(i.required), i.default ?? null]),
    );
  });

  it('describes every input the same way in the README', () => {
    const described = readmeTable(readme, 'Inputs').map(([name, , , description]) => [
      unquote(name ?? ''),
      unescapeCell(description ?? ''),
    ]);
    expect(described).toEqual(Object.entries(schema.inputs).map(([n, i]) => [n, i.description]));
  });

  it('declares the same outputs, with the same descriptions, in action.yml, the schema and the README', () => {
    const outputs = Object.entries(schema.outputs).map(([name, o]) => [name, o.description]);
    expect(Object.entries(yml.outputs).map(([name, o]) => [name, o.description])).toEqual(outputs);
    expect(
      readmeTable(readme, 'Outputs').map(([name, description]) => [
        unquote(name ?? ''),
        unescapeCell(description ?? ''),
      ]),
    ).toEqual(outputs);
  });

  it('shows a copy-paste example first, and every example uses only declared inputs', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (m) => YAML.parse(m[1] ?? '') as unknown,
    );
    const first = (blocks[0] as Array<{ uses?: string }> | undefined)?.[0];
    expect(first?.uses).toBe(`OWNER/modelship/actions/${action}@v1`);
    const steps = blocks.flatMap(stepsOf).filter((step) => step.uses?.includes(`/actions/${action}@`));
    for (const step of steps) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(schema.inputs)).toContain(key);
      for (const [name, input] of Object.entries(schema.inputs)) {
        if (input.required) expect([name, step.with?.[name] !== undefined]).toEqual([name, true]);
      }
    }
  });
});
