// The local workflow runner behind `npm start` (scripts/localRunner): a workflow of run: steps run end to
// end, and the rules it follows one by one — workflow commands, input typing, job order, own actions'
// inputs, the image stand-in, the story's verdict.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commandLineHandler, Masker, parseCommand } from '../scripts/localRunner/workflowCommands.js';
import { calledWorkflowInputs } from '../scripts/localRunner/reusableWorkflowInputs.js';
import { ancestorsOf, orderByNeeds } from '../scripts/localRunner/jobOrder.js';
import { actionInputVariables, ownActionPath } from '../scripts/localRunner/ownActionStep.js';
import { imageName, withImageStandIn } from '../scripts/localRunner/imageStandIns.js';
import { surprisesOf } from '../scripts/localRunner/runReport.js';
import { runWorkflow } from '../scripts/localRunner/workflowRunner.js';

const CALLED = `name: called
on:
  workflow_call:
    inputs:
      who: { type: string, required: true }
      loud: { type: boolean, default: false }
env:
  TOP: top-level
defaults:
  run:
    working-directory: sub
jobs:
  produce:
    runs-on: ubuntu-latest
    outputs:
      greeting: \${{ steps.say.outputs.greeting }}
    steps:
      - id: say
        env:
          WHO: \${{ inputs.loud && format('{0}!', inputs.who) || inputs.who }}
        run: |
          echo "greeting=hello $WHO" >> "$GITHUB_OUTPUT"
          echo "LATER=from-env-file" >> "$GITHUB_ENV"
          echo "::add-mask::s3cr3t"
          echo "the secret is s3cr3t"
          echo "::group::Details"
          echo "::error file=a.py,line=3::broken%0Aon two lines"
          echo "::endgroup::"
      - run: echo "later sees $LATER in $(basename "$PWD") with $TOP"
      - if: failure()
        run: echo never
  consume:
    needs: produce
    runs-on: ubuntu-latest
    steps:
      - env:
          GREETING: \${{ needs.produce.outputs.greeting }}
        run: |
          echo "consumed $GREETING"
          exit 3
      - if: always()
        run: echo cleanup
  after-failure:
    needs: consume
    if: failure()
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: echo handling
  after-success:
    needs: consume
    runs-on: ubuntu-latest
    steps:
      - run: echo unreachable
`;
const CALLER = `name: caller
on: push
jobs:
  pipeline:
    uses: ./.github/workflows/called.yml
    with:
      who: world
      loud: true
`;

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-local-runner-'));
  await mkdir(path.join(workspace, '.github/workflows'), { recursive: true });
  await mkdir(path.join(workspace, 'sub'));
  await writeFile(path.join(workspace, '.github/workflows/called.yml'), CALLED);
  await writeFile(path.join(workspace, '.github/workflows/caller.yml'), CALLER);
});
afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('a workflow run', () => {
  it('runs jobs in needs order with outputs, env files, masks, status functions and approvals', async () => {
    const printed: string[] = [];
    let clock = 0;
    const runDir = path.join(workspace, 'run');
    const jobs = await runWorkflow(
      path.join(workspace, '.github/workflows/caller.yml'),
      { github: { event_name: 'push', ref: 'refs/heads/main', event: {} }, vars: {} },
      {
        runDir,
        environments: { production: { reviewers: ['@octo/leads'] } },
        print: (line: string) => printed.push(line),
        job: {
          workspace,
          baseEnv: { PATH: process.env.PATH ?? '', HOME: workspace },
          masker: new Masker(),
          aws: { url: '', region: 'us-east-1', accountId: '1', accessKeyId: 'a', secretAccessKey: 'b' },
          now: () => (clock += 1000),
        },
      },
    );
    const byName = Object.fromEntries(jobs.map((job) => [job.name, job]));
    expect(Object.keys(byName)).toEqual([
      'pipeline / produce',
      'pipeline / consume',
      'pipeline / after-failure',
      'pipeline / after-success',
    ]);
    expect(byName['pipeline / produce']).toMatchObject({
      result: 'success',
      outputs: { greeting: 'hello world!' },
    });
    expect(byName['pipeline / produce']?.steps.map((s: { outcome: string }) => s.outcome)).toEqual([
      'success',
      'success',
      'skipped',
    ]);
    expect(byName['pipeline / consume']?.result).toBe('failure');
    expect(byName['pipeline / consume']?.steps.map((s: { outcome: string }) => s.outcome)).toEqual([
      'failure',
      'success',
    ]);
    expect(byName['pipeline / after-failure']?.result).toBe('success');
    expect(byName['pipeline / after-failure']?.notes.join()).toContain(
      'review by @octo/leads; approved automatically',
    );
    expect(byName['pipeline / after-success']).toMatchObject({
      result: 'skipped',
      why: 'needs consume (failure)',
    });

    const log = await readFile(path.join(runDir, 'pipeline--produce/log.txt'), 'utf8');
    expect(log).toContain('the secret is ***');
    // The script itself is shown before it runs (as the runner shows it); from its output on, masked.
    expect(log.slice(log.indexOf('##[endgroup]'))).not.toContain('s3cr3t');
    expect(log).toContain('##[group]Details');
    expect(log).toContain('##[error]broken\non two lines');
    expect(log).toContain('later sees from-env-file in sub with top-level');
    expect(printed.join('\n')).toContain('consumed hello world!');
    expect(printed.join('\n')).toContain('##[error]Process completed with exit code 3.');
  });
});

describe('workflow commands', () => {
  it('decodes data and properties as the runner does', () => {
    expect(parseCommand('::warning file=a%3Ab.py,title=x%2Cy::50%25%0Adone')).toEqual({
      name: 'warning',
      properties: { file: 'a:b.py', title: 'x,y' },
      data: '50%\ndone',
    });
    expect(parseCommand('plain text')).toBeUndefined();
  });

  it('masks every line of a multi-line secret, hides debug, and obeys stop-commands', () => {
    const masker = new Masker();
    const annotations: Array<{ level: string; message: string }> = [];
    const handle = commandLineHandler({ masker, annotations });
    expect(handle('::add-mask::first%0Asecond')).toBeUndefined();
    expect(handle('first and second')).toBe('*** and ***');
    expect(handle('::debug::quiet')).toBeUndefined();
    expect(handle('::stop-commands::tok')).toBeUndefined();
    expect(handle('::error::not a command now')).toBe('::error::not a command now');
    expect(handle('::tok::')).toBeUndefined();
    expect(handle('::notice::back')).toBe('##[notice]back');
    expect(annotations).toEqual([{ level: 'notice', message: 'back', properties: {} }]);
  });
});

describe('reusable workflow inputs', () => {
  const declared = {
    name: { type: 'string', required: true },
    train: { type: 'boolean', default: false },
    count: { type: 'number', default: 2 },
  };

  it('types the given values and fills in defaults', () => {
    expect(calledWorkflowInputs(declared, { name: 'churn', train: 'true' }, 'flow.yml')).toEqual({
      name: 'churn',
      train: true,
      count: 2,
    });
  });

  it('names every unknown and missing input at once', () => {
    expect(() => calledWorkflowInputs(declared, { nmae: 'x' }, 'flow.yml')).toThrow(
      /calling flow\.yml: input nmae is not declared .*; input name is required/,
    );
  });
});

describe('job order', () => {
  const jobs = [
    { id: 'deploy', needs: ['build', 'train'] },
    { id: 'train', needs: ['build'] },
    { id: 'build', needs: [] },
  ];

  it('runs every job after the jobs it needs', () => {
    expect(orderByNeeds(jobs).map((job) => job.id)).toEqual(['build', 'train', 'deploy']);
    expect(ancestorsOf('deploy', jobs).sort()).toEqual(['build', 'train']);
  });

  it('refuses a cycle and a need that is no job', () => {
    expect(() =>
      orderByNeeds([
        { id: 'a', needs: ['b'] },
        { id: 'b', needs: ['a'] },
      ]),
    ).toThrow('jobs need each other in a cycle: a -> b -> a');
    expect(() => orderByNeeds([{ id: 'a', needs: ['z'] }])).toThrow('job a needs z, which is not a job');
  });
});

describe("this repository's actions", () => {
  it('recognises ./actions/x and <owner>/modelship/actions/x@ref only', () => {
    expect(ownActionPath('./actions/train')).toBe('actions/train');
    expect(ownActionPath('octo/modelship/actions/deploy-endpoint@v1')).toBe('actions/deploy-endpoint');
    expect(ownActionPath('actions/checkout@v4')).toBeUndefined();
  });

  it('sets every declared input, defaults evaluated, and names the undeclared ones', () => {
    const metadata = { inputs: { 'github-token': { default: '${{ github.token }}' }, 'dry run': {} } };
    const { variables, unexpected } = actionInputVariables(
      metadata,
      { 'dry run': 'true', extra: 'x' },
      { github: { token: 'ghs_abc' } },
    );
    expect(variables).toEqual({ 'INPUT_GITHUB-TOKEN': 'ghs_abc', INPUT_DRY_RUN: 'true' });
    expect(unexpected).toEqual(['extra']);
  });
});

describe('image stand-in', () => {
  it('serves a bound local-image with its command on a free port, and says so', async () => {
    const said: string[] = [];
    const inputs = await withImageStandIn(
      { tests: 't/*.yml', 'local-image': '1.dkr.ecr.us-east-1.amazonaws.com/churn-model@sha256:ab' },
      { 'churn-model': { entrypoint: ['python3', 'model.py'], cwd: '/repo/examples/churn-model' } },
      '/repo',
      (line: string) => said.push(line),
    );
    expect(inputs['local-image']).toBeUndefined();
    const port = new URL(inputs['local-url'] as string).port;
    expect(inputs['local-command']).toBe(
      `env SAGEMAKER_BIND_TO_PORT=${port} python3 examples/churn-model/model.py serve`,
    );
    expect(said[0]).toContain('is served as the emulator serves it');
    expect(imageName('localhost:5000/team/churn-model:v1')).toBe('churn-model');
  });

  it('leaves an image without a binding to the container runtime', async () => {
    const inputs = { 'local-image': 'other:latest' };
    expect(await withImageStandIn(inputs, {}, '/repo', () => {})).toBe(inputs);
  });
});

describe("the story's verdict", () => {
  it('names each job that did not end as its events file expects', () => {
    const runs = [
      {
        scenario: { file: '4-v3.json', expect: { 'deploy-production': 'failure', rollback: 'skipped' } },
        jobs: [
          { name: 'pipeline / deploy-production', result: 'failure' },
          { name: 'pipeline / rollback', result: 'success' },
        ],
      },
    ];
    expect(surprisesOf(runs)).toEqual(['4-v3.json: rollback ended success, expected skipped']);
  });
});
