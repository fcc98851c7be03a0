// The workflow linter (scripts/lint-workflows.js): every workflow and example passes it, and each of its
// checks catches the mistake it is there for.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionInputProblems, lintWorkflow, workflowFiles } from '../scripts/lint-workflows.js';
import { ownPathOf } from '../scripts/workflowPaths.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = workflowFiles().map((file: string) => path.relative(root, file));

const workflow = (...steps: string[]) =>
  ['on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', ...steps].join('\n');

describe('the workflows and the examples pass the linter', () => {
  it('lints both folders', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/github-flow.yml',
        '.github/workflows/gitflow.yml',
        'examples/workflows/pr-checks.yml',
        'examples/workflows/release.yml',
        'examples/workflows/retrain.yml',
        'examples/workflows/github-flow.yml',
        'examples/workflows/gitflow.yml',
      ]),
    );
  });

  it.each(files)('%s', async (name) => {
    expect(await lintWorkflow(readFileSync(path.join(root, name), 'utf8'), name)).toEqual([]);
  });
});

describe("uses: of this repository's actions and workflows", () => {
  it.each([
    ['./actions/train', 'actions/train'],
    ['./.github/workflows/gitflow.yml', '.github/workflows/gitflow.yml'],
    ['OWNER/modelship/actions/train@v1', 'actions/train'],
    [
      'acme-ml/modelship/actions/deploy-endpoint@0123456789abcdef0123456789abcdef01234567',
      'actions/deploy-endpoint',
    ],
    ['acme/modelship/.github/workflows/github-flow.yml@v1', '.github/workflows/github-flow.yml'],
  ])('%s is %s', (uses, own) => {
    expect(ownPathOf(uses)).toBe(own);
  });

  it.each([
    'actions/checkout@v4',
    'acme/modelship-fork/actions/train@v1',
    'OWNER/modelship/actions/train',
    'docker://alpine',
  ])('%s is not ours', (uses) => {
    expect(ownPathOf(uses)).toBeUndefined();
  });
});

describe('input check', () => {
  it('catches an unknown input (with a did-you-mean), a missing required input and a missing action', () => {
    const text = workflow(
      '      - uses: ./actions/build-container',
      '        with:',
      '          repositry: churn',
      '      - uses: ./actions/nope',
      '      - uses: actions/checkout@v4',
    );
    expect(actionInputProblems(text)).toEqual([
      {
        line: 8,
        col: 11,
        message: './actions/build-container has no input "repositry"; did you mean "repository"?',
      },
      { line: 6, col: 9, message: './actions/build-container requires input "repository", which is not set' },
      { line: 9, col: 9, message: './actions/nope has no action.yml' },
    ]);
  });

  it('checks OWNER/modelship/actions/<x>@<ref> steps of any owner against actions/<x>/action.yml', () => {
    const text = workflow(
      '      - uses: acme/modelship/actions/rollback@v1',
      '        with:',
      '          endpoint-name: churn',
      '          reasn: smoke test failed',
      '      - uses: OWNER/modelship/actions/deploy-endpoint@v1',
      '        with:',
      '          endpoint-name: churn',
      '          instance-typ: ml.m5.large',
      '          totally-unrelated: x',
    );
    expect(actionInputProblems(text).map((p: { message: string }) => p.message)).toEqual([
      'acme/modelship/actions/rollback@v1 has no input "reasn"; did you mean "reason"?',
      'OWNER/modelship/actions/deploy-endpoint@v1 has no input "instance-typ"; did you mean "instance-type"?',
      'OWNER/modelship/actions/deploy-endpoint@v1 has no input "totally-unrelated"; see its action.yml',
    ]);
  });

  it('checks a job calling one of the reusable workflows against its workflow_call inputs', () => {
    const text = [
      'on: push',
      'jobs:',
      '  ship:',
      '    uses: OWNER/modelship/.github/workflows/github-flow.yml@v1',
      '    with:',
      '      repository: churn',
      '      role-arn: arn:aws:iam::123456789012:role/deploy',
      '      production-endpoint-name: churn-prod',
    ].join('\n');
    expect(actionInputProblems(text)).toEqual([
      {
        line: 8,
        col: 7,
        message:
          'OWNER/modelship/.github/workflows/github-flow.yml@v1 has no input "production-endpoint-name"; did you mean "production-endpoint"?',
      },
      {
        line: 4,
        col: 5,
        message:
          'OWNER/modelship/.github/workflows/github-flow.yml@v1 requires input "sagemaker-role-arn", which is not set',
      },
    ]);
  });

  it('reports an input problem and an actionlint problem of the same file, each with its position', async () => {
    const text = workflow(
      '      - run: echo ${{ github.evnt.ref }}',
      '      - uses: OWNER/modelship/actions/rollback@v1',
      '        with: { endpoint-nam: churn }',
    );
    const findings = await lintWorkflow(text, 'bad.yml');
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad\.yml:6:\d+: .*evnt.* \[actionlint [\w-]+\]$/),
        expect.stringMatching(
          /^bad\.yml:8:\d+: OWNER\/modelship\/actions\/rollback@v1 has no input "endpoint-nam"; did you mean "endpoint-name"\? \[inputs\]$/,
        ),
      ]),
    );
  });
});
