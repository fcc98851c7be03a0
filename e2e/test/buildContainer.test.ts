import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { sdkClientConfig } from '@modelship/emulator/testing';
import { repoRoot, runAction, type ActionRun } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

const BUILDAH = '/usr/bin/buildah';
const REGISTRY = '/usr/bin/docker-registry';
const GCC = '/usr/bin/gcc';
const available = existsSync(BUILDAH) && existsSync(REGISTRY) && existsSync(GCC);
// Under CI the builds must run: a missing buildah, registry or gcc fails these tests there instead of skipping them.
const describeBuild = available || process.env.CI === 'true' ? describe : describe.skip;
// A FROM scratch image whose `serve` is a static binary compiled here from serve.c: no base image to pull.
const FIXTURE = path.join(repoRoot, 'e2e/fixtures/ping-image');

let emulator: RunningEmulator;
let ecr: ECRClient;
let work: string;
let awsEnv: Record<string, string>;
let password: string;

beforeAll(async () => {
  emulator = await startEmulator();
  ecr = new ECRClient(sdkClientConfig(emulator));
  work = await mkdtemp(path.join(os.tmpdir(), 'modelship-build-e2e-'));
  awsEnv = {
    ...awsEnvironment(emulator),
    RUNNER_TEMP: work,
  };
  const token = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0]
    ?.authorizationToken as string;
  password = Buffer.from(token, 'base64').toString().split(':')[1] as string;
});
afterAll(async () => {
  ecr?.destroy();
  await emulator?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A copy of the fixture context in its own workspace, which a test may change, with `serve` compiled. */
async function workspaceWithFixture(name: string, defines: string[] = []): Promise<string> {
  const workspace = path.join(work, name);
  const context = path.join(workspace, 'model');
  await cp(FIXTURE, context, { recursive: true });
  const flags = defines.map((define) => `-D${define}`);
  await promisify(execFile)(GCC, ['-static', '-Os', '-s', ...flags, '-o', 'serve', 'serve.c'], {
    cwd: context,
  });
  return workspace;
}

const build = (workspace: string, inputs: Record<string, string>) =>
  runAction('build-container', {
    inputs: { context: 'model', builder: 'buildah', ...inputs },
    env: { ...awsEnv, GITHUB_WORKSPACE: workspace },
    timeoutMs: 110_000,
  });

/**
 * The password shows up once, in the `::add-mask::` command that tells the runner to hide it (the runner
 * never prints that line), before any command ran; nowhere else in stdout, stderr or the summary.
 */
function expectNoPassword(run: ActionRun): void {
  expect(password.length).toBeGreaterThan(20);
  const lines = run.stdout.split('\n');
  const maskAt = lines.indexOf(`::add-mask::${password}`);
  expect(maskAt).toBeGreaterThanOrEqual(0);
  const firstCommand = lines.findIndex((line) => line.startsWith('[command]'));
  if (firstCommand >= 0) expect(maskAt).toBeLessThan(firstCommand);
  const shown = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(shown).not.toContain(password);
  expect(run.stderr).not.toContain(password);
  expect(run.summary).not.toContain(password);
}

const describeImage = async (repositoryName: string, imageTag: string) =>
  (await ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag }] }))).imageDetails?.[0];

describeBuild('build-container with buildah, the bundled action against the emulator', () => {
  it('builds, pushes, skips the same context, and rebuilds a changed one', async () => {
    const workspace = await workspaceWithFixture('skip');
    const first = await build(workspace, { repository: 'e2e/churn', tags: 'v1' });
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    expectNoPassword(first);
    const digest = first.outputs['image-digest'] as string;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs).toMatchObject({
      skipped: 'false',
      'image-tag': 'v1',
      'image-uri': `${emulator.env.accountId}.dkr.ecr.us-east-1.amazonaws.com/e2e/churn@${digest}`,
    });
    const hash = first.outputs['context-hash'] as string;
    const described = await describeImage('e2e/churn', 'v1');
    expect(described?.imageDigest).toBe(digest);
    expect(described?.imageTags?.sort()).toEqual([`ctx-${hash}`, 'v1'].sort());
    expect(first.summary).toContain('Built and pushed e2e/churn');
    expect(first.stdout).toContain('ENTRYPOINT is exec form');
    // The image really ran: buildah started `/opt/program/serve serve` and GET /ping answered on 8080.
    expect(first.stdout).toMatch(
      /GET \/ping on port 8080 answered 200 \d+ s after the image started as `\/opt\/program\/serve serve`/,
    );
    expect(first.stdout).not.toContain('Not checked');
    expect(first.summary).toContain('SageMaker check: GET /ping on port 8080 answered 200');
    const repository = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['e2e/churn'] })))
      .repositories?.[0];
    expect(repository?.imageScanningConfiguration?.scanOnPush).toBe(true);
    const policy = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'e2e/churn' }));
    expect(JSON.parse(policy.lifecyclePolicyText as string).rules[0].selection.countNumber).toBe(50);

    // A file .dockerignore leaves out changes nothing the build sees.
    await writeFile(path.join(workspace, 'model', 'notes.md'), 'edited notes\n');
    const again = await build(workspace, { repository: 'e2e/churn', tags: 'v2' });
    expect(again.errors).toEqual([]);
    expect(again.outputs).toMatchObject({ skipped: 'true', 'image-digest': digest, 'context-hash': hash });
    expect(again.stdout).not.toContain('[command]/usr/bin/buildah');
    expect(again.summary).toContain('Build skipped');
    expect((await describeImage('e2e/churn', 'v2'))?.imageDigest).toBe(digest);
    expectNoPassword(again);

    await writeFile(path.join(workspace, 'model', 'model.txt'), 'churn model v2\n');
    const changed = await build(workspace, { repository: 'e2e/churn', tags: 'v3' });
    expect(changed.errors).toEqual([]);
    expect(changed.outputs.skipped).toBe('false');
    expect(changed.outputs['context-hash']).not.toBe(hash);
    expect(changed.outputs['image-digest']).not.toBe(digest);
    expect((await describeImage('e2e/churn', 'v3'))?.imageDigest).toBe(changed.outputs['image-digest']);
    expectNoPassword(changed);
  }, 300_000);
});

describeBuild('build-container sagemaker-check starts the image with buildah', () => {
  it('fails and pushes nothing when `serve` exits before /ping answers, showing its output', async () => {
    const workspace = await workspaceWithFixture('broken-serve', ['EXIT_AT_ONCE']);
    const run = await build(workspace, { repository: 'e2e/broken' });
    expect(run.exitCode).toBe(1);
    const error = run.errors.join('\n');
    expect(error).toContain('not pushed');
    expect(error).toContain('`/opt/program/serve serve` exited with code 3 before GET /ping answered 200');
    expect(error).toContain('model not found: /opt/ml/model/missing.bin');
    expect(error).toContain('port 8080');
    const images = await ecr.send(new DescribeImagesCommand({ repositoryName: 'e2e/broken' }));
    expect(images.imageDetails).toEqual([]);
    expectNoPassword(run);
  }, 120_000);

  it("says plainly it could not check when port 8080 already answers, tests nobody else's server, and pushes", async () => {
    const workspace = await workspaceWithFixture('port-taken');
    const other = createServer((_request, response) => response.end('someone else'));
    // Taken already (EADDRINUSE) is the same situation for the step: 8080 answers before the image starts.
    await new Promise<void>((resolve) =>
      other.once('error', () => resolve()).listen(8080, '127.0.0.1', resolve),
    );
    let run: ActionRun;
    try {
      run = await build(workspace, { repository: 'e2e/port-taken' });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'Not checked: GET /ping after `serve` was not checked: port 8080 on this runner is already in use',
    );
    expect(run.stdout).not.toContain('answered 200');
    expect(run.stdout).not.toContain('Starting the image as');
    expect(run.summary).toContain('Not checked: GET /ping');
    expect(run.outputs['image-digest']).toMatch(/^sha256:/);
  }, 120_000);
});

describe('build-container refuses bad input before any AWS call', () => {
  it('names every bad input at once, with an empty request log', async () => {
    const workspace = await workspaceWithFixture('bad');
    emulator.log.clear();
    const run = await build(workspace, {
      repository: 'Churn_Model',
      dockerfile: 'Containerfile',
      builder: 'codebuild',
      'build-args': 'not: [a, mapping',
    });
    expect(run.exitCode).toBe(1);
    const error = run.errors.join('\n');
    expect(error).toContain('Input "repository" is "Churn_Model"');
    expect(error).toContain('build-args');
    expect(emulator.log.list()).toEqual([]);

    const second = await build(workspace, {
      repository: 'churn',
      dockerfile: 'Containerfile',
      builder: 'codebuild',
    });
    const message = second.errors.join('\n');
    expect(message).toContain('Input "codebuild-project" is missing');
    expect(message).toContain('Input "dockerfile" is "Containerfile"');
    expect(emulator.log.list()).toEqual([]);
  });
});
