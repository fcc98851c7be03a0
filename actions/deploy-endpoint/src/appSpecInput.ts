import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@modelship/shared';

/**
 * The `appspec` input is the AppSpec itself (YAML or JSON, so it has a line break or starts with `{`)
 * or a file in the workspace holding it.
 */
export async function loadAppSpec(value: string, workspace: string): Promise<string> {
  if (value.includes('\n') || value.trimStart().startsWith('{')) return value;
  const file = path.resolve(workspace, value);
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw InputError.single({
      input: 'appspec',
      value,
      allowed: `AppSpec content (YAML or JSON), or a file in the workspace; ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    });
  }
}
