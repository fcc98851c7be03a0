import { codeDeployConsoleUrl, markdownTable, sagemakerConsoleUrl } from '@modelship/shared';
import type { RollbackResult } from './rollbackRequest';

const STATUS_LINE: Record<RollbackResult['status'], string> = {
  'rolled-back': '↩️ Rolled back',
  'already-there': '✅ Already there (nothing changed)',
  failed: '❌ Rollback failed',
  'in-progress': '⏳ Rollback started (not waited for)',
};

/** The job summary: outcome first, then from → to, why, how long, what was Rejected, and each step taken. */
export function rollbackSummaryMarkdown(
  result: RollbackResult,
  region: string,
  reason: string | undefined,
): string {
  const lines = [`## ${STATUS_LINE[result.status]}: endpoint \`${result.endpointName}\``, ''];
  if (result.failure) lines.push(`> ${result.failure}`, '');
  lines.push(
    markdownTable(
      ['', ''],
      [
        ['Endpoint config', `${result.from ?? '-'} → ${result.to}`],
        ['Serving now', result.servingConfig ?? '-'],
        ['Why', reason ?? '(no reason given)'],
        ['Duration', `${result.durationSeconds} s`],
        ['Model package now', result.modelPackageArn ?? '(not recorded)'],
        ['Marked Rejected', result.rejectedPackageArn ?? 'nothing'],
      ],
    ),
    '',
  );
  if (result.steps.length) lines.push('### What was done', '', ...result.steps.map((s) => `1. ${s}`), '');
  if (result.codeDeploy) {
    const { deploymentId, rollbackDeploymentId } = result.codeDeploy;
    lines.push(
      [
        `[Deployment ${deploymentId}](${codeDeployConsoleUrl(region, deploymentId)})`,
        ...(rollbackDeploymentId
          ? [
              `[rollback deployment ${rollbackDeploymentId}](${codeDeployConsoleUrl(region, rollbackDeploymentId)})`,
            ]
          : []),
      ].join(' · '),
      '',
    );
  } else {
    lines.push(
      `[Endpoint in the SageMaker console](${sagemakerConsoleUrl(region, 'endpoints', result.endpointName)})`,
      '',
    );
  }
  return lines.join('\n');
}
