import * as core from '@actions/core';

/** The part of core.summary a job summary needs; tests hand in a recorder. */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}

/**
 * Appends markdown to the step's job summary. Outside a runner (no GITHUB_STEP_SUMMARY) there is
 * nowhere to write, and a missing summary must never fail a deployment that worked, so it is skipped.
 */
export async function writeJobSummary(
  markdown: string,
  options: { writer?: SummaryWriter; env?: NodeJS.ProcessEnv } = {},
): Promise<boolean> {
  const env = options.env ?? process.env;
  if (!options.writer && !env.GITHUB_STEP_SUMMARY) return false;
  const writer = options.writer ?? (core.summary as unknown as SummaryWriter);
  await writer.addRaw(markdown, true).write();
  return true;
}
