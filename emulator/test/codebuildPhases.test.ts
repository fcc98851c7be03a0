import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BatchGetBuildsCommand,
  type Build,
  CodeBuildClient,
  CreateProjectCommand,
  StartBuildCommand,
  StopBuildCommand,
} from '@aws-sdk/client-codebuild';
import { startEmulator, type RunningEmulator } from '../src';
import { buildStatusOf, phaseAfter, PhaseHistory } from '../src/services/codebuild/buildPhases';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

describe('phaseAfter', () => {
  it('moves through the phases in order when each succeeds', () => {
    expect(phaseAfter('DOWNLOAD_SOURCE', false)).toBe('INSTALL');
    expect(phaseAfter('POST_BUILD', false)).toBe('UPLOAD_ARTIFACTS');
    expect(phaseAfter('FINALIZING', false)).toBe('COMPLETED');
  });

  it('follows CodeBuild transitions on failure', () => {
    expect(phaseAfter('DOWNLOAD_SOURCE', true)).toBe('FINALIZING');
    expect(phaseAfter('INSTALL', true)).toBe('FINALIZING');
    expect(phaseAfter('PRE_BUILD', true)).toBe('FINALIZING');
    expect(phaseAfter('BUILD', true)).toBe('POST_BUILD');
    expect(phaseAfter('POST_BUILD', true)).toBe('UPLOAD_ARTIFACTS');
    expect(phaseAfter('UPLOAD_ARTIFACTS', true)).toBe('FINALIZING');
  });

  it('obeys the buildspec on-failure setting', () => {
    expect(phaseAfter('PRE_BUILD', true, 'CONTINUE')).toBe('BUILD');
    expect(phaseAfter('BUILD', true, 'ABORT')).toBe('FINALIZING');
    expect(phaseAfter('INSTALL', false, 'ABORT')).toBe('PRE_BUILD');
  });
});

describe('buildStatusOf and PhaseHistory', () => {
  it('records phases with times, durations and contexts, and derives the build status', () => {
    const history = new PhaseHistory();
    history.enter('BUILD', 1_000);
    history.end('FAILED', 3_600, { statusCode: 'COMMAND_EXECUTION_ERROR', message: 'boom' });
    history.enter('COMPLETED', 4_000);
    history.end('SUCCEEDED', 5_000);
    expect(history.phases).toEqual([
      {
        phaseType: 'BUILD',
        phaseStatus: 'FAILED',
        startTime: new Date(1_000),
        endTime: new Date(3_600),
        durationInSeconds: 3,
        contexts: [{ statusCode: 'COMMAND_EXECUTION_ERROR', message: 'boom' }],
      },
      { phaseType: 'COMPLETED', startTime: new Date(4_000) },
    ]);
    expect(buildStatusOf(history.phases, undefined)).toBe('FAILED');
    expect(buildStatusOf(history.phases, 'STOPPED')).toBe('STOPPED');
    expect(buildStatusOf([], undefined)).toBe('SUCCEEDED');
  });
});

describe('timing.buildPhaseMs: a command phase held IN_PROGRESS before its commands', () => {
  const BUILDSPEC = 'version: 0.2\nphases:\n  build:\n    commands:\n      - touch "$MARKER"\n';
  let emulator: RunningEmulator | undefined;
  let codebuild: CodeBuildClient | undefined;
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'codebuild-phase-hold-'));
  });
  afterEach(async () => {
    codebuild?.destroy();
    await emulator?.stop();
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  /** An emulator with the given hold and a project whose only phase, BUILD, writes a marker file. */
  async function clientHolding(buildPhaseMs: number): Promise<CodeBuildClient> {
    emulator = await startEmulator({ timing: { buildPhaseMs } });
    codebuild = new CodeBuildClient(sdkClientConfig(emulator));
    await codebuild.send(
      new CreateProjectCommand({
        name: 'held',
        source: { type: 'NO_SOURCE', buildspec: BUILDSPEC },
        artifacts: { type: 'NO_ARTIFACTS' },
        environment: {
          type: 'LINUX_CONTAINER',
          image: 'aws/codebuild/standard:7.0',
          computeType: 'BUILD_GENERAL1_SMALL',
        },
        serviceRole: 'arn:aws:iam::123456789012:role/codebuild-role',
      }),
    );
    return codebuild;
  }

  const start = async (client: CodeBuildClient, marker: string): Promise<string> => {
    const answer = await client.send(
      new StartBuildCommand({
        projectName: 'held',
        environmentVariablesOverride: [{ name: 'MARKER', value: marker }],
      }),
    );
    return answer.build?.id as string;
  };

  const buildWhen = (
    client: CodeBuildClient,
    id: string,
    ready: (build: Build) => boolean,
    timeoutMs: number,
  ) =>
    pollUntil(
      async () => {
        const build = (await client.send(new BatchGetBuildsCommand({ ids: [id] }))).builds?.[0];
        return build && ready(build) ? build : undefined;
      },
      timeoutMs,
      `build ${id}`,
    );

  it('keeps BUILD in progress without running its commands, and a StopBuild ends it STOPPED at once', async () => {
    const client = await clientHolding(30_000);
    const marker = path.join(workDir, 'stopped.marker');
    const id = await start(client, marker);
    const building = await buildWhen(client, id, (b) => b.currentPhase === 'BUILD', 10_000);
    expect(building.phases?.at(-1)).toMatchObject({ phaseType: 'BUILD', phaseStatus: 'IN_PROGRESS' });
    expect(existsSync(marker)).toBe(false);

    const stopAt = Date.now();
    await client.send(new StopBuildCommand({ id }));
    const stopped = await buildWhen(client, id, (b) => b.buildComplete === true, 3_000);
    expect(Date.now() - stopAt).toBeLessThan(3_000);
    expect(stopped.buildStatus).toBe('STOPPED');
    expect(stopped.phases?.find((p) => p.phaseType === 'BUILD')?.phaseStatus).toBe('STOPPED');
    expect(stopped.phases?.map((p) => p.phaseType).slice(-2)).toEqual(['FINALIZING', 'COMPLETED']);
    expect(existsSync(marker)).toBe(false);
  });

  it('runs the commands once the hold is over', async () => {
    const client = await clientHolding(400);
    const marker = path.join(workDir, 'ran.marker');
    const id = await start(client, marker);
    const done = await buildWhen(client, id, (b) => b.buildComplete === true, 10_000);
    expect(done.buildStatus).toBe('SUCCEEDED');
    const phase = done.phases?.find((p) => p.phaseType === 'BUILD');
    const heldMs = (phase?.endTime?.getTime() ?? 0) - (phase?.startTime?.getTime() ?? 0);
    expect(heldMs).toBeGreaterThanOrEqual(400);
    expect(existsSync(marker)).toBe(true);
  });
});
