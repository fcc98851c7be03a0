import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BatchGetBuildsCommand, CodeBuildClient, CreateProjectCommand } from '@aws-sdk/client-codebuild';
import { DescribeImagesCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { sdkClientConfig } from '@modelship/emulator/testing';
import { repoRoot, runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

const available = existsSync('/usr/bin/buildah') && existsSync('/usr/bin/docker-registry');
// Under CI the build must run: a missing buildah or registry fails this test there instead of skipping it.
const describeBuild = available || process.env.CI === 'true' ? describe : describe.skip;

let emulator: RunningEmulator;
let ecr: ECRClient;
let codebuild: CodeBuildClient;
let work: string;
let checkout: string;
let commit: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], {
    cwd: checkout,
    encoding: 'utf8',
  }).trim();

beforeAll(async () => {
  emulator = await startEmulator();
  ecr = new ECRClient(sdkClientConfig(emulator));
  codebuild = new CodeBuildClient(sdkClientConfig(emulator));
  work = await mkdtemp(path.join(os.tmpdir(), 'modelship-build-codebuild-e2e-'));
  // The repository CodeBuild checks out, and the runner's checkout of the same commit.
  checkout = path.join(work, 'checkout');
  await cp(path.join(repoRoot, 'e2e/fixtures/tiny-image'), path.join(checkout, 'model'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'model');
  commit = git('rev-parse', 'HEAD');
  await codebuild.send(
    new CreateProjectCommand({
      name: 'image-builder',
      source: { type: 'GITHUB', location: checkout },
      artifacts: { type: 'NO_ARTIFACTS' },
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        privilegedMode: true,
      },
      serviceRole: 'arn:aws:iam::123456789012:role/codebuild-image-builder',
    }),
  );
});
afterAll(async () => {
  ecr?.destroy();
  codebuild?.destroy();
  await emulator?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describeBuild('build-container with builder codebuild, the bundled action against the emulator', () => {
  it('builds in CodeBuild at the commit, streams its log into the step, and reports the pushed digest', async () => {
    const token = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0]
      ?.authorizationToken as string;
    const password = Buffer.from(token, 'base64').toString().split(':')[1] as string;

    const run = await runAction('build-container', {
      inputs: {
        repository: 'remote/churn',
        context: 'model',
        builder: 'codebuild',
        'codebuild-project': 'image-builder',
      },
      env: {
        ...awsEnvironment(emulator),
        GITHUB_WORKSPACE: checkout,
        GITHUB_SHA: commit,
        RUNNER_TEMP: work,
      },
      timeoutMs: 110_000,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const buildId = run.outputs['codebuild-build-id'] as string;
    expect(buildId).toMatch(/^image-builder:/);
    const build = (await codebuild.send(new BatchGetBuildsCommand({ ids: [buildId] }))).builds?.[0];
    expect(build).toMatchObject({ buildStatus: 'SUCCEEDED', resolvedSourceVersion: commit });

    // The build's own log lines, from CloudWatch Logs, in the step's log.
    expect(run.stdout).toContain('Entering phase BUILD');
    expect(run.stdout).toMatch(/Building 127\.0\.0\.1:\d+\/remote\/churn:ctx-[0-9a-f]{64} with buildah/);
    expect(run.stdout).toContain('Phase complete: BUILD State: SUCCEEDED');

    const digest = run.outputs['image-digest'] as string;
    const short = commit.slice(0, 7);
    const described = (
      await ecr.send(
        new DescribeImagesCommand({ repositoryName: 'remote/churn', imageIds: [{ imageTag: short }] }),
      )
    ).imageDetails?.[0];
    expect(described?.imageDigest).toBe(digest);
    expect(run.outputs).toMatchObject({ skipped: 'false', 'image-tag': short });
    expect(run.summary).toContain(buildId);
    expect(run.summary).toContain('| Builder | codebuild |');

    const shown = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(shown).not.toContain(password);
    expect(run.stderr).not.toContain(password);
  }, 120_000);
});
