/**
 * Which stage a workflow run deploys to, from its event and ref, under the two branching models the
 * reusable pipelines support. Pure, so every branch of the decision is a unit test.
 *
 * GitHub Flow: pull request -> check, push to the default branch -> staging, release tag -> production.
 * Gitflow: pull request -> check, develop -> dev, release/* and hotfix/* -> staging, the default
 * branch or a release tag -> production.
 */
export type FlowModel = 'github-flow' | 'gitflow';
export const FLOW_MODELS: readonly FlowModel[] = ['github-flow', 'gitflow'];

/** `none` means the run deploys nothing (a feature branch push, an unrelated tag). */
export type Stage = 'check' | 'dev' | 'staging' | 'production' | 'none';

export interface FlowEvent {
  /** GITHUB_EVENT_NAME: push, pull_request, release, workflow_dispatch, ... */
  eventName: string;
  /** GITHUB_REF: refs/heads/main, refs/tags/v1.2.0, refs/pull/7/merge. */
  ref: string;
}

export interface FlowOptions {
  /** The branch that holds released code (GitHub Flow: what is deployed to staging). */
  defaultBranch?: string;
  /** Gitflow's integration branch. */
  developBranch?: string;
  /** Tags that are releases; others deploy nothing. */
  releaseTag?: RegExp;
}

export interface StageResolution {
  stage: Stage;
  /** One sentence for the log and the summary: why this stage. */
  reason: string;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
const DEFAULT_RELEASE_TAG = /^v\d+(\.\d+)*([-+].*)?$/;

export function parseRef(ref: string): { type: 'branch' | 'tag' | 'other'; name: string } {
  if (ref.startsWith('refs/heads/')) return { type: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { type: 'tag', name: ref.slice('refs/tags/'.length) };
  return { type: 'other', name: ref };
}

export function resolveStage(model: FlowModel, event: FlowEvent, options: FlowOptions = {}): StageResolution {
  const defaultBranch = options.defaultBranch ?? 'main';
  const developBranch = options.developBranch ?? 'develop';
  const releaseTag = options.releaseTag ?? DEFAULT_RELEASE_TAG;

  if (PULL_REQUEST_EVENTS.includes(event.eventName)) {
    return { stage: 'check', reason: `a ${event.eventName} event is checked and planned, never deployed` };
  }
  const ref = parseRef(event.ref);
  if (ref.type === 'tag') {
    return releaseTag.test(ref.name)
      ? { stage: 'production', reason: `tag ${ref.name} is a release` }
      : { stage: 'none', reason: `tag ${ref.name} does not match the release tag pattern ${releaseTag}` };
  }
  if (ref.type !== 'branch') {
    return { stage: 'none', reason: `ref ${event.ref} is neither a branch nor a tag` };
  }
  const branch = ref.name;
  if (model === 'github-flow') {
    return branch === defaultBranch
      ? {
          stage: 'staging',
          reason: `${branch} is the default branch; a release tag promotes it to production`,
        }
      : { stage: 'none', reason: `${branch} is not ${defaultBranch}; open a pull request to check it` };
  }
  if (branch === developBranch) return { stage: 'dev', reason: `${branch} is the Gitflow develop branch` };
  if (branch.startsWith('release/') || branch.startsWith('hotfix/')) {
    return { stage: 'staging', reason: `${branch} is a Gitflow ${branch.split('/')[0]} branch` };
  }
  if (branch === defaultBranch) {
    return { stage: 'production', reason: `${branch} holds what Gitflow has released` };
  }
  return { stage: 'none', reason: `${branch} is a working branch; open a pull request to check it` };
}

/** The event as the runner describes it to every step. */
export function flowEventFromEnvironment(env: NodeJS.ProcessEnv): FlowEvent {
  return { eventName: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF ?? '' };
}
