import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  BatchGetBuildsCommand,
  BatchGetProjectsCommand,
  type Build,
  CodeBuildClient,
  CreateProjectCommand,
  type CreateProjectCommandInput,
  DeleteProjectCommand,
  ListBuildsForProjectCommand,
  ListProjectsCommand,
  StartBuildCommand,
  type StartBuildCommandInput,
  StopBuildCommand,
  UpdateProjectCommand,
} from '@aws-sdk/client-codebuild';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startEmulator, type RunningEmulator } from '../src';
import { processIsAlive } from './echoModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { zipOf } from './zipFixture';

const PHASES = [
  'SUBMITTED',
  'QUEUED',
  'PROVISIONING',
  'DOWNLOAD_SOURCE',
  'INSTALL',
  'PRE_BUILD',
  'BUILD',
  'POST_BUILD',
  'UPLOAD_ARTIFACTS',
  'FINALIZING',
  'COMPLETED',
];

const REPO_BUILDSPEC = `version: 0.2
env:
  variables:
    GREETING: from-buildspec
    OVERRIDDEN: buildspec
phases:
  install:
    commands:
      - echo "installing"
  build:
    commands:
      - cat message.txt
      - echo "resolved=$CODEBUILD_RESOLVED_SOURCE_VERSION number=$CODEBUILD_BUILD_NUMBER id=$CODEBUILD_BUILD_ID"
      - echo "greeting=$GREETING overridden=$OVERRIDDEN project=$PROJECT_VAR region=$AWS_REGION"
      - cd subdir
      - echo "now in $(basename "$PWD")"
      - echo "src=$CODEBUILD_SRC_DIR"
    finally:
      - echo "build finally ran"
artifacts:
  files:
    - '**/*'
`;

let emulator: RunningEmulator;
let codebuild: CodeBuildClient;
let logs: CloudWatchLogsClient;
let s3: S3Client;
let workDir: string;
let repo: string;
let firstCommit: string;
let secondCommit: string;

function git(args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
}

beforeAll(async () => {
  // At 300x a build's 5-minute timeout passes in 1 s, and the default 60 in 12 s.
  emulator = await startEmulator({ timing: { timeScale: 300 } });
  codebuild = new CodeBuildClient(sdkClientConfig(emulator));
  logs = new CloudWatchLogsClient(sdkClientConfig(emulator));
  s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'codebuild-test-'));
  repo = path.join(workDir, 'repo');
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', repo]);
  writeFileSync(path.join(repo, 'buildspec.yml'), REPO_BUILDSPEC);
  writeFileSync(path.join(repo, 'message.txt'), 'message of the first commit\n');
  execFileSync('mkdir', ['-p', path.join(repo, 'subdir')]);
  writeFileSync(path.join(repo, 'subdir', 'keep'), '');
  git(['add', '.']);
  git(['commit', '--quiet', '-m', 'first']);
  firstCommit = git(['rev-parse', 'HEAD']);
  writeFileSync(path.join(repo, 'message.txt'), 'message of the second commit\n');
  git(['commit', '--quiet', '-am', 'second']);
  secondCommit = git(['rev-parse', 'HEAD']);
});
afterAll(async () => {
  await emulator.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const projectRequest = (
  name: string,
  extra: Partial<CreateProjectCommandInput> = {},
): CreateProjectCommandInput => ({
  name,
  source: { type: 'GITHUB', location: repo },
  artifacts: { type: 'NO_ARTIFACTS' },
  environment: {
    type: 'LINUX_CONTAINER',
    image: 'aws/codebuild/standard:7.0',
    computeType: 'BUILD_GENERAL1_SMALL',
    environmentVariables: [
      { name: 'PROJECT_VAR', value: 'from-project' },
      { name: 'OVERRIDDEN', value: 'project' },
    ],
  },
  serviceRole: 'arn:aws:iam::123456789012:role/codebuild-role',
  ...extra,
});

const inlineProject = (name: string, buildspec: string) =>
  codebuild.send(
    new CreateProjectCommand(projectRequest(name, { source: { type: 'NO_SOURCE', buildspec } })),
  );

const getBuild = async (id: string): Promise<Build> => {
  const answer = await codebuild.send(new BatchGetBuildsCommand({ ids: [id] }));
  return answer.builds?.[0] as Build;
};
const untilComplete = (id: string, timeoutMs = 15_000) =>
  pollUntil(
    async () => {
      const build = await getBuild(id);
      return build.buildComplete ? build : undefined;
    },
    timeoutMs,
    `build ${id} to complete`,
  );
const startBuild = async (input: StartBuildCommandInput) =>
  (await codebuild.send(new StartBuildCommand(input))).build as Build;
const logLines = async (build: Build) => {
  const events = await logs.send(
    new GetLogEventsCommand({
      logGroupName: build.logs?.groupName,
      logStreamName: build.logs?.streamName,
      startFromHead: true,
    }),
  );
  return events.events?.map((e) => e.message as string) ?? [];
};
const phase = (build: Build, type: string) => build.phases?.find((p) => p.phaseType === type);
const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail');
};

describe('CodeBuild builds', () => {
  it('builds a local git repository at its first commit, phase by phase, logging to CloudWatch Logs', async () => {
    await codebuild.send(new CreateProjectCommand(projectRequest('repo-build')));
    const started = await startBuild({
      projectName: 'repo-build',
      sourceVersion: firstCommit,
      environmentVariablesOverride: [{ name: 'OVERRIDDEN', value: 'override', type: 'PLAINTEXT' }],
    });
    expect(started.id).toMatch(/^repo-build:[0-9a-f-]{36}$/);
    expect(started.arn).toBe(`arn:aws:codebuild:us-east-1:${emulator.env.accountId}:build/${started.id}`);
    expect(started.buildNumber).toBe(1);
    expect(started.buildStatus).toBe('IN_PROGRESS');
    expect(started.buildComplete).toBe(false);
    expect(started.logs?.groupName).toBe('/aws/codebuild/repo-build');
    expect(started.logs?.streamName).toBe(started.id?.split(':')[1]);
    expect(started.logs?.deepLink).toContain('logEvent:group=');

    const build = await untilComplete(started.id as string);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(build.currentPhase).toBe('COMPLETED');
    expect(build.phases?.map((p) => p.phaseType)).toEqual(PHASES);
    for (const p of build.phases?.slice(0, -1) ?? []) {
      expect([p.phaseType, p.phaseStatus]).toEqual([p.phaseType, 'SUCCEEDED']);
      expect(p.endTime?.getTime()).toBeGreaterThanOrEqual(p.startTime?.getTime() as number);
      expect(typeof p.durationInSeconds).toBe('number');
    }
    expect(build.sourceVersion).toBe(firstCommit);
    expect(build.resolvedSourceVersion).toBe(firstCommit);
    expect(build.endTime).toBeInstanceOf(Date);

    const lines = await logLines(build);
    expect(lines).toContain('message of the first commit');
    expect(lines).not.toContain('message of the second commit');
    expect(lines).toContain(`resolved=${firstCommit} number=1 id=${build.id}`);
    // The start call's override beats the project's variable, which beats the buildspec's.
    expect(lines).toContain(
      'greeting=from-buildspec overridden=override project=from-project region=us-east-1',
    );
    expect(lines).toContain('now in subdir');
    const srcDir = lines.find((line) => line.startsWith('src='))?.slice('src='.length) as string;
    expect(srcDir).toContain('modelship-codebuild-');
    expect(existsSync(srcDir)).toBe(false);
    expect(lines).toContain('build finally ran');
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[Container\] \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{6} Entering phase BUILD$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/Running command cat message\.txt$/));
    expect(lines).toContainEqual(expect.stringMatching(/Phase complete: BUILD State: SUCCEEDED$/));
    const order = [
      'Entering phase INSTALL',
      'installing',
      'Entering phase BUILD',
      'message of the first commit',
    ];
    const positions = order.map((text) => lines.findIndex((line) => line.endsWith(text)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.every((p) => p >= 0)).toBe(true);
  });

  it('builds a branch by name from a file:// location, resolving it to the commit', async () => {
    const started = await startBuild({
      projectName: 'repo-build',
      sourceVersion: 'main',
      sourceLocationOverride: pathToFileURL(repo).href,
    });
    expect(started.buildNumber).toBe(2);
    const build = await untilComplete(started.id as string);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(build.resolvedSourceVersion).toBe(secondCommit);
    expect(await logLines(build)).toContain('message of the second commit');
    const listed = await codebuild.send(new ListBuildsForProjectCommand({ projectName: 'repo-build' }));
    expect(listed.ids?.[0]).toBe(build.id);
    expect(listed.ids).toHaveLength(2);
  });

  it('fails the BUILD phase on a failing command, still runs POST_BUILD, and logs the output', async () => {
    await inlineProject(
      'failing-build',
      `version: 0.2
phases:
  build:
    commands:
      - echo "about to fail"
      - echo "failure details" >&2; exit 3
      - echo "never runs"
  post_build:
    commands:
      - echo "post build ran, succeeding=$CODEBUILD_BUILD_SUCCEEDING"
`,
    );
    const started = await startBuild({ projectName: 'failing-build' });
    const build = await untilComplete(started.id as string);
    expect(build.buildStatus).toBe('FAILED');
    expect(build.phases?.map((p) => p.phaseType)).toEqual(PHASES);
    const failed = phase(build, 'BUILD');
    expect(failed?.phaseStatus).toBe('FAILED');
    expect(failed?.contexts?.[0]?.statusCode).toBe('COMMAND_EXECUTION_ERROR');
    expect(failed?.contexts?.[0]?.message).toBe(
      'Error while executing command: echo "failure details" >&2; exit 3. Reason: exit status 3',
    );
    expect(phase(build, 'POST_BUILD')?.phaseStatus).toBe('SUCCEEDED');
    const lines = await logLines(build);
    expect(lines).toContain('about to fail');
    expect(lines).toContain('failure details');
    expect(lines).toContain('post build ran, succeeding=0');
    expect(lines).not.toContain('never runs');
    expect(lines).toContainEqual(expect.stringMatching(/Phase complete: BUILD State: FAILED$/));
  });

  it('skips to FINALIZING when PRE_BUILD fails, and runs its finally block', async () => {
    await inlineProject(
      'failing-pre-build',
      `version: 0.2
phases:
  pre_build:
    commands:
      - "false"
    finally:
      - echo "pre_build finally ran"
  build:
    commands:
      - echo "build must not run"
`,
    );
    const started = await startBuild({ projectName: 'failing-pre-build' });
    const build = await untilComplete(started.id as string);
    expect(build.buildStatus).toBe('FAILED');
    expect(build.phases?.map((p) => p.phaseType)).toEqual([
      'SUBMITTED',
      'QUEUED',
      'PROVISIONING',
      'DOWNLOAD_SOURCE',
      'INSTALL',
      'PRE_BUILD',
      'FINALIZING',
      'COMPLETED',
    ]);
    const lines = await logLines(build);
    expect(lines).toContain('pre_build finally ran');
    expect(lines).not.toContain('build must not run');
  });

  it('stops a long-running command within a couple of seconds and kills its processes', async () => {
    await inlineProject(
      'long-build',
      `version: 0.2
phases:
  build:
    commands:
      - sleep 30 & echo $! > "$PID_FILE"; wait
`,
    );
    const pidFile = path.join(workDir, 'sleep.pid');
    const started = await startBuild({
      projectName: 'long-build',
      environmentVariablesOverride: [{ name: 'PID_FILE', value: pidFile }],
    });
    const pid = await pollUntil(
      async () =>
        existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) || undefined : undefined,
      10_000,
      'the build command to write its pid',
    );
    expect(processIsAlive(pid)).toBe(true);
    const stopAt = Date.now();
    const stopped = await codebuild.send(new StopBuildCommand({ id: started.id }));
    expect(stopped.build?.id).toBe(started.id);
    const build = await untilComplete(started.id as string, 3_000);
    expect(Date.now() - stopAt).toBeLessThan(3_000);
    expect(build.buildStatus).toBe('STOPPED');
    expect(phase(build, 'BUILD')?.phaseStatus).toBe('STOPPED');
    expect(build.phases?.map((p) => p.phaseType).slice(-2)).toEqual(['FINALIZING', 'COMPLETED']);
    await pollUntil(async () => (processIsAlive(pid) ? undefined : true), 2_000, `process ${pid} to be gone`);
  });

  it('times a build out after timeoutInMinutes, scaled, and kills its command', async () => {
    await inlineProject(
      'slow-build',
      'version: 0.2\nphases:\n  build:\n    commands:\n      - sleep 30 & echo $! > "$PID_FILE"; wait\n',
    );
    const pidFile = path.join(workDir, 'slow.pid');
    const started = await startBuild({
      projectName: 'slow-build',
      timeoutInMinutesOverride: 5,
      environmentVariablesOverride: [{ name: 'PID_FILE', value: pidFile }],
    });
    expect(started.timeoutInMinutes).toBe(5);
    const build = await untilComplete(started.id as string, 5_000);
    expect(build.buildStatus).toBe('TIMED_OUT');
    expect(phase(build, 'BUILD')?.phaseStatus).toBe('TIMED_OUT');
    expect(phase(build, 'BUILD')?.contexts?.[0]?.statusCode).toBe('BUILD_TIMED_OUT');
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    await pollUntil(async () => (processIsAlive(pid) ? undefined : true), 2_000, `process ${pid} to be gone`);
  });

  it('builds a zip of sources from emulated S3', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'sources' }));
    await s3.send(
      new PutObjectCommand({
        Bucket: 'sources',
        Key: 'app/source.zip',
        Body: zipOf([
          {
            name: 'buildspec.yml',
            content: 'version: 0.2\nphases:\n  build:\n    commands:\n      - ./run.sh\n',
          },
          {
            name: 'run.sh',
            content: '#!/bin/sh\necho "ran from the zip: $(cat data/value.txt)"\n',
            mode: 0o755,
            deflate: true,
          },
          { name: 'data/value.txt', content: '42\n', deflate: true },
        ]),
      }),
    );
    await codebuild.send(
      new CreateProjectCommand(
        projectRequest('zip-build', { source: { type: 'S3', location: 'sources/app/source.zip' } }),
      ),
    );
    const build = await untilComplete((await startBuild({ projectName: 'zip-build' })).id as string);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(await logLines(build)).toContain('ran from the zip: 42');
  });
});

describe('CodeBuild bad input', () => {
  it('refuses a build of an unknown project', async () => {
    const err = await errorOf(startBuild({ projectName: 'no-such-project' }));
    expect(err.name).toBe('ResourceNotFoundException');
    expect(err.message).toContain('project/no-such-project');
  });

  it('refuses projects with missing members, bad enums, bad names and duplicates', async () => {
    const missing = await errorOf(
      codebuild.send(new CreateProjectCommand({ ...projectRequest('no-env'), environment: undefined })),
    );
    expect(missing.name).toBe('InvalidInputException');
    expect(missing.message).toContain(
      "at 'environment' failed to satisfy constraint: Member must not be null",
    );
    const badEnum = await errorOf(
      codebuild.send(
        new CreateProjectCommand(
          projectRequest('bad-compute', {
            environment: {
              type: 'LINUX_CONTAINER',
              image: 'x',
              computeType: 'HUGE' as 'BUILD_GENERAL1_SMALL',
            },
          }),
        ),
      ),
    );
    expect(badEnum.name).toBe('InvalidInputException');
    expect(badEnum.message).toContain('environment.computeType');
    const badName = await errorOf(codebuild.send(new CreateProjectCommand(projectRequest('bad name!'))));
    expect(badName.name).toBe('InvalidInputException');
    const badTimeout = await errorOf(
      codebuild.send(new CreateProjectCommand(projectRequest('short', { timeoutInMinutes: 1 }))),
    );
    expect(badTimeout.message).toContain('greater than or equal to 5');
    await codebuild.send(new CreateProjectCommand(projectRequest('twice')));
    const duplicate = await errorOf(codebuild.send(new CreateProjectCommand(projectRequest('twice'))));
    expect(duplicate.name).toBe('ResourceAlreadyExistsException');
  });

  it('fails DOWNLOAD_SOURCE with YAML_FILE_ERROR for an invalid buildspec', async () => {
    await inlineProject(
      'bad-spec',
      'version: 0.2\nphases:\n  build:\n    on-failure: RETRY_FOREVER\n    commands: [echo hi]\n',
    );
    const build = await untilComplete((await startBuild({ projectName: 'bad-spec' })).id as string);
    expect(build.buildStatus).toBe('FAILED');
    const download = phase(build, 'DOWNLOAD_SOURCE');
    expect(download?.phaseStatus).toBe('FAILED');
    expect(download?.contexts?.[0]?.statusCode).toBe('YAML_FILE_ERROR');
    expect(download?.contexts?.[0]?.message).toContain('phases/build/on-failure');
    expect(download?.contexts?.[0]?.message).toContain('ABORT, CONTINUE');
    expect(build.phases?.map((p) => p.phaseType).slice(-3)).toEqual([
      'DOWNLOAD_SOURCE',
      'FINALIZING',
      'COMPLETED',
    ]);
  });

  it('fails DOWNLOAD_SOURCE clearly for a remote repository and an unknown source version', async () => {
    const remote = await untilComplete(
      (
        await startBuild({
          projectName: 'repo-build',
          sourceLocationOverride: 'https://github.com/example/app.git',
        })
      ).id as string,
    );
    expect(phase(remote, 'DOWNLOAD_SOURCE')?.contexts?.[0]?.message).toContain('only local git repositories');
    const unknown = await untilComplete(
      (await startBuild({ projectName: 'repo-build', sourceVersion: 'no-such-branch' })).id as string,
    );
    expect(unknown.buildStatus).toBe('FAILED');
    expect(phase(unknown, 'DOWNLOAD_SOURCE')?.contexts?.[0]?.message).toContain(
      'reference not found for primary source and source version no-such-branch',
    );
  });

  it('fails a build whose project variable comes from Parameter Store, which is not emulated', async () => {
    await codebuild.send(
      new CreateProjectCommand(
        projectRequest('secret-build', {
          source: {
            type: 'NO_SOURCE',
            buildspec: 'version: 0.2\nphases:\n  build:\n    commands: [echo hi]\n',
          },
          environment: {
            type: 'LINUX_CONTAINER',
            image: 'aws/codebuild/standard:7.0',
            computeType: 'BUILD_GENERAL1_SMALL',
            environmentVariables: [{ name: 'TOKEN', value: '/app/token', type: 'PARAMETER_STORE' }],
          },
        }),
      ),
    );
    const build = await untilComplete((await startBuild({ projectName: 'secret-build' })).id as string);
    expect(build.buildStatus).toBe('FAILED');
    expect(phase(build, 'DOWNLOAD_SOURCE')?.contexts?.[0]?.message).toContain('PARAMETER_STORE');
  });
});

describe('CodeBuild projects', () => {
  it('gets, lists, updates and deletes projects', async () => {
    await codebuild.send(
      new CreateProjectCommand(projectRequest('crud-project', { tags: [{ key: 'team', value: 'ml' }] })),
    );
    const got = await codebuild.send(
      new BatchGetProjectsCommand({ names: ['crud-project', 'missing-project'] }),
    );
    expect(got.projects?.[0]?.name).toBe('crud-project');
    expect(got.projects?.[0]?.arn).toBe(
      `arn:aws:codebuild:us-east-1:${emulator.env.accountId}:project/crud-project`,
    );
    expect(got.projects?.[0]?.timeoutInMinutes).toBe(60);
    expect(got.projects?.[0]?.tags).toEqual([{ key: 'team', value: 'ml' }]);
    expect(got.projects?.[0]?.created).toBeInstanceOf(Date);
    expect(got.projectsNotFound).toEqual(['missing-project']);

    const updated = await codebuild.send(
      new UpdateProjectCommand({ name: 'crud-project', timeoutInMinutes: 30 }),
    );
    expect(updated.project?.timeoutInMinutes).toBe(30);
    expect(updated.project?.source?.location).toBe(repo);

    expect((await codebuild.send(new ListProjectsCommand({}))).projects).toContain('crud-project');
    await codebuild.send(new DeleteProjectCommand({ name: 'crud-project' }));
    expect((await codebuild.send(new ListProjectsCommand({}))).projects).not.toContain('crud-project');
    const gone = await errorOf(
      codebuild.send(new UpdateProjectCommand({ name: 'crud-project', timeoutInMinutes: 30 })),
    );
    expect(gone.name).toBe('ResourceNotFoundException');
  });
});
