/**
 * Which stages a workflow run goes through, from its event and ref, under the two branching models the
 * reusable pipelines support. Pure, so every branch of the decision is a table test, and the reusable
 * workflows' own `if:` conditions are tested against it (test/pipelineStages.test.ts).
 *
 * GitHub Flow: a pull request is checked and planned; closing it deletes its ephemeral endpoint; a push
 * to the default branch deploys to staging, then (behind the `production` environment's reviewers) to
 * production with a canary.
 * Gitflow: a pull request or a push to a working branch is checked (no ephemeral endpoints); develop deploys to dev; release/*
 * and hotfix/* deploy to staging as release candidates; a release tag deploys to production.
 */
export type FlowModel = 'github-flow' | 'gitflow';
export const FLOW_MODELS: readonly FlowModel[] = ['github-flow', 'gitflow'];

export type Stage = 'check' | 'cleanup' | 'dev' | 'staging' | 'production';
export const STAGES: readonly Stage[] = ['check', 'cleanup', 'dev', 'staging', 'production'];

export interface FlowEvent {
  /** GITHUB_EVENT_NAME: push, pull_request, workflow_dispatch, ... */
  eventName: string;
  /** GITHUB_REF: refs/heads/main, refs/tags/v1.2.0, refs/pull/7/merge. */
  ref: string;
  /** The event payload's `action`, for pull requests: opened, synchronize, closed, ... */
  action?: string;
}

export interface FlowOptions {
  /** The branch that holds released code. */
  defaultBranch?: string;
  /** Gitflow's integration branch. */
  developBranch?: string;
  /** Tags that start with this are releases (a prefix, as workflow expressions can test it). */
  releaseTagPrefix?: string;
}

export interface StagePlan {
  /** In the order they run; empty when the run deploys nothing. */
  stages: Stage[];
  /** One sentence for the log and the summary: why these stages. */
  reason: string;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'merge_group'];
/** Events a pipeline deploys on, besides pull requests: a push, or a person starting it by hand. */
const PUSH_EVENTS = ['push', 'workflow_dispatch'];

export function parseRef(ref: string): { type: 'branch' | 'tag' | 'other'; name: string } {
  if (ref.startsWith('refs/heads/')) return { type: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { type: 'tag', name: ref.slice('refs/tags/'.length) };
  return { type: 'other', name: ref };
}

export function resolveStages(model: FlowModel, event: FlowEvent, options: FlowOptions = {}): StagePlan {
  if (PULL_REQUEST_EVENTS.includes(event.eventName)) return pullRequestStages(model, event);
  if (!PUSH_EVENTS.includes(event.eventName)) {
    return { stages: [], reason: `a ${event.eventName} event deploys nothing` };
  }
  const ref = parseRef(event.ref);
  return model === 'github-flow' ? githubFlowStages(ref, options) : gitflowStages(ref, options);
}

function pullRequestStages(model: FlowModel, event: FlowEvent): StagePlan {
  if (event.action === 'closed') {
    // Ephemeral per-pull-request endpoints are a GitHub Flow feature; Gitflow checks feature branches only.
    return model === 'github-flow'
      ? { stages: ['cleanup'], reason: 'a closed pull request has its ephemeral endpoint deleted' }
      : { stages: [], reason: 'a closed pull request deploys nothing' };
  }
  return { stages: ['check'], reason: `a ${event.eventName} event is checked and planned, never deployed` };
}

function githubFlowStages(ref: ReturnType<typeof parseRef>, options: FlowOptions): StagePlan {
  const defaultBranch = options.defaultBranch ?? 'main';
  if (ref.type === 'branch' && ref.name === defaultBranch) {
    return {
      stages: ['staging', 'production'],
      reason: `${defaultBranch} is the default branch: staging first, then production behind its reviewers`,
    };
  }
  return { stages: [], reason: `${ref.name} is not ${defaultBranch}; open a pull request to check it` };
}

function gitflowStages(ref: ReturnType<typeof parseRef>, options: FlowOptions): StagePlan {
  const defaultBranch = options.defaultBranch ?? 'main';
  const developBranch = options.developBranch ?? 'develop';
  const releaseTagPrefix = options.releaseTagPrefix ?? 'v';
  if (ref.type === 'tag') {
    return ref.name.startsWith(releaseTagPrefix)
      ? { stages: ['production'], reason: `tag ${ref.name} is a release` }
      : {
          stages: [],
          reason: `tag ${ref.name} does not start with ${releaseTagPrefix}, so it is no release`,
        };
  }
  if (ref.type !== 'branch') return { stages: [], reason: `ref ${ref.name} is neither a branch nor a tag` };
  const branch = ref.name;
  if (branch === developBranch) return { stages: ['dev'], reason: `${branch} is the Gitflow develop branch` };
  if (branch.startsWith('release/') || branch.startsWith('hotfix/')) {
    return {
      stages: ['staging'],
      reason: `${branch} is a Gitflow ${branch.split('/')[0]} branch: a release candidate`,
    };
  }
  if (branch === defaultBranch) {
    return { stages: [], reason: `${branch} is released by tagging it ${releaseTagPrefix}<version>` };
  }
  return { stages: ['check'], reason: `${branch} is a working branch: checks only` };
}

/** The event as the runner describes it to every step. */
export function flowEventFromEnvironment(env: NodeJS.ProcessEnv, action?: string): FlowEvent {
  return { eventName: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF ?? '', action };
}
