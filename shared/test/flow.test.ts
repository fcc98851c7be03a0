import { describe, expect, it } from '@jest/globals';
import { flowEventFromEnvironment, parseRef, resolveStage, type FlowModel, type Stage } from '../src';

const cases: Array<[FlowModel, string, string, Stage]> = [
  ['github-flow', 'pull_request', 'refs/pull/7/merge', 'check'],
  ['github-flow', 'merge_group', 'refs/heads/gh-readonly-queue/main/pr-7', 'check'],
  ['github-flow', 'push', 'refs/heads/main', 'staging'],
  ['github-flow', 'push', 'refs/heads/feature/faster', 'none'],
  ['github-flow', 'push', 'refs/tags/v1.2.0', 'production'],
  ['github-flow', 'release', 'refs/tags/v2.0.0-rc.1', 'production'],
  ['github-flow', 'push', 'refs/tags/nightly', 'none'],
  ['github-flow', 'workflow_dispatch', 'refs/heads/main', 'staging'],
  ['gitflow', 'pull_request', 'refs/pull/8/merge', 'check'],
  ['gitflow', 'push', 'refs/heads/develop', 'dev'],
  ['gitflow', 'push', 'refs/heads/release/1.4', 'staging'],
  ['gitflow', 'push', 'refs/heads/hotfix/1.4.1', 'staging'],
  ['gitflow', 'push', 'refs/heads/main', 'production'],
  ['gitflow', 'push', 'refs/tags/v1.4.0', 'production'],
  ['gitflow', 'push', 'refs/heads/feature/new-model', 'none'],
  ['gitflow', 'push', 'refs/remotes/x', 'none'],
];

describe('resolveStage', () => {
  it.each(cases)('%s: %s on %s -> %s', (model, eventName, ref, stage) => {
    const resolution = resolveStage(model, { eventName, ref });
    expect(resolution.stage).toBe(stage);
    expect(resolution.reason.length).toBeGreaterThan(10);
  });

  it('follows a repository whose default branch is master and whose releases are tagged release-*', () => {
    const options = { defaultBranch: 'master', releaseTag: /^release-/ };
    expect(resolveStage('github-flow', { eventName: 'push', ref: 'refs/heads/master' }, options).stage).toBe(
      'staging',
    );
    expect(resolveStage('gitflow', { eventName: 'push', ref: 'refs/tags/release-7' }, options).stage).toBe(
      'production',
    );
    expect(resolveStage('gitflow', { eventName: 'push', ref: 'refs/tags/v7' }, options).stage).toBe('none');
  });

  it('reads the event from the runner environment', () => {
    expect(flowEventFromEnvironment({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' })).toEqual({
      eventName: 'push',
      ref: 'refs/heads/main',
    });
    expect(parseRef('refs/tags/v1')).toEqual({ type: 'tag', name: 'v1' });
  });
});
