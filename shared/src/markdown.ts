/** Small builders for job summaries and pull request comments; plain strings, so tests read them. */

const escapeCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

export function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(escapeCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

export function markdownLink(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/** AWS console links, which a person opens first when a step fails. */
export function sagemakerConsoleUrl(
  region: string,
  kind: 'endpoints' | 'jobs' | 'model-packages',
  name: string,
): string {
  return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/${kind}/${encodeURIComponent(name)}`;
}
