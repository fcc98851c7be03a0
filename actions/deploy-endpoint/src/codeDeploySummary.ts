import { codeDeployConsoleUrl, markdownTable } from '@modelship/shared';
import type { CodeDeployResult } from './codeDeployDeployment';

const STATUS_LINE: Record<CodeDeployResult['status'], string> = {
  deployed: '✅ Deployed',
  'rolled-back': '❌ Rolled back by CodeDeploy',
  failed: '❌ Failed',
  planned: '📝 Planned (nothing changed)',
  'in-progress': '⏳ Started (not waited for)',
};

/** The job summary of a CodeDeploy deployment: outcome first, then what moved where, and the links. */
export function codeDeploySummaryMarkdown(result: CodeDeployResult, region: string): string {
  const lines = [
    `## ${STATUS_LINE[result.status]}: CodeDeploy \`${result.application}/${result.group}\``,
    '',
  ];
  if (result.reason) lines.push(`> ${result.reason}`, '');
  lines.push(
    markdownTable(
      ['', ''],
      [
        ['Traffic', `${result.from} → ${result.to}`],
        ['Deployment config', result.deploymentConfigName],
        ['Deployment', result.deploymentId ?? '(none created)'],
        ['Duration', `${result.durationSeconds} s`],
      ],
    ),
    '',
  );
  const links = [result.deploymentId, result.rollbackDeploymentId]
    .filter((id): id is string => Boolean(id))
    .map(
      (id, i) =>
        `[${i === 0 ? 'Deployment' : 'Rollback deployment'} ${id}](${codeDeployConsoleUrl(region, id)})`,
    );
  if (links.length) lines.push(links.join(' · '), '');
  return lines.join('\n');
}
