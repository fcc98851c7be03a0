import { describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { junitReportXml } from '../src/junitReport';

describe('junitReportXml', () => {
  it('writes JUnit XML with a suite per file, failures named by field, and the load thresholds', () => {
    const xml = junitReportXml(
      [
        { file: 'tests/a.yml', name: 'typical', latencyMs: 12, failures: [] },
        {
          file: 'tests/a.yml',
          name: 'loyal',
          latencyMs: 8,
          failures: [{ field: 'json $.label', expected: '"stay"', actual: '"leave"' }],
        },
        { file: 'tests/b.yml', name: 'down', latencyMs: 0, failures: [], error: 'ECONNREFUSED' },
      ],
      [{ name: 'max-p99-latency-ms', limit: 100, actual: 250, passed: false }],
    );
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['tests/a.yml', 'tests/b.yml', 'load']);
    expect(suites[0]).toMatchObject({ tests: '2', failures: '1' });
    expect(suites[0].testcase[1].failure.message).toBe('json $.label: expected "stay", got "leave"');
    expect(suites[1]).toMatchObject({ errors: '1' });
    expect(suites[2].testcase.failure.message).toContain('max-p99-latency-ms: limit 100, measured 250');
  });
});
