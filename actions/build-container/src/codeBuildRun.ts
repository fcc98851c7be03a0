import {
  BatchGetBuildsCommand,
  StartBuildCommand,
  StopBuildCommand,
  type Build,
  type CodeBuildClient,
} from '@aws-sdk/client-codebuild';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ModelshipError, type Clock, type Logger } from '@modelship/shared';
import { codeBuildBuildspec, codeBuildVariables, type CodeBuildImage } from './codeBuildBuildspec';
import { streamNewLogLines, type LogStreamPosition } from './codeBuildLogStream';
import type { BuildDefinition } from './contextHash';

export interface CodeBuildPorts {
  codebuild: Pick<CodeBuildClient, 'send'>;
  logs: Pick<CloudWatchLogsClient, 'send'>;
  clock: Clock;
  logger: Logger;
  signal: AbortSignal;
  /** Told the build id as soon as the build starts, so a cancelled step still reports it. */
  onStarted(buildId: string): void;
}

export interface CodeBuildRequest {
  project: string;
  /** The commit the build checks out. */
  sourceVersion?: string;
  definition: BuildDefinition;
  workspace: string;
  image: CodeBuildImage;
}

const POLL_MS = 3_000;

async function startBuild(ports: CodeBuildPorts, request: CodeBuildRequest): Promise<Build> {
  const answer = await ports.codebuild.send(
    new StartBuildCommand({
      projectName: request.project,
      sourceVersion: request.sourceVersion,
      buildspecOverride: codeBuildBuildspec(),
      privilegedModeOverride: true,
      environmentVariablesOverride: codeBuildVariables(request.definition, request.workspace, request.image),
    }),
  );
  if (!answer.build?.id) throw new ModelshipError(`CodeBuild did not start a build of ${request.project}.`);
  return answer.build;
}

async function currentBuild(ports: CodeBuildPorts, id: string): Promise<Build> {
  const answer = await ports.codebuild.send(new BatchGetBuildsCommand({ ids: [id] }));
  const build = answer.builds?.[0];
  if (!build) throw new ModelshipError(`CodeBuild no longer knows build ${id}.`);
  return build;
}

/** Streams the log and polls the build until it completes; a cancel stops the build (StopBuild). */
async function followBuild(ports: CodeBuildPorts, started: Build): Promise<Build> {
  const id = started.id as string;
  const [project] = id.split(':');
  let position: LogStreamPosition = {
    groupName: started.logs?.groupName ?? `/aws/codebuild/${project}`,
    streamName: started.logs?.streamName ?? id.slice(id.indexOf(':') + 1),
  };
  try {
    for (;;) {
      const build = await currentBuild(ports, id);
      position = await streamNewLogLines(ports.logs, position, ports.logger);
      if (build.buildComplete) return build;
      await ports.clock.sleep(POLL_MS, ports.signal);
    }
  } catch (err) {
    if (!ports.signal.aborted) throw err;
    ports.logger.warning(`Cancelled: stopping CodeBuild build ${id}.`);
    await ports.codebuild.send(new StopBuildCommand({ id }));
    throw err;
  }
}

function failedBuildError(build: Build): ModelshipError {
  const failedPhase = build.phases?.find((p) => p.phaseStatus && p.phaseStatus !== 'SUCCEEDED');
  const context = failedPhase?.contexts
    ?.map((c) => c.message)
    .filter(Boolean)
    .join('; ');
  return new ModelshipError(
    `CodeBuild build ${build.id} ended ${build.buildStatus}${failedPhase ? ` in phase ${failedPhase.phaseType}` : ''}${context ? `: ${context}` : ''}.`,
    'Read the build log above (streamed from CloudWatch Logs); fix the Dockerfile or the project, then run the step again.',
  );
}

/** Builds and pushes the image in CodeBuild, streaming its log into the step. Returns the build id. */
export async function buildInCodeBuild(ports: CodeBuildPorts, request: CodeBuildRequest): Promise<string> {
  const started = await startBuild(ports, request);
  const id = started.id as string;
  ports.onStarted(id);
  ports.logger.info(
    `Started CodeBuild build ${id} of ${request.project} at ${request.sourceVersion ?? 'the project default source version'}.`,
  );
  const finished = await followBuild(ports, started);
  if (finished.buildStatus !== 'SUCCEEDED') throw failedBuildError(finished);
  return id;
}
