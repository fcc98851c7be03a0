import { markdownHeading, markdownList, markdownTable, mermaidBlock } from '@modelship/shared';
import { casePassed } from './caseRun';
import type { CaseOutcome } from './junitReport';
import { LATENCY_BUCKETS_MS, type LoadStatisticsSnapshot } from './loadStatistics';
import type { TestRunResult } from './testRunResult';

/**
 * The job summary and the pull request comment: the verdict first, then a pass/fail table of the
 * cases, the load run's percentiles, a histogram of its latency and its errors by kind.
 */
export function testSummaryMarkdown(result: TestRunResult): string {
  const verdict = result.ok ? '✅ passed' : '❌ failed';
  const parts = [
    markdownHeading(`Integration tests ${verdict}: ${result.target}`),
    `${result.passed} of ${result.cases.length} case(s) passed${result.load ? `; load run of ${result.load.stats.requests} requests` : ''}.`,
    casesTable(result.cases),
  ];
  if (result.load) parts.push(...loadSections(result));
  return `${parts.join('\n\n')}\n`;
}

function casesTable(cases: CaseOutcome[]): string {
  return markdownTable(
    ['Case', 'File', 'Result', 'Latency', 'What failed'],
    cases.map((c) => [
      c.name,
      c.file,
      casePassed(c) ? '✅ pass' : '❌ fail',
      `${Math.round(c.latencyMs)} ms`,
      c.error ??
        [
          ...c.failures.map((f) => `${f.field}: expected ${f.expected}, got ${f.actual}`),
          ...(c.note && !casePassed(c) ? [c.note] : []),
        ].join('\n'),
    ]),
  );
}

function loadSections(result: TestRunResult): string[] {
  const { plan, stats } = result.load as NonNullable<TestRunResult['load']>;
  const sections = [
    markdownHeading('Load', 3),
    `${plan.rps} requests/s for ${plan.durationSeconds} s, ${plan.concurrency} at a time: ${stats.requests} requests, ${stats.throughput.toFixed(1)} answered per second.`,
    markdownTable(
      ['p50', 'p90', 'p99', 'max', 'error rate'],
      [
        [
          `${stats.p50Ms} ms`,
          `${stats.p90Ms} ms`,
          `${stats.p99Ms} ms`,
          `${stats.maxMs} ms`,
          `${(stats.errorRate * 100).toFixed(2)} %`,
        ],
      ],
    ),
  ];
  if (result.thresholds.length) {
    sections.push(
      markdownTable(
        ['Threshold', 'Limit', 'Measured', 'Result'],
        result.thresholds.map((t) => [
          t.name,
          String(t.limit),
          String(round(t.actual)),
          t.passed ? '✅ held' : '❌ missed',
        ]),
      ),
    );
  }
  if (stats.requests) sections.push(latencyHistogram(stats));
  if (stats.errors) {
    sections.push(
      markdownHeading('Errors by kind', 4),
      markdownList(Object.entries(stats.errorsByKind).map(([kind, n]) => `${kind}: ${n}`)),
    );
  }
  return sections;
}

/** A Mermaid bar chart of the latency buckets, without the empty ones at either end. */
export function latencyHistogram(stats: LoadStatisticsSnapshot): string {
  const labels = [...LATENCY_BUCKETS_MS.map((ms) => `≤${ms} ms`), `>${LATENCY_BUCKETS_MS.at(-1)} ms`];
  const first = stats.buckets.findIndex((n) => n > 0);
  const last = stats.buckets.length - 1 - [...stats.buckets].reverse().findIndex((n) => n > 0);
  const shown = labels.slice(first, last + 1);
  return mermaidBlock(
    [
      'xychart-beta',
      `  title "Latency of ${stats.requests} requests"`,
      `  x-axis [${shown.map((l) => `"${l}"`).join(', ')}]`,
      '  y-axis "requests"',
      `  bar [${stats.buckets.slice(first, last + 1).join(', ')}]`,
    ].join('\n'),
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;
