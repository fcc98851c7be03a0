import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestSuites } from '../src/testFileLoader';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'it-loader-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('loadTestSuites', () => {
  it('reads a list of cases, and a mapping with cases and a load block, through a glob', () => {
    const dir = workspace({
      'tests/a.yml': '- name: typical\n  body: {"instances": [[1, 2, 3]]}\n  expect: {status: 200}\n',
      'tests/b.json': JSON.stringify({
        cases: [
          {
            name: 'file body',
            'body-file': 'cases/one.json',
            'content-type': 'text/csv',
            expect: { contains: 'x' },
          },
        ],
        load: { rps: 20, 'duration-seconds': 2, 'max-error-rate': 0.1 },
      }),
      'tests/cases/one.json': '1,2,3',
    });
    const suites = loadTestSuites('tests/*.{yml,json}', dir);
    expect(suites.map((s) => path.basename(s.file))).toEqual(['a.yml', 'b.json']);
    expect(suites[0]?.cases[0]).toMatchObject({
      name: 'typical',
      contentType: 'application/json',
      expect: { status: 200 },
    });
    expect(suites[0]?.cases[0]?.body.toString()).toBe('{"instances":[[1,2,3]]}');
    expect(suites[1]?.cases[0]).toMatchObject({ contentType: 'text/csv' });
    expect(suites[1]?.cases[0]?.body.toString()).toBe('1,2,3');
    expect(suites[1]?.load).toEqual({ rps: 20, durationSeconds: 2, maxErrorRate: 0.1 });
  });

  it('fails when no file matches, rather than passing', () => {
    expect(() => loadTestSuites('tests/*.yml', workspace({}))).toThrow(
      'No test file matches tests: tests/*.yml',
    );
  });

  it('names the file and the case of every problem, all at once', () => {
    const dir = workspace({
      'tests/bad.yml': [
        '- name: no expectations',
        '  body: {}',
        '- name: bad path',
        '  body: {}',
        '  expect: {json: {"label": 1}}',
        '- name: missing body file',
        '  body-file: nope.json',
        '  expect: {status: 200}',
        '- name: smuggled header',
        '  body: {}',
        '  accept: "application/json\\r\\nx-admin: 1"',
        '  expect: {status: 200}',
      ].join('\n'),
      'tests/load.yml':
        'cases:\n  - {name: ok, body: {}, expect: {status: 200}}\nload: {concurrency: 0, max-p99-latency-ms: fast}\n',
    });
    let message = '';
    try {
      loadTestSuites('tests/*.yml', dir);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('tests/bad.yml: case "no expectations": it has no expectations');
    expect(message).toContain('tests/bad.yml: case "bad path": expect.json "label" is not a valid JSONPath');
    expect(message).toContain('tests/bad.yml: case "missing body file": body-file: nope.json does not exist');
    expect(message).toContain(
      'tests/bad.yml: case "smuggled header": accept must be one line with no line break (it is an HTTP header)',
    );
    expect(message).toContain('tests/load.yml: load.concurrency is 0');
    expect(message).toContain('tests/load.yml: load.max-p99-latency-ms is "fast"');
    expect(message).toContain('no request was sent');
  });
});
