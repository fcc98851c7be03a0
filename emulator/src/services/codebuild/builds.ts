import type {
  BatchGetBuildsInput,
  ComputeType,
  EnvironmentType,
  ListBuildsForProjectInput,
  ListBuildsInput,
  StartBuildInput,
  StopBuildInput,
} from '@aws-sdk/client-codebuild';
import { randomUUID } from 'node:crypto';
import type { EmulatorEnvironment } from '../../environment';
import type { RequestContext } from '../../protocol/types';
import { newBuildRecord, buildToWire, type BuildRecord } from './buildRecord';
import { killProcessGroups, runBuild, STOP_GRACE_MS } from './buildRun';
import { checkEnvironmentVariables, checkSourceType, checkTimeoutInMinutes, type Project } from './projects';
import { codeBuildPage } from './listPaging';
import { checkEnum, checkRange, checkString, invalidInput, notFound, requireMember } from './validation';

const LOGS_STATUSES = ['DISABLED', 'ENABLED'] as const;

function logsOf(
  project: Project,
  input: StartBuildInput,
  build: { uuid: string; region: string; accountId: string },
) {
  const config = { ...project.logsConfig, ...(input.logsConfigOverride ?? {}) } as Project['logsConfig'];
  const cloudWatchLogs = { ...config.cloudWatchLogs };
  checkEnum(
    requireMember(cloudWatchLogs.status, 'logsConfigOverride.cloudWatchLogs.status'),
    'logsConfigOverride.cloudWatchLogs.status',
    LOGS_STATUSES,
  );
  const s3Logs = { ...(config.s3Logs ?? { status: 'DISABLED' }) };
  if (cloudWatchLogs.status !== 'ENABLED') return { logs: { cloudWatchLogs, s3Logs }, target: undefined };
  const groupName = cloudWatchLogs.groupName || `/aws/codebuild/${project.name}`;
  // A configured stream name is a prefix: CodeBuild appends the build's id.
  const streamName = cloudWatchLogs.streamName ? `${cloudWatchLogs.streamName}/${build.uuid}` : build.uuid;
  const logs = {
    groupName,
    streamName,
    deepLink: `https://console.aws.amazon.com/cloudwatch/home?region=${build.region}#logEvent:group=${encodeURIComponent(groupName)};stream=${encodeURIComponent(streamName)}`,
    cloudWatchLogsArn: `arn:aws:logs:${build.region}:${build.accountId}:log-group:${groupName}:log-stream:${streamName}`,
    cloudWatchLogs,
    s3Logs,
  };
  return { logs, target: { groupName, streamName } };
}

/** Builds of all projects: started, run as local processes, stopped, listed. */
export class BuildRegistry {
  private readonly builds = new Map<string, BuildRecord>();
  private readonly numbers = new Map<string, number>();

  constructor(private readonly env: EmulatorEnvironment) {}

  start(project: Project, input: StartBuildInput, ctx: RequestContext): Record<string, unknown> {
    const source = { ...project.source };
    if (input.sourceTypeOverride !== undefined)
      source.type = checkSourceType(input.sourceTypeOverride, 'sourceTypeOverride');
    if (input.sourceLocationOverride !== undefined)
      source.location = checkString(input.sourceLocationOverride, 'sourceLocationOverride', 0);
    if (input.buildspecOverride !== undefined) checkString(input.buildspecOverride, 'buildspecOverride', 0);
    if (source.type === 'NO_SOURCE' && !input.buildspecOverride && !source.buildspec) {
      throw invalidInput(
        'A NO_SOURCE build needs a buildspec: give buildspecOverride, or source.buildspec on the project.',
      );
    }
    const timeoutInMinutes =
      input.timeoutInMinutesOverride === undefined
        ? project.timeoutInMinutes
        : checkTimeoutInMinutes(input.timeoutInMinutesOverride, 'timeoutInMinutesOverride');
    const queuedTimeoutInMinutes =
      input.queuedTimeoutInMinutesOverride === undefined
        ? project.queuedTimeoutInMinutes
        : checkRange(input.queuedTimeoutInMinutesOverride, 'queuedTimeoutInMinutesOverride', 5, 480);
    const environmentVariablesOverride =
      input.environmentVariablesOverride === undefined
        ? []
        : checkEnvironmentVariables(input.environmentVariablesOverride, 'environmentVariablesOverride');
    const environment = { ...project.environment };
    if (input.imageOverride !== undefined)
      environment.image = checkString(input.imageOverride, 'imageOverride');
    // Any compute and environment type is taken as given: every build runs on the local machine alike.
    if (input.computeTypeOverride !== undefined)
      environment.computeType = checkString(input.computeTypeOverride, 'computeTypeOverride') as ComputeType;
    if (input.environmentTypeOverride !== undefined)
      environment.type = checkString(
        input.environmentTypeOverride,
        'environmentTypeOverride',
      ) as EnvironmentType;
    const sourceVersion =
      input.sourceVersion !== undefined
        ? checkString(input.sourceVersion, 'sourceVersion', 0)
        : project.sourceVersion;

    const uuid = randomUUID();
    const id = `${project.name}:${uuid}`;
    const { logs, target } = logsOf(project, input, { uuid, region: ctx.region, accountId: ctx.accountId });
    const buildNumber = (this.numbers.get(project.name) ?? 0) + 1;
    this.numbers.set(project.name, buildNumber);
    const now = this.env.clock.now();
    const build = newBuildRecord(
      {
        uuid,
        id,
        arn: `arn:aws:codebuild:${ctx.region}:${ctx.accountId}:build/${id}`,
        buildNumber,
        projectName: project.name,
        startTime: new Date(now),
        ...(sourceVersion ? { sourceVersion } : {}),
        source,
        environment,
        environmentVariablesOverride,
        ...(input.buildspecOverride ? { buildspecOverride: input.buildspecOverride } : {}),
        serviceRole:
          typeof input.serviceRoleOverride === 'string' ? input.serviceRoleOverride : project.serviceRole,
        timeoutInMinutes,
        queuedTimeoutInMinutes,
        initiator: 'root',
        encryptionKey: project.encryptionKey,
        logs,
        ...(target ? { logTarget: target } : {}),
        region: ctx.region,
      },
      now,
    );
    this.builds.set(id, build);
    const answer = buildToWire(build);
    build.done = this.run(build);
    return answer;
  }

  private async run(build: BuildRecord): Promise<void> {
    // The timeout covers the whole build, scaled like every AWS duration in the emulator.
    const timer = new AbortController();
    this.env.clock
      .sleep((build.timeoutInMinutes * 60_000) / this.env.timing.timeScale, timer.signal)
      .then(() => {
        if (build.history.current?.phaseType === 'COMPLETED') return;
        build.ended ??= 'TIMED_OUT';
        build.stopper.abort();
      })
      .catch(() => undefined);
    try {
      await runBuild(this.env, build);
    } finally {
      timer.abort();
    }
  }

  find(idOrArn: string): BuildRecord | undefined {
    const id = idOrArn.startsWith('arn:') ? (idOrArn.split(':build/')[1] ?? '') : idOrArn;
    return this.builds.get(id);
  }

  batchGet(input: BatchGetBuildsInput) {
    const ids = requireMember(input.ids, 'ids');
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > 100) {
      throw invalidInput('ids must list between 1 and 100 build IDs.');
    }
    const builds: Record<string, unknown>[] = [];
    const buildsNotFound: string[] = [];
    for (const id of ids) {
      const build = this.find(checkString(id, 'ids'));
      if (build) builds.push(buildToWire(build));
      else buildsNotFound.push(id);
    }
    return { builds, buildsNotFound };
  }

  async stop(input: StopBuildInput) {
    const id = checkString(requireMember(input.id, 'id'), 'id');
    const build = this.find(id);
    if (!build) throw notFound(`Build ${id} does not exist; check the ID with ListBuilds.`);
    if (build.history.current?.phaseType !== 'COMPLETED') {
      build.ended ??= 'STOPPED';
      build.stopper.abort();
      // Answer once the phase's processes are gone, which the SIGKILL after the grace ensures.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        build.done,
        new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS + 1_000))),
      ]);
      clearTimeout(timer);
    }
    return { build: buildToWire(build) };
  }

  /** Build IDs, newest first unless sortOrder is ASCENDING. */
  list(input: ListBuildsInput | ListBuildsForProjectInput, projectName?: string) {
    const order =
      input.sortOrder === undefined
        ? 'DESCENDING'
        : checkEnum(input.sortOrder, 'sortOrder', ['ASCENDING', 'DESCENDING'] as const);
    const ids = [...this.builds.values()]
      .filter((b) => projectName === undefined || b.projectName === projectName)
      .map((b) => b.id)
      .reverse();
    if (order === 'ASCENDING') ids.reverse();
    const { page, nextToken } = codeBuildPage(ids, input.nextToken);
    return nextToken === undefined ? { ids: page } : { ids: page, nextToken };
  }

  forgetNumbering(projectName: string): void {
    this.numbers.delete(projectName);
  }

  /** Stops every running build and waits for it to finish (its processes killed, its directory removed). */
  async stopAll(): Promise<void> {
    const running = [...this.builds.values()].filter((b) => b.history.current?.phaseType !== 'COMPLETED');
    for (const build of running) {
      build.ended ??= 'STOPPED';
      build.stopper.abort();
    }
    await Promise.all(running.map((b) => b.done));
    for (const build of running) killProcessGroups(build);
  }

  clear(): void {
    this.builds.clear();
    this.numbers.clear();
  }
}
