/** The part of Octokit the comment needs; tests hand in a fake. */
export interface IssueCommentsApi {
  listComments(params: {
    owner: string;
    repo: string;
    issue_number: number;
    per_page: number;
    page: number;
  }): Promise<{
    data: Array<{ id: number; body?: string | null }>;
  }>;
  createComment(params: {
    owner: string;
    repo: string;
    issue_number: number;
    body: string;
  }): Promise<unknown>;
  updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<unknown>;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** The pull request a run belongs to, from the event payload; undefined outside pull request events. */
export function pullRequestOf(
  payload: { pull_request?: { number?: number } } | undefined,
  repository: string | undefined,
): PullRequestTarget | undefined {
  const number = payload?.pull_request?.number;
  const [owner, repo] = (repository ?? '').split('/');
  return number && owner && repo ? { owner, repo, number } : undefined;
}

/**
 * The key of the one comment an action keeps per workflow and subject (an endpoint, a training job
 * group): a second workflow deploying the same endpoint gets its own comment, a re-run updates its own.
 */
export function pullRequestCommentKey(action: string, workflow: string | undefined, subject: string): string {
  return [action, subject, workflow ?? ''].join('/');
}

/** Hidden in the rendered comment; `--` and `>` are dropped because they could end it early. */
export function pullRequestCommentMarker(key: string): string {
  return `<!-- modelship:${key.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`;
}

/**
 * Keeps ONE comment per workflow and endpoint on the pull request, found by a hidden marker and
 * updated in place, instead of a new comment on every push.
 */
export async function upsertPullRequestComment(
  api: IssueCommentsApi,
  target: PullRequestTarget,
  key: string,
  body: string,
): Promise<'created' | 'updated'> {
  const marker = pullRequestCommentMarker(key);
  const text = `${marker}\n${body}`;
  for (let page = 1; page <= 20; page++) {
    const { data } = await api.listComments({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
      page,
    });
    const existing = data.find((c) => c.body?.includes(marker));
    if (existing) {
      await api.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: text,
      });
      return 'updated';
    }
    if (data.length < 100) break;
  }
  await api.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body: text,
  });
  return 'created';
}
