import { describe, expect, it } from '@jest/globals';
import { readZipEntries, ZipFormatError } from '../src/services/codebuild/zipArchive';
import { zipOf } from './zipFixture';

describe('readZipEntries', () => {
  it('reads stored and deflated entries with their Unix modes', () => {
    const entries = readZipEntries(
      zipOf([
        { name: 'buildspec.yml', content: 'version: 0.2\n' },
        { name: 'bin/run.sh', content: '#!/bin/sh\necho hi\n'.repeat(20), mode: 0o755, deflate: true },
      ]),
    );
    expect(entries.map((e) => [e.name, e.data.toString('utf8'), e.mode])).toEqual([
      ['buildspec.yml', 'version: 0.2\n', 0o644],
      ['bin/run.sh', '#!/bin/sh\necho hi\n'.repeat(20), 0o755],
    ]);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZipEntries(Buffer.from('plain text, not an archive at all'))).toThrow(ZipFormatError);
    expect(() => readZipEntries(Buffer.alloc(4))).toThrow('too short');
  });
});
