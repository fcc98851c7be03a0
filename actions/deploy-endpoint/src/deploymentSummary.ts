import { markdownTable, sagemakerConsoleUrl, type TrafficSample } from '@modelship/shared';
import type { DeployResult } from './deployEndpoint';

/**
 * A Mermaid xychart of the new fleet's share of traffic over the deployment, with a line marking
 * when any guarding alarm was in ALARM, so the summary shows at a glance where a rollback came from.
 */
export function trafficChart(samples: TrafficSample[]): string {
  if (samples.length === 0) return '';
  // One point per distinct second keeps the chart readable for long deployments.
  const bySecond = new Map<number, TrafficSample>();
  for (const sample of samples) bySecond.set(Math.round(sample.atMs / 1000), sample);
  const points = [...bySecond.entries()].sort(([a], [b]) => a - b);
  const labels = points.map(([second]) => `"${second}s"`).join(', ');
  const shares = points.map(([, s]) => s.newFleetPercent).join(', ');
  const alarms = points.map(([, s]) => (s.alarmsInAlarm.length ? 100 : 0)).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '  title "New fleet share of traffic (%), and alarms in ALARM"',
    `  x-axis [${labels}]`,
    '  y-axis "percent" 0 --> 100',
    `  line [${shares}]`,
    `  bar [${alarms}]`,
    '```',
  ].join('\n');
}

const STATUS_LINE: Record<string, string> = {
  deployed: '✅ Deployed',
  'rolled-back': '❌ Rolled back',
  failed: '❌ Failed',
  planned: '📝 Planned (nothing changed)',
  'in-progress': '⏳ Started (not waited for)',
};

/** The job summary: outcome first, then what changed, how traffic moved, and where to look. */
export function deploymentSummaryMarkdown(result: DeployResult, region: string): string {
  const plan = result.plan;
  const lines = [`## ${STATUS_LINE[result.status] ?? result.status}: endpoint \`${plan.endpointName}\``, ''];
  if (result.reason) lines.push(`> ${result.reason}`, '');
  lines.push(
    markdownTable(
      ['', ''],
      [
        ['Action', plan.action],
        ['Strategy', `${plan.strategy} (${plan.shifting})`],
        ['Endpoint config', `${plan.previousEndpointConfigName ?? '-'} → ${plan.endpointConfigName}`],
        ['Model', `${plan.model.name} (${plan.model.images.join(', ')})`],
        ['Duration', `${result.durationSeconds} s`],
        ...(result.firedAlarms.length ? [['Alarms that fired', result.firedAlarms.join(', ')]] : []),
      ],
    ),
    '',
  );
  if (plan.changes.length) {
    lines.push(
      '### What changes',
      '',
      markdownTable(
        ['What', 'From', 'To'],
        plan.changes.map((c) => [c.what, c.from, c.to]),
      ),
      '',
    );
  }
  if (plan.steps.length) {
    lines.push(
      '### Traffic steps',
      '',
      markdownTable(
        ['Step', 'New fleet share', 'Bake', 'Starts at'],
        plan.steps.map((s, i) => [
          String(i + 1),
          `${s.newFleetPercent}%`,
          `${s.bakeSeconds} s`,
          `+${s.startsAtSeconds} s`,
        ]),
      ),
      '',
      `Expected duration of the traffic shift: ${plan.expectedDurationSeconds} s; both fleets run for ${plan.doubleFleetSeconds} s.`,
      '',
    );
  }
  if (plan.warnings.length) lines.push('### Warnings', '', ...plan.warnings.map((w) => `- ⚠️ ${w}`), '');
  const chart = trafficChart(result.samples);
  if (chart) lines.push('### Traffic on the new fleet', '', chart, '');
  lines.push(
    `[Endpoint in the SageMaker console](${sagemakerConsoleUrl(region, 'endpoints', plan.endpointName)})`,
    '',
  );
  return lines.join('\n');
}
