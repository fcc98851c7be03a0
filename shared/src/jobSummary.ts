import { issueCommand } from './workflowCommands';

/** The part of core.summary a job summary needs; tests hand in a recorder. */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}

/**
 * Appends markdown to the step's job summary. Outside a runner (no GITHUB_STEP_SUMMARY: a local run,
 * @github/local-action) there is nowhere to write, and a missing summary must never fail a step that
 * worked, so it is skipped with a notice saying so. Returns whether the summary was written.
 */
export async function writeJobSummary(
  markdown: string,
  options: { writer?: SummaryWriter; env?: NodeJS.ProcessEnv; notice?: (message: string) => void } = {},
): Promise<boolean> {
  const env = options.env ?? process.env;
  if (!options.writer && !env.GITHUB_STEP_SUMMARY) {
    const notice = options.notice ?? ((message: string) => issueCommand('notice', message));
    notice('Job summary skipped: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
    return false;
  }
  const writer = options.writer ?? ((await import('@actions/core')).summary as unknown as SummaryWriter);
  await writer.addRaw(markdown, true).write();
  return true;
}
