import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import type { Logger } from './logger';
import { pullRequestOf, upsertPullRequestComment } from './pullRequestComment';

/**
 * Posts or updates the step's comment on the pull request of this run. Outside a pull request there
 * is nothing to comment on; that is said, not treated as an error.
 */
export async function commentOnPullRequest(options: {
  token: string;
  key: string;
  body: string;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
}): Promise<void> {
  const env = options.env ?? process.env;
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  const target = pullRequestOf(payload, env.GITHUB_REPOSITORY);
  if (!target) {
    options.logger.info('comment-on-pr: this run is not for a pull request, so no comment was posted.');
    return;
  }
  const result = await upsertPullRequestComment(
    getOctokit(options.token).rest.issues,
    target,
    options.key,
    options.body,
  );
  options.logger.info(`comment-on-pr: ${result} the comment on pull request #${target.number}.`);
}
