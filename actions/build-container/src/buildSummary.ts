import { inlineCode, markdownHeading, markdownKeyValueTable, markdownList } from '@modelship/shared';
import type { BuildResult } from './buildRequest';

const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? undefined : `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;

function headline(result: BuildResult): string {
  if (result.skipped) return `Build skipped: ${result.repository} already has this context's image`;
  if (!result.pushed) return `Built ${result.repository} (not pushed)`;
  return `Built and pushed ${result.repository}`;
}

function checkLines(result: BuildResult): string[] {
  if (!result.check) return [];
  return [
    ...result.check.findings.map((finding) => `SageMaker check: ${finding}`),
    ...result.check.notChecked.map((reason) => `Not checked: ${reason}`),
  ];
}

/** The job summary, readable in ten seconds: what image, built or skipped and why, how long. */
export function buildSummaryMarkdown(result: BuildResult): string {
  const why = result.skipped
    ? `Nothing the build sees changed (context hash ${inlineCode(result.contextHash.slice(0, 12))}): the image was tagged, not rebuilt.`
    : undefined;
  const table = markdownKeyValueTable(
    [
      ['Image', result.imageUri ? inlineCode(result.imageUri) : undefined],
      ['Digest', result.digest ? inlineCode(result.digest) : undefined],
      ['Size', megabytes(result.sizeInBytes)],
      ['Tags', result.tags.map(inlineCode).join(', ')],
      [
        'Outcome',
        result.skipped ? 'skipped (unchanged)' : result.pushed ? 'built and pushed' : 'built, not pushed',
      ],
      ['Builder', result.builder],
      ['CodeBuild build', result.codeBuildBuildId ? inlineCode(result.codeBuildBuildId) : undefined],
      ['Repository', result.repositoryCreated ? `${result.repository} (created)` : result.repository],
      ['Time', `${result.durationSeconds} s`],
    ],
    ['', ''],
  );
  const notes = checkLines(result);
  return [markdownHeading(headline(result)), why, table, notes.length ? markdownList(notes) : undefined]
    .filter(Boolean)
    .join('\n\n');
}
