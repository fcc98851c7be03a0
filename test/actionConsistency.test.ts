import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { InputSchema, OutputSchema } from '@modelship/shared';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const actions = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];

interface ActionYml {
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

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

describe.each(actions)('%s: action.yml, the input schema and the README agree', (action) => {
  const dir = path.join(root, 'actions', action);
  const yml = YAML.parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionYml;
  const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
  let schema: { inputs: InputSchema; outputs: OutputSchema };

  it('runs the bundled dist on node24', async () => {
    schema = (await import(path.join(dir, 'src/inputs.ts'))) as typeof schema;
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
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

  it('declares the same outputs in action.yml, the schema and the README', () => {
    const names = Object.keys(schema.outputs);
    expect(Object.keys(yml.outputs)).toEqual(names);
    expect(readmeTable(readme, 'Outputs').map(([name]) => unquote(name ?? ''))).toEqual(names);
  });

  it('shows a copy-paste example that uses only declared inputs', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const step = (YAML.parse(example) as Array<{ uses: string; with: Record<string, unknown> }>)[0];
    expect(step?.uses).toBe(`OWNER/modelship/actions/${action}@v1`);
    for (const key of Object.keys(step?.with ?? {})) expect(Object.keys(schema.inputs)).toContain(key);
  });
});
