import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BatchGetBuildsCommand, CodeBuildClient, CreateProjectCommand } from '@aws-sdk/client-codebuild';
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { pollUntil, sdkClientConfig } from '@modelship/emulator/testing';
import { repoRoot } from '../../scripts/actionRunner.js';
import { awsEnvironment, ecrPassword, secretsOf } from '../awsEnvironment';
import { runScenario, ScenarioRuns } from './scenario';
import { ScenarioResults } from './scenarioResults';

const available = existsSync('/usr/bin/buildah') && existsSync('/usr/bin/docker-registry');
// Under CI the build must run: a missing buildah or registry fails it there instead of skipping it.
const describeBuild = available || process.env.CI === 'true' ? describe : describe.skip;
const RUNNER_TERMINATE_AFTER_MS = 7_500;
const BUILD_PHASE_HOLD_MS = 60_000;

let emulator: RunningEmulator;
let codebuild: CodeBuildClient;
let ecr: ECRClient;
let work: string;
let checkout: string;
let commit: string;
let secrets: Record<string, string>;
const results = new ScenarioResults('cancel-codebuild');

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], {
    cwd: checkout,
    encoding: 'utf8',
  }).trim();

beforeAll(async () => {
  // The BUILD phase of this tiny image would end within a second, before the step (which polls every
  // 3 s) has streamed its start; held this long, a cancel aimed at it lands while it is in progress.
  emulator = await startEmulator({ timing: { buildPhaseMs: BUILD_PHASE_HOLD_MS } });
  codebuild = new CodeBuildClient(sdkClientConfig(emulator));
  ecr = new ECRClient(sdkClientConfig(emulator));
  secrets = secretsOf({ 'ECR password': await ecrPassword(emulator) });
  work = await mkdtemp(path.join(os.tmpdir(), 'modelship-reliability-codebuild-'));
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
  codebuild?.destroy();
  ecr?.destroy();
  await emulator?.stop();
  await results.write();
  if (work) await rm(work, { recursive: true, force: true });
});

describeBuild('cancel build-container with builder codebuild', () => {
  it.each([
    { phase: 'build started', marker: /Started CodeBuild build/, tag: 'started', stoppedIn: undefined },
    { phase: 'BUILD phase', marker: /Entering phase BUILD/, tag: 'building', stoppedIn: 'BUILD' },
  ])(
    'cancelled at $phase: the build is stopped and no image is pushed',
    async ({ phase, marker, tag, stoppedIn }) => {
      await runScenario(
        results,
        { category: 'cancel', action: 'build-container', scenario: `CodeBuild build, cancelled at ${phase}` },
        new ScenarioRuns(awsEnvironment(emulator), secrets),
        async (runs) => {
          const run = await runs.run('build-container', {
            inputs: {
              repository: 'remote/churn',
              context: 'model',
              builder: 'codebuild',
              'codebuild-project': 'image-builder',
              tags: tag,
            },
            env: { GITHUB_WORKSPACE: checkout, GITHUB_SHA: commit, RUNNER_TEMP: work },
            cancelWhen: (out) => marker.test(out),
            terminateAfterMs: RUNNER_TERMINATE_AFTER_MS,
            timeoutMs: 150_000,
          });
          expect(run.exitCode).toBe(1);
          const id = /stopping CodeBuild build (\S+)\./.exec(run.stdout)?.[1] as string;
          expect(id).toMatch(/^image-builder:/);
          const ended = await pollUntil(
            async () => {
              const build = (await codebuild.send(new BatchGetBuildsCommand({ ids: [id] }))).builds?.[0];
              return build?.buildStatus === 'IN_PROGRESS' ? undefined : build;
            },
            30_000,
            `build ${id} to end`,
          );
          const status = ended.buildStatus;
          expect(status).toBe('STOPPED');
          if (stoppedIn) {
            expect(ended.phases?.find((p) => p.phaseType === stoppedIn)?.phaseStatus).toBe('STOPPED');
          }
          await expect(
            ecr.send(
              new DescribeImagesCommand({ repositoryName: 'remote/churn', imageIds: [{ imageTag: tag }] }),
            ),
          ).rejects.toThrow(/ImageNotFound|does not exist|RepositoryNotFound/);
          return { note: `build ${id} ${status}` };
        },
      );
    },
    200_000,
  );
});
