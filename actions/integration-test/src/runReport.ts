import path from 'node:path';
import type { ActionContext } from '@modelship/shared';
import type { inputs, outputs } from './inputs';
import { junitReportXml } from './junitReport';
import { reportJson, type TestRunResult } from './testRunResult';
import { testSummaryMarkdown } from './testSummary';

/** An error annotation on a file, as the runner shows it on the pull request's diff. */
export interface Annotation {
  file: string;
  title: string;
  message: string;
}

export interface ReportPorts {
  workspace: string;
  writeFile(file: string, text: string): Promise<void>;
  annotate(annotation: Annotation): void;
  writeSummary(markdown: string): Promise<unknown>;
  commentOnPullRequest(comment: { token: string; key: string; body: string }): Promise<void>;
}

/** The report phase: outputs, an annotation per failed expectation, JUnit XML, summary, PR comment. */
export async function reportRun(
  context: ActionContext<typeof inputs, typeof outputs>,
  ports: ReportPorts,
  result: TestRunResult,
): Promise<void> {
  const { inputs: values, setOutput, logger } = context;
  setOutput('passed', String(result.passed));
  setOutput('failed', String(result.failed));
  if (result.load) {
    setOutput('p50-latency-ms', String(result.load.stats.p50Ms));
    setOutput('p99-latency-ms', String(result.load.stats.p99Ms));
    setOutput('error-rate', String(result.load.stats.errorRate));
  }
  setOutput('report', reportJson(result));
  annotationsOf(result).forEach((a) => ports.annotate(a));
  if (values['junit-report']) {
    const file = path.resolve(ports.workspace, values['junit-report']);
    await ports.writeFile(file, junitReportXml(result.cases, result.thresholds));
    logger.info(`JUnit report written to ${file}.`);
  }
  const summary = testSummaryMarkdown(result);
  await ports.writeSummary(summary);
  if (values['comment-on-pr'] && values['github-token']) {
    await ports.commentOnPullRequest({
      token: values['github-token'],
      key: `integration-test/${result.target}/${context.env.GITHUB_WORKFLOW ?? ''}`,
      body: summary,
    });
  }
}

/** One annotation per failed expectation (file, case, field, expected, actual), one per failed request. */
export function annotationsOf(result: TestRunResult): Annotation[] {
  return result.cases.flatMap((c) => {
    const title = `integration-test: ${c.name}`;
    if (c.error)
      return [{ file: c.file, title, message: `case "${c.name}": the request failed: ${c.error}` }];
    return c.failures.map((f) => ({
      file: c.file,
      title,
      message:
        `case "${c.name}": ${f.field}: expected ${f.expected}, got ${f.actual}` +
        (c.note ? ` (${c.note})` : ''),
    }));
  });
}
