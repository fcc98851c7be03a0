import { createHash } from 'node:crypto';
import { readFile, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { contextEntries, type ContextEntry } from './contextFiles';

/** Everything that decides what a build produces, besides the base images it pulls. */
export interface BuildDefinition {
  contextDir: string;
  dockerfilePath: string;
  buildArgs: Record<string, string>;
  target?: string;
  platform: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** One line per entry: its path, whether it is executable (which the image keeps), and its content's hash. */
async function entryLine(contextDir: string, entry: ContextEntry): Promise<string> {
  const full = path.join(contextDir, ...entry.path.split('/'));
  if (entry.kind === 'symlink') return `link ${entry.path} -> ${await readlink(full)}`;
  const { mode } = await stat(full);
  const executable = (mode & 0o111) !== 0 ? 'x' : '-';
  return `file ${entry.path} ${executable} ${sha256(await readFile(full))}`;
}

/**
 * The content hash of a build: the files `.dockerignore` lets through, the Dockerfile (wherever it is),
 * the build args, the target and the platform. The same inputs give the same hash on any machine, so an
 * image tagged `ctx-<hash>` was built from exactly this.
 */
export async function contextHash(definition: BuildDefinition): Promise<string> {
  const lines: string[] = ['modelship-context-v1'];
  for (const entry of await contextEntries(definition.contextDir)) {
    lines.push(await entryLine(definition.contextDir, entry));
  }
  lines.push(`dockerfile ${sha256(await readFile(definition.dockerfilePath))}`);
  for (const name of Object.keys(definition.buildArgs).sort()) {
    lines.push(`arg ${JSON.stringify(name)}=${JSON.stringify(definition.buildArgs[name])}`);
  }
  lines.push(`target ${definition.target ?? ''}`, `platform ${definition.platform}`);
  return sha256(lines.join('\n'));
}
