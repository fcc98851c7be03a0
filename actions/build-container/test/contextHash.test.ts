import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contextHash, type BuildDefinition } from '../src/contextHash';
import { requestedTags } from '../src/imageTags';

let dir: string;
let definition: BuildDefinition;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'context-hash-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY model.txt /model.txt\n');
  await writeFile(path.join(dir, 'model.txt'), 'v1\n');
  await writeFile(path.join(dir, 'notes.md'), 'notes\n');
  await writeFile(path.join(dir, '.dockerignore'), 'notes.md\n');
  definition = {
    contextDir: dir,
    dockerfilePath: path.join(dir, 'Dockerfile'),
    buildArgs: { A: '1' },
    platform: 'linux/amd64',
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('contextHash', () => {
  it('ignores what .dockerignore leaves out, and changes with a file, an arg, the target or the platform', async () => {
    const first = await contextHash(definition);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    await writeFile(path.join(dir, 'notes.md'), 'edited\n');
    expect(await contextHash(definition)).toBe(first);
    expect(await contextHash({ ...definition, buildArgs: { A: '2' } })).not.toBe(first);
    expect(await contextHash({ ...definition, target: 'serve' })).not.toBe(first);
    expect(await contextHash({ ...definition, platform: 'linux/arm64' })).not.toBe(first);
    await writeFile(path.join(dir, 'model.txt'), 'v2\n');
    expect(await contextHash(definition)).not.toBe(first);
  });
});

describe('requestedTags', () => {
  it('uses tags, else the short SHA, and adds the release tag', () => {
    expect(requestedTags(['v1'], { GITHUB_SHA: 'abcdef0123' })).toEqual(['v1']);
    expect(requestedTags(undefined, { GITHUB_SHA: 'abcdef0123' })).toEqual(['abcdef0']);
    expect(
      requestedTags(undefined, { GITHUB_SHA: 'abcdef0123', GITHUB_REF: 'refs/tags/release/1.0' }),
    ).toEqual(['abcdef0', 'release-1.0']);
  });
});
