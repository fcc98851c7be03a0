import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// After `npm test`: every action in policies/<action>.json must have been used by that action in the
// e2e run (the emulator records each allowed call to MODELSHIP_POLICY_USAGE_DIR), or be listed below
// with the reason the e2e cannot see it. A call a policy lacks already failed the run with AccessDenied.
// Only a full run can show that a statement is unused; after a subset, this says so and checks nothing.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Another directory only for the script's own test.
const policyDir = process.env.MODELSHIP_POLICIES_DIR || path.join(repoRoot, 'policies');

/**
 * Permissions a policy needs that no e2e run can show as used, per action, each with why. Keep this
 * short: a path a test can reach belongs in a test, not here.
 * @type {Record<string, Record<string, string>>}
 */
const UNSEEN_BY_THE_EMULATOR = {
  'build-container': {
    // A push goes over the registry API by buildah or docker, which send no modelship user agent.
    'ecr:BatchCheckLayerAvailability': 'registry API, used by the container engine during a push',
    'ecr:InitiateLayerUpload': 'registry API, used by the container engine during a push',
    'ecr:UploadLayerPart': 'registry API, used by the container engine during a push',
    'ecr:CompleteLayerUpload': 'registry API, used by the container engine during a push',
    'codebuild:StopBuild': 'only when the workflow run is cancelled during a CodeBuild build',
  },
  train: {
    'sagemaker:StopPipelineExecution': 'only when the workflow run is cancelled while the pipeline runs',
  },
  'deploy-endpoint': {
    'iam:CreateServiceLinkedRole':
      'AWS creates the Application Auto Scaling role for SageMaker on the first registration in an account',
  },
  rollback: {
    'iam:CreateServiceLinkedRole':
      'AWS creates the Application Auto Scaling role for SageMaker on the first registration in an account',
  },
};

/**
 * IAM action patterns are case-insensitive, `*` any run of characters, `?` one.
 * @param {string} pattern
 * @param {string} action
 */
function matches(pattern, action) {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'i').test(action);
}

/** @param {string} usageDir @returns {Map<string, Set<string>>} the IAM actions each action used */
function readUsage(usageDir) {
  /** @type {Map<string, Set<string>>} */
  const used = new Map();
  for (const file of readdirSync(usageDir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(usageDir, file), 'utf8').split('\n').filter(Boolean)) {
      const { action, iamAction } = JSON.parse(line);
      if (!used.has(action)) used.set(action, new Set());
      used.get(action)?.add(iamAction);
    }
  }
  return used;
}

/**
 * @param {string} action
 * @param {{ Statement: Array<{ Sid?: string, Effect: string, Action: string | string[] }> }} policy
 * @param {Set<string>} used
 * @returns {string[]} one problem per unused statement action or stale allow-list entry
 */
function policyProblems(action, policy, used) {
  const unseen = UNSEEN_BY_THE_EMULATOR[action] ?? {};
  const file = `policies/${action}.json`;
  const problems = [];
  const named = new Set();
  for (const statement of policy.Statement.filter((s) => s.Effect === 'Allow')) {
    for (const pattern of [statement.Action].flat()) {
      named.add(pattern);
      if (pattern in unseen || [...used].some((a) => matches(pattern, a))) continue;
      problems.push(
        `${file} statement ${statement.Sid ?? '?'}: ${pattern} was never used by ${action} in the e2e run. ` +
          'Exercise it in an e2e test, remove it, or list it in UNSEEN_BY_THE_EMULATOR with the reason.',
      );
    }
  }
  for (const listed of Object.keys(unseen).filter((a) => !named.has(a))) {
    problems.push(`UNSEEN_BY_THE_EMULATOR lists ${listed} for ${action}, but ${file} does not grant it.`);
  }
  return problems;
}

function main() {
  const usageDir = process.env.MODELSHIP_POLICY_USAGE_DIR;
  const runFile = usageDir && path.join(usageDir, 'run.json');
  if (!runFile || !existsSync(runFile)) {
    console.error(
      'check-policy-usage: no usage recorded. Run it after jest with MODELSHIP_POLICY_USAGE_DIR set, as `npm test` does.',
    );
    return 1;
  }
  const run = JSON.parse(readFileSync(runFile, 'utf8'));
  if (!run.full) {
    console.log(
      'check-policy-usage: jest ran a subset of the tests, so unused policy statements were not checked.',
    );
    return 0;
  }
  const used = readUsage(usageDir);
  const actions = readdirSync(policyDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  const problems = actions.flatMap((action) =>
    policyProblems(
      action,
      JSON.parse(readFileSync(path.join(policyDir, `${action}.json`), 'utf8')),
      used.get(action) ?? new Set(),
    ),
  );
  for (const problem of problems) console.error(problem);
  if (!problems.length)
    console.log(`check-policy-usage: every statement of ${actions.length} policies was used in the e2e run.`);
  return problems.length ? 1 : 0;
}

process.exitCode = main();
