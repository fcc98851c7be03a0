import { describe, expect, it } from '@jest/globals';
import { flowEventFromEnvironment, parseRef, resolveStages, type FlowModel, type Stage } from '../src/flow';

// model, event, ref, pull request action, stages
const stageTable: Array<[FlowModel, string, string, string | undefined, Stage[]]> = [
  ['github-flow', 'pull_request', 'refs/pull/7/merge', 'opened', ['check']],
  ['github-flow', 'pull_request', 'refs/pull/7/merge', 'synchronize', ['check']],
  ['github-flow', 'pull_request', 'refs/pull/7/merge', 'closed', ['cleanup']],
  ['github-flow', 'merge_group', 'refs/heads/gh-readonly-queue/main/pr-7', undefined, ['check']],
  ['github-flow', 'push', 'refs/heads/main', undefined, ['staging', 'production']],
  ['github-flow', 'workflow_dispatch', 'refs/heads/main', undefined, ['staging', 'production']],
  ['github-flow', 'push', 'refs/heads/feature/faster', undefined, []],
  ['github-flow', 'push', 'refs/tags/v1.2.0', undefined, []],
  ['github-flow', 'schedule', 'refs/heads/main', undefined, []],
  ['gitflow', 'pull_request', 'refs/pull/8/merge', 'opened', ['check']],
  ['gitflow', 'pull_request', 'refs/pull/8/merge', 'closed', []],
  ['gitflow', 'push', 'refs/heads/feature/new-model', undefined, ['check']],
  ['gitflow', 'push', 'refs/heads/develop', undefined, ['dev']],
  ['gitflow', 'push', 'refs/heads/release/1.4', undefined, ['staging']],
  ['gitflow', 'push', 'refs/heads/hotfix/1.4.1', undefined, ['staging']],
  ['gitflow', 'push', 'refs/heads/main', undefined, []],
  ['gitflow', 'push', 'refs/tags/v1.4.0', undefined, ['production']],
  ['gitflow', 'push', 'refs/tags/nightly', undefined, []],
  ['gitflow', 'push', 'refs/remotes/x', undefined, []],
];

describe('resolveStages', () => {
  it.each(stageTable)('%s: %s on %s (%s) -> %j', (model, eventName, ref, action, stages) => {
    const plan = resolveStages(model, { eventName, ref, action });
    expect(plan.stages).toEqual(stages);
    expect(plan.reason).toMatch(/\w+ \w+ \w+/);
  });

  it('follows a repository whose default branch is master and whose releases are tagged release-*', () => {
    const options = { defaultBranch: 'master', releaseTagPrefix: 'release-' };
    const push = (ref: string) => ({ eventName: 'push', ref });
    expect(resolveStages('github-flow', push('refs/heads/master'), options).stages).toEqual([
      'staging',
      'production',
    ]);
    expect(resolveStages('github-flow', push('refs/heads/main'), options).stages).toEqual([]);
    expect(resolveStages('gitflow', push('refs/tags/release-7'), options).stages).toEqual(['production']);
    expect(resolveStages('gitflow', push('refs/tags/v7'), options).stages).toEqual([]);
  });

  it('reads the event from the runner environment', () => {
    expect(
      flowEventFromEnvironment(
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' },
        'closed',
      ),
    ).toEqual({ eventName: 'pull_request', ref: 'refs/pull/1/merge', action: 'closed' });
    expect(parseRef('refs/tags/v1')).toEqual({ type: 'tag', name: 'v1' });
  });
});
