import { describe, expect, it } from '@jest/globals';
import {
  pullRequestCommentKey,
  pullRequestCommentMarker,
  pullRequestOf,
  upsertPullRequestComment,
  type IssueCommentsApi,
} from '../src';

function fakeApi(initial: Array<{ id: number; body: string }>) {
  const comments = [...initial];
  const api: IssueCommentsApi = {
    listComments: async ({ page }) => ({ data: page === 1 ? comments : [] }),
    createComment: async ({ body }) => {
      comments.push({ id: comments.length + 100, body });
    },
    updateComment: async ({ comment_id, body }) => {
      const found = comments.find((c) => c.id === comment_id);
      if (found) found.body = body;
    },
  };
  return { api, comments };
}

const target = { owner: 'octo', repo: 'churn', number: 7 };

describe('upsertPullRequestComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const { api, comments } = fakeApi([{ id: 1, body: 'a human comment' }]);
    expect(await upsertPullRequestComment(api, target, 'deploy/churn', 'plan v1')).toBe('created');
    expect(await upsertPullRequestComment(api, target, 'deploy/churn', 'plan v2')).toBe('updated');
    expect(comments).toHaveLength(2);
    expect(comments[1]?.body).toBe('<!-- modelship:deploy/churn -->\nplan v2');
    expect(comments[0]?.body).toBe('a human comment');
  });

  it('keeps one comment per key', async () => {
    const { api, comments } = fakeApi([]);
    await upsertPullRequestComment(api, target, 'deploy/churn', 'x');
    await upsertPullRequestComment(api, target, 'deploy/fraud', 'y');
    expect(comments).toHaveLength(2);
  });
});

describe('pullRequestOf', () => {
  it('finds the pull request of a pull_request event, and nothing on a push', () => {
    expect(pullRequestOf({ pull_request: { number: 7 } }, 'octo/churn')).toEqual(target);
    expect(pullRequestOf({}, 'octo/churn')).toBeUndefined();
  });
});

describe('pull request comment keys', () => {
  it('keys one comment per action, subject and workflow', () => {
    expect(pullRequestCommentKey('deploy-endpoint', 'release', 'churn-prod')).toBe(
      'deploy-endpoint/churn-prod/release',
    );
    expect(pullRequestCommentKey('deploy-endpoint', undefined, 'churn-prod')).toBe(
      'deploy-endpoint/churn-prod/',
    );
  });

  it('makes a marker that a key cannot break out of', () => {
    expect(pullRequestCommentMarker('a/b')).toBe('<!-- modelship:a/b -->');
    expect(pullRequestCommentMarker('x --> <b>y</b>')).toBe('<!-- modelship:x - <by</b -->');
  });
});
