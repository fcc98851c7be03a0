// Hardening rules (scripts/workflowHardening.js) hold for every workflow and example, and each rule fails
// on a sample that breaks it.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { workflowFiles } from '../scripts/lint-workflows.js';
import {
  deployConcurrency,
  hardeningProblems,
  leastPermissions,
  noPullRequestTarget,
  noUntrustedInterpolation,
  pinnedThirdPartyActions,
} from '../scripts/workflowHardening.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = workflowFiles().map((file: string) => path.relative(root, file));
const messagesOf = (problems: Array<{ message: string }>) => problems.map((p) => p.message);

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';
const AWS_LOGIN = {
  uses: 'aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502',
  with: { 'role-to-assume': '${{ inputs.role-arn }}', 'aws-region': 'us-east-1' },
};
const DEPLOY = {
  uses: 'OWNER/modelship/actions/deploy-endpoint@v1',
  with: { 'endpoint-name': "${{ inputs.endpoint || 'churn-production' }}", image: 'x' },
};
const GROUP = "modelship-${{ inputs.endpoint || 'churn-production' }}";

/** A workflow that follows every rule; each bad sample below breaks one thing in it. */
const good = () => ({
  on: { pull_request: {}, push: { branches: ['main'] } },
  permissions: { contents: 'read' },
  jobs: {
    test: { 'runs-on': 'ubuntu-latest', steps: [{ uses: CHECKOUT }, { run: 'npm test' }] },
    deploy: {
      'runs-on': 'ubuntu-latest',
      permissions: { 'id-token': 'write' },
      concurrency: { group: GROUP, 'cancel-in-progress': false },
      steps: [
        AWS_LOGIN,
        DEPLOY,
        {
          name: 'Say which ref',
          env: { REF: '${{ github.head_ref }}' },
          run: 'echo "$REF ${{ github.sha }}"',
        },
      ],
    },
  },
});

describe.each(files)('%s', (name) => {
  it('follows every hardening rule', () => {
    const workflow = YAML.parse(readFileSync(path.join(root, name), 'utf8'));
    expect(messagesOf(hardeningProblems(workflow))).toEqual([]);
  });
});

describe('the sample that follows every rule', () => {
  it('passes', () => {
    expect(hardeningProblems(good())).toEqual([]);
  });
});

describe('never pull_request_target', () => {
  it.each([
    ['a string', 'pull_request_target'],
    ['a list', ['push', 'pull_request_target']],
    ['a mapping', { pull_request_target: { types: ['opened'] } }],
  ])('fails on %s', (_form, on) => {
    expect(messagesOf(noPullRequestTarget({ ...good(), on }))).toEqual([
      expect.stringContaining('triggers on pull_request_target'),
    ]);
  });
});

describe('third-party actions pinned by a full commit SHA', () => {
  it.each([
    ['a major tag', 'actions/checkout@v4'],
    ['a branch', 'actions/checkout@main'],
    ['a short SHA', 'actions/checkout@11bd719'],
    ['a repository named like modelship', 'acme/modelship-tools/actions/x@v1'],
    ['an image without digest', 'docker://alpine:3.20'],
  ])('fails on %s', (_what, uses) => {
    const workflow = good();
    workflow.jobs.test.steps[0] = { uses };
    expect(messagesOf(pinnedThirdPartyActions(workflow))).toEqual([
      `job test, step "${uses}" uses ${uses}, not pinned by a full commit SHA (or image digest)`,
    ]);
  });

  it('fails on a reusable workflow of another repository called by tag', () => {
    const workflow = { ...good(), jobs: { ship: { uses: 'acme/pipelines/.github/workflows/x.yml@v2' } } };
    expect(messagesOf(pinnedThirdPartyActions(workflow))).toEqual([
      'job ship uses acme/pipelines/.github/workflows/x.yml@v2, not pinned by a full commit SHA (or image digest)',
    ]);
  });

  it("accepts this repository's actions and workflows by tag, local paths and image digests", () => {
    const workflow = good();
    workflow.jobs.test.steps.push(
      { uses: './actions/train' },
      { uses: 'acme/modelship/actions/rollback@v1' },
      { uses: `docker://alpine@sha256:${'a'.repeat(64)}` },
    );
    expect(pinnedThirdPartyActions(workflow)).toEqual([]);
  });
});

describe('least permissions', () => {
  it('fails on a job without permissions when the workflow declares none', () => {
    const { permissions: _none, ...workflow } = good();
    expect(messagesOf(leastPermissions(workflow))).toEqual([
      'job test has no permissions, at job or workflow level, so it gets the defaults',
    ]);
  });

  it('fails on id-token: write for a job that never calls AWS', () => {
    const workflow = good();
    Object.assign(workflow.jobs.test, { permissions: { contents: 'read', 'id-token': 'write' } });
    expect(messagesOf(leastPermissions(workflow))).toEqual([
      'job test never calls AWS, yet it asks for id-token: write',
    ]);
  });

  it.each([['write-all'], [{ contents: 'read', 'id-token': 'write' }]])(
    'fails on a workflow-level grant of %j reaching a job that never calls AWS',
    (permissions) => {
      expect(messagesOf(leastPermissions({ ...good(), permissions }))).toEqual([
        'job test never calls AWS, yet the workflow grants it id-token: write',
      ]);
    },
  );

  it('accepts id-token: write on a job that calls a modelship pipeline', () => {
    const workflow = {
      ...good(),
      jobs: {
        ship: {
          uses: 'OWNER/modelship/.github/workflows/gitflow.yml@v1',
          permissions: { 'id-token': 'write' },
        },
      },
    };
    expect(leastPermissions(workflow)).toEqual([]);
  });
});

describe('no untrusted values interpolated into scripts', () => {
  it.each([
    ['github.event.pull_request.title'],
    ["github.event['head_commit'].message"],
    ['github.head_ref'],
    ['github.ref_name'],
    ['inputs.unit-test-command'],
    ['steps.meta.outputs.tag'],
  ])('fails on ${{ %s }} in run:', (expression) => {
    const workflow = good();
    workflow.jobs.test.steps[1] = { run: `echo "\${{ ${expression} }}"` };
    expect(messagesOf(noUntrustedInterpolation(workflow))).toEqual([
      `job test, step "step 2" interpolates \${{ ${expression} }} into its script; pass it through env:`,
    ]);
  });

  it('fails on an untrusted value in an actions/github-script script', () => {
    const workflow = good();
    workflow.jobs.test.steps[1] = {
      uses: 'actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea',
      with: { script: 'core.info("${{ github.event.issue.title }}")' },
    } as never;
    expect(messagesOf(noUntrustedInterpolation(workflow))).toEqual([
      expect.stringContaining('interpolates ${{ github.event.issue.title }} into its script'),
    ]);
  });
});

describe('deploys hold a concurrency group per endpoint', () => {
  it('fails on a deploy job without concurrency', () => {
    const workflow = good();
    delete (workflow.jobs.deploy as { concurrency?: unknown }).concurrency;
    expect(messagesOf(deployConcurrency(workflow))).toEqual([
      `job deploy changes endpoint ${DEPLOY.with['endpoint-name']} without a concurrency group keyed by it (group: none)`,
    ]);
  });

  it('fails on a group not keyed by the endpoint', () => {
    const workflow = good();
    workflow.jobs.deploy.concurrency = { group: 'deploy-${{ github.ref }}', 'cancel-in-progress': false };
    expect(messagesOf(deployConcurrency(workflow))).toEqual([
      expect.stringContaining('(group: deploy-github.ref)'),
    ]);
  });

  it('fails on a rollback and on an endpoint deleted by the AWS CLI outside a group', () => {
    const workflow = good();
    workflow.jobs.test.steps.push(
      { uses: 'OWNER/modelship/actions/rollback@v1', with: { 'endpoint-name': 'churn-staging' } } as never,
      {
        env: { ENDPOINT: 'churn-pr-7' },
        run: 'aws sagemaker delete-endpoint --endpoint-name "$ENDPOINT"',
      } as never,
    );
    expect(messagesOf(deployConcurrency(workflow))).toEqual([
      'job test changes endpoint churn-staging without a concurrency group keyed by it (group: none)',
      'job test changes endpoint churn-pr-7 without a concurrency group keyed by it (group: none)',
    ]);
  });

  it('fails on a deployment that does not name its endpoint', () => {
    const workflow = good();
    workflow.jobs.deploy.steps[1] = { uses: DEPLOY.uses, with: { image: 'x' } } as never;
    expect(messagesOf(deployConcurrency(workflow))).toEqual([
      'job deploy changes an endpoint it does not name, so no concurrency group can guard it',
    ]);
  });

  it('leaves a plan alone: it changes nothing', () => {
    const workflow = good();
    delete (workflow.jobs.deploy as { concurrency?: unknown }).concurrency;
    workflow.jobs.deploy.steps[1] = { ...DEPLOY, with: { ...DEPLOY.with, mode: 'plan' } } as never;
    expect(deployConcurrency(workflow)).toEqual([]);
  });
});
