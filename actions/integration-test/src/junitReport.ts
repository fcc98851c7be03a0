import junit from 'junit-report-builder';
import type { ExpectationFailure } from './expectationCheck';
import type { ThresholdResult } from './loadStatistics';

export interface CaseOutcome {
  /** The test file, relative to the workspace, as annotations name it. */
  file: string;
  name: string;
  latencyMs: number;
  failures: ExpectationFailure[];
  /** The request itself failed (not reached, timed out), as opposed to an expectation. */
  error?: string;
  /** What the target said beside the answer: a ModelError's message and log stream. */
  note?: string;
}

const failureText = (f: ExpectationFailure) => `${f.field}: expected ${f.expected}, got ${f.actual}`;

/** JUnit XML, what GitHub test reporters read: a suite per test file, and one for the load thresholds. */
export function junitReportXml(cases: CaseOutcome[], thresholds: ThresholdResult[]): string {
  const builder = junit.newBuilder().name('modelship integration-test');
  const files = [...new Set(cases.map((c) => c.file))];
  for (const file of files) {
    const suite = builder.testSuite().name(file);
    for (const outcome of cases.filter((c) => c.file === file)) {
      const testCase = suite
        .testCase()
        .className(file)
        .name(outcome.name)
        .file(file)
        .time(outcome.latencyMs / 1000);
      if (outcome.error) testCase.error(outcome.error, 'RequestFailed');
      else if (outcome.failures.length)
        testCase.failure(
          [...outcome.failures.map(failureText), ...(outcome.note ? [outcome.note] : [])].join('\n'),
          'ExpectationFailed',
        );
    }
  }
  if (thresholds.length) {
    const suite = builder.testSuite().name('load');
    for (const t of thresholds) {
      const testCase = suite.testCase().className('load').name(t.name);
      if (!t.passed)
        testCase.failure(`${t.name}: limit ${t.limit}, measured ${t.actual}`, 'ThresholdExceeded');
    }
  }
  return builder.build();
}
