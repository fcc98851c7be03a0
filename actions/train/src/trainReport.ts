import {
  codeBlock,
  inlineCode,
  markdownDetails,
  markdownHeading,
  markdownKeyValueTable,
  markdownList,
  markdownTable,
  mermaidBlock,
} from '@modelship/shared';
import type { Champion } from './champion';
import type { GateVerdict } from './qualityGate';

/** Everything the summary and the PR comment tell, gathered by the step. */
export interface TrainResult {
  status: string;
  headline: string;
  succeeded: boolean;
  trainingJobName?: string;
  pipelineExecutionArn?: string;
  modelDataUrl?: string;
  modelPackageArn?: string;
  metrics: Record<string, number>;
  series: Record<string, number[]>;
  group?: string;
  champion?: Champion;
  verdicts: GateVerdict[];
  failureReason?: string;
  logTail: string[];
}

const format = (n: number | undefined) => (n === undefined ? '–' : String(Number(n.toPrecision(6))));
const delta = (value: number | undefined, base: number | undefined) => {
  if (value === undefined || base === undefined) return '–';
  const d = Number((value - base).toPrecision(6));
  return d > 0 ? `+${d}` : String(d);
};

/** The metrics, new against the champion with the difference, and the gate's verdict on each. */
function metricsTable(result: TrainResult): string {
  const names = [
    ...new Set([...Object.keys(result.metrics), ...result.verdicts.map((v) => v.condition.metric)]),
  ];
  if (!names.length) return 'No metrics were reported.';
  const gateOf = (name: string) =>
    result.verdicts
      .filter((v) => v.condition.metric === name)
      .map((v) => `${v.passed ? '✅' : '❌'} ${v.condition.text}`)
      .join('<br>') || '';
  const rows = names.map((name) => {
    const base = result.champion?.metrics[name];
    return [
      inlineCode(name),
      format(result.metrics[name]),
      format(base),
      delta(result.metrics[name], base),
      gateOf(name),
    ];
  });
  return markdownTable(['Metric', 'New', 'Champion', 'Δ', 'Gate'], rows);
}

/** A Mermaid line chart per metric the regexes captured more than once (e.g. per epoch). */
export function metricCharts(series: Record<string, number[]>): string[] {
  return Object.entries(series).map(([name, values]) => {
    const label = name.replace(/"/g, "'");
    return mermaidBlock(
      [
        'xychart-beta',
        `  title "${label}"`,
        `  x-axis "record" [${values.map((_, i) => i + 1).join(', ')}]`,
        `  y-axis "${label}"`,
        `  line [${values.map((v) => format(v)).join(', ')}]`,
      ].join('\n'),
    );
  });
}

function championLine(result: TrainResult): string | undefined {
  if (!result.group) return undefined;
  if (!result.champion) return `No champion: ${inlineCode(result.group)} has no Approved version yet.`;
  const version = result.champion.version ? ` (version ${result.champion.version})` : '';
  return `Champion: ${inlineCode(result.champion.arn)}${version}, the newest Approved version of ${inlineCode(result.group)}.`;
}

/** The job summary and PR comment: outcome first, then the numbers, then the detail. */
export function trainSummary(result: TrainResult): string {
  const parts = [
    markdownHeading(`${result.succeeded ? '✅' : '❌'} train: ${result.headline}`),
    markdownKeyValueTable(
      [
        ['Status', result.status],
        ['Training job', result.trainingJobName && inlineCode(result.trainingJobName)],
        ['Pipeline execution', result.pipelineExecutionArn && inlineCode(result.pipelineExecutionArn)],
        ['Model data', result.modelDataUrl && inlineCode(result.modelDataUrl)],
        ['Model package', result.modelPackageArn && inlineCode(result.modelPackageArn)],
        ['Failure reason', result.failureReason],
      ],
      ['', ''],
    ),
    championLine(result),
    metricsTable(result),
    ...metricCharts(result.series),
  ];
  const failedConditions = result.verdicts
    .filter((v) => !v.passed)
    .map((v) => `${v.condition.text}: ${v.reason}`);
  if (failedConditions.length) parts.push(`Gate failed:\n\n${markdownList(failedConditions)}`);
  if (!result.succeeded && result.logTail.length)
    parts.push(
      markdownDetails(`Last ${result.logTail.length} log lines`, codeBlock(result.logTail.join('\n'))),
    );
  return parts.filter(Boolean).join('\n\n') + '\n';
}
