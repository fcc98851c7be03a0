// The hardening rules every workflow and example follows, as checks over the parsed YAML. Each check
// returns its problems as { job, message }: the job at fault (none for the workflow itself) and a sentence
// naming the job and step. None reads the network.
import { ownPathOf } from './workflowPaths.js';

const FULL_SHA = /@[0-9a-f]{40}$/;
const DOCKER_DIGEST = /@sha256:[0-9a-f]{64}$/;
const CONFIGURE_AWS = /^aws-actions\/configure-aws-credentials@/;
// Contexts a `run:` script may read through `${{ }}`: set by GitHub, never by whoever opened a pull
// request, pushed a branch or typed a dispatch input. Everything else goes through `env:`.
const SAFE_IN_SCRIPTS =
  /^(github\.(run_id|run_number|run_attempt|sha|repository|repository_id|repository_owner|workspace|action_path|server_url|api_url|job|workflow_sha)|runner\.\w+|job\.status|strategy\.\w+)$/;
const ENDPOINT_COMMAND =
  /aws\s+sagemaker\s+(create|update|delete)-endpoint\b[^\n]*--endpoint-name[\s=]+"?\$\{?(\w+)/;

const jobsOf = (workflow) => Object.entries(workflow?.jobs ?? {});
const stepsOf = (job) => (Array.isArray(job?.steps) ? job.steps : []);
const stepName = (step, index) => step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;

/** The event names a workflow triggers on, whatever form `on:` takes. */
export function triggersOf(workflow) {
  const on = workflow?.on ?? workflow?.true; // YAML 1.1 readers turn a bare `on` key into true
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on;
  return Object.keys(on ?? {});
}

export function noPullRequestTarget(workflow) {
  return triggersOf(workflow).includes('pull_request_target')
    ? [
        {
          message:
            'triggers on pull_request_target, which runs with write access and secrets on code from forks; use pull_request',
        },
      ]
    : [];
}

/** Every `uses:` outside this repository names a full commit SHA (a docker image, its digest). */
export function pinnedThirdPartyActions(workflow) {
  const problems = [];
  const check = (uses, job, where) => {
    if (typeof uses !== 'string' || ownPathOf(uses)) return;
    const pinned = uses.startsWith('docker://') ? DOCKER_DIGEST.test(uses) : FULL_SHA.test(uses);
    if (!pinned) {
      problems.push({
        job,
        message: `${where} uses ${uses}, not pinned by a full commit SHA (or image digest)`,
      });
    }
  };
  for (const [name, job] of jobsOf(workflow)) {
    check(job.uses, name, `job ${name}`);
    stepsOf(job).forEach((step, i) => check(step.uses, name, `job ${name}, step "${stepName(step, i)}"`));
  }
  return problems;
}

/** Whether a job reaches AWS: it assumes a role, runs one of the actions, or calls a reusable pipeline. */
export function callsAws(job) {
  if (ownPathOf(job?.uses)) return true;
  return stepsOf(job).some(
    (step) =>
      typeof step.uses === 'string' &&
      (CONFIGURE_AWS.test(step.uses) || ownPathOf(step.uses)?.startsWith('actions/')),
  );
}

const grantsIdToken = (permissions) =>
  permissions === 'write-all' || (typeof permissions === 'object' && permissions?.['id-token'] === 'write');

/** Permissions declared for every job; an OIDC token only for jobs that reach AWS. */
export function leastPermissions(workflow) {
  const problems = [];
  const atTop = workflow?.permissions;
  for (const [name, job] of jobsOf(workflow)) {
    const effective = job.permissions ?? atTop;
    if (effective === undefined) {
      problems.push({
        job: name,
        message: `job ${name} has no permissions, at job or workflow level, so it gets the defaults`,
      });
    } else if (grantsIdToken(effective) && !callsAws(job)) {
      const from = job.permissions === undefined ? 'the workflow grants it' : 'it asks for';
      problems.push({ job: name, message: `job ${name} never calls AWS, yet ${from} id-token: write` });
    }
  }
  return problems;
}

/** `${{ }}` expressions of a text, without the braces. */
const expressionsIn = (text) => [...String(text).matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1].trim());

/** No script interpolates a value an outsider controls; scripts read such values through env:. */
export function noUntrustedInterpolation(workflow) {
  const problems = [];
  for (const [name, job] of jobsOf(workflow)) {
    stepsOf(job).forEach((step, i) => {
      const scripts = [
        step.run,
        /^actions\/github-script@/.test(step.uses ?? '') ? step.with?.script : undefined,
      ];
      for (const expression of scripts.filter(Boolean).flatMap(expressionsIn)) {
        if (SAFE_IN_SCRIPTS.test(expression)) continue;
        problems.push({
          job: name,
          message: `job ${name}, step "${stepName(step, i)}" interpolates \${{ ${expression} }} into its script; pass it through env:`,
        });
      }
    });
  }
  return problems;
}

/** What a step changes an endpoint by: the endpoint's name (text or expression), or null for no change. */
function endpointChangedBy(step, job) {
  const own = ownPathOf(step.uses);
  if (own === 'actions/rollback') return step.with?.['endpoint-name'] ?? '';
  if (own === 'actions/deploy-endpoint') {
    if (step.with?.mode === 'plan' || step.with?.['endpoint-type'] === 'batch-transform') return null;
    return step.with?.['endpoint-name'] ?? '';
  }
  const command = ENDPOINT_COMMAND.exec(String(step.run ?? ''));
  if (!command) return null;
  return step.env?.[command[2]] ?? job.env?.[command[2]] ?? '';
}

const keyOf = (value) =>
  String(value)
    .replace(/\$\{\{\s*|\s*\}\}/g, '')
    .replace(/\s+/g, ' ');

/** A job that changes an endpoint holds a concurrency group keyed by that endpoint's name. */
export function deployConcurrency(workflow) {
  const problems = [];
  for (const [name, job] of jobsOf(workflow)) {
    const group = keyOf(
      typeof job.concurrency === 'object' ? job.concurrency?.group : (job.concurrency ?? ''),
    );
    for (const endpoint of stepsOf(job).map((step) => endpointChangedBy(step, job))) {
      if (endpoint === null) continue;
      if (endpoint === '') {
        problems.push({
          job: name,
          message: `job ${name} changes an endpoint it does not name, so no concurrency group can guard it`,
        });
      } else if (!group.includes(keyOf(endpoint))) {
        problems.push({
          job: name,
          message: `job ${name} changes endpoint ${endpoint} without a concurrency group keyed by it (group: ${group || 'none'})`,
        });
      }
    }
  }
  return problems;
}

export const HARDENING_CHECKS = {
  'no pull_request_target': noPullRequestTarget,
  'third-party actions pinned': pinnedThirdPartyActions,
  'least permissions': leastPermissions,
  'no untrusted values in scripts': noUntrustedInterpolation,
  'deploys hold a concurrency group per endpoint': deployConcurrency,
};

/** Every hardening problem of a parsed workflow, as { rule, job, message }. */
export function hardeningProblems(workflow) {
  return Object.entries(HARDENING_CHECKS).flatMap(([rule, check]) =>
    check(workflow).map((problem) => ({ rule, ...problem })),
  );
}
