import { formatDuration, markdownTable } from '@modelship/shared';
import { costWindow } from './batchPlan';
import type { BatchResult } from './batchResult';

const STATUS_LINE: Record<BatchResult['status'], string> = {
  completed: '✅ Completed',
  failed: '❌ Failed',
  stopped: '⏹️ Stopped',
  planned: '📝 Planned (nothing changed)',
  'in-progress': '⏳ Started (not waited for)',
};

/** The transform job in the SageMaker console, which a person opens first when it fails. */
export function transformJobConsoleUrl(region: string, jobName: string): string {
  return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/transform-jobs/${encodeURIComponent(jobName)}`;
}

/** The job summary: outcome first, then what went in and came out, how long it took, and where to look. */
export function batchSummaryMarkdown(result: BatchResult, region: string): string {
  const { plan } = result;
  const lines = [`## ${STATUS_LINE[result.status]}: transform job \`${result.jobName}\``, ''];
  if (result.reason) lines.push(`> ${result.reason}`, '');
  const rows: string[][] = [
    ['Model', `${plan.modelName} (${plan.images.join(', ')})${plan.model === 'create' ? ', created' : ''}`],
    ['Input', `${plan.input} (${plan.objectsIn} object(s))`],
    [
      'Output',
      `${result.outputPath}${result.objectsOut === undefined ? '' : ` (${result.objectsOut} object(s))`}`,
    ],
    ['Instances', `${plan.instanceCount} × ${plan.instanceType}`],
  ];
  if (result.status === 'planned') rows.push(['Expected', costWindow(plan)]);
  else {
    rows.push([
      'Duration',
      `${formatDuration(result.durationSeconds)} (the job itself: ${result.jobSeconds === undefined ? 'unknown' : formatDuration(result.jobSeconds)})`,
    ]);
  }
  lines.push(markdownTable(['', ''], rows), '');
  if (result.logTail.length && result.status === 'failed') {
    lines.push('### Last lines of the job log', '', '```', ...result.logTail, '```', '');
  }
  if (result.status !== 'planned') {
    lines.push(
      `[Transform job in the SageMaker console](${transformJobConsoleUrl(region, result.jobName)})`,
      '',
    );
  }
  return lines.join('\n');
}
