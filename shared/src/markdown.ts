/** Small builders for job summaries and pull request comments; plain strings, so tests read them. */

const escapeCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(escapeCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

/** A two-column table of what changed or what was found; rows with no value are left out. */
export function markdownKeyValueTable(
  rows: Array<[string, string | undefined]>,
  header: [string, string] = ['', ''],
): string {
  return markdownTable(
    header,
    rows.filter((row): row is [string, string] => Boolean(row[1])),
  );
}

export function markdownHeading(text: string, level: 1 | 2 | 3 | 4 = 2): string {
  return `${'#'.repeat(level)} ${text.replace(/\r?\n/g, ' ')}`;
}

export function markdownLink(text: string, url: string | undefined): string {
  return url ? `[${text.replace(/[[\]]/g, '\\$&')}](${url})` : text;
}

export function markdownList(items: string[]): string {
  return items.map((item) => `- ${item.replace(/\r?\n/g, ' ')}`).join('\n');
}

/** Inline code that survives backticks in the value (image tags, regexes). */
export function inlineCode(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A fenced block; the fence grows past any run of backticks inside, so logs cannot break out of it. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** A Mermaid diagram, which GitHub renders in job summaries and comments. */
export function mermaidBlock(diagram: string): string {
  return codeBlock(diagram.trim(), 'mermaid');
}

/** Collapsed detail (full logs, the raw plan) that would drown the outcome if shown open. */
export function markdownDetails(summary: string, body: string): string {
  return `<details><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}

/** AWS console links, which a person opens first when a step fails. */
export function sagemakerConsoleUrl(
  region: string,
  kind: 'endpoints' | 'jobs' | 'model-packages',
  name: string,
): string {
  return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/${kind}/${encodeURIComponent(name)}`;
}

/** A link to a CodeDeploy deployment in the AWS console, for job summaries and comments. */
export function codeDeployConsoleUrl(region: string, deploymentId: string): string {
  return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}
