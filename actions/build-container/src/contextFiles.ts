import ignore from '@balena/dockerignore';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One entry of the build context, as docker would send it. */
export interface ContextEntry {
  /** Relative to the context, with `/` separators. */
  path: string;
  kind: 'file' | 'symlink';
}

async function walk(dir: string, prefix: string, into: ContextEntry[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative, into);
    else if (entry.isSymbolicLink()) into.push({ path: relative, kind: 'symlink' });
    else if (entry.isFile()) into.push({ path: relative, kind: 'file' });
  }
}

async function dockerignoreRules(contextDir: string): Promise<string[]> {
  const text = await readFile(path.join(contextDir, '.dockerignore'), 'utf8').catch(() => '');
  return text.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#'));
}

/**
 * The files of the context that the build sees: everything but what `.dockerignore` excludes (its own
 * rules, read with docker's matcher), sorted so that the order never depends on the file system.
 */
export async function contextEntries(contextDir: string): Promise<ContextEntry[]> {
  const all: ContextEntry[] = [];
  await walk(contextDir, '', all);
  const matcher = ignore().add(await dockerignoreRules(contextDir));
  return all
    .filter((entry) => !matcher.ignores(entry.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
