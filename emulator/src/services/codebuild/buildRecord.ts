import { PhaseHistory, type StatusType } from './buildPhases';
import type { EnvironmentVariable, Project, ProjectSource } from './projects';

/** A build as BatchGetBuilds reports it, plus what its run needs and how to stop it. */
export interface BuildRecord {
  uuid: string;
  id: string;
  arn: string;
  buildNumber: number;
  projectName: string;
  startTime: Date;
  endTime?: Date;
  history: PhaseHistory;
  buildStatus: StatusType;
  /** Set when a stop or the timeout ended the build; decides its final status. */
  ended?: 'STOPPED' | 'TIMED_OUT';
  sourceVersion?: string;
  resolvedSourceVersion?: string;
  source: ProjectSource;
  environment: Project['environment'];
  environmentVariablesOverride: EnvironmentVariable[];
  buildspecOverride?: string;
  serviceRole: string;
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
  initiator: string;
  encryptionKey?: unknown;
  logs: Record<string, unknown>;
  /** Where the build's lines go; undefined when the project disabled CloudWatch Logs. */
  logTarget?: { groupName: string; streamName: string };
  region: string;
  stopper: AbortController;
  /** Every process group a phase started, killed when the build ends (background processes included). */
  processGroups: Set<number>;
  /** Resolves when the build has reached COMPLETED and its temporary directory is gone. */
  done: Promise<void>;
}

export function newBuildRecord(
  fields: Omit<BuildRecord, 'history' | 'buildStatus' | 'stopper' | 'processGroups' | 'done'>,
  now: number,
): BuildRecord {
  const history = new PhaseHistory();
  history.enter('SUBMITTED', now);
  history.end('SUCCEEDED', now);
  history.enter('QUEUED', now);
  return {
    ...fields,
    history,
    buildStatus: 'IN_PROGRESS',
    stopper: new AbortController(),
    processGroups: new Set(),
    done: Promise.resolve(),
  };
}

/** The Build shape of the API; copies, so that the answer does not change as the build moves on. */
export function buildToWire(build: BuildRecord): Record<string, unknown> {
  const current = build.history.current;
  return {
    id: build.id,
    arn: build.arn,
    buildNumber: build.buildNumber,
    startTime: build.startTime,
    ...(build.endTime ? { endTime: build.endTime } : {}),
    currentPhase: current?.phaseType,
    buildStatus: build.buildStatus,
    ...(build.sourceVersion ? { sourceVersion: build.sourceVersion } : {}),
    ...(build.resolvedSourceVersion ? { resolvedSourceVersion: build.resolvedSourceVersion } : {}),
    projectName: build.projectName,
    phases: build.history.phases.map((p) => ({
      ...p,
      ...(p.contexts ? { contexts: p.contexts.map((c) => ({ ...c })) } : {}),
    })),
    source: { ...build.source },
    secondarySources: [],
    secondarySourceVersions: [],
    artifacts: { location: '' },
    secondaryArtifacts: [],
    environment: {
      ...build.environment,
      environmentVariables: [
        ...(build.environment.environmentVariables ?? []),
        ...build.environmentVariablesOverride,
      ].map((v) => ({ type: 'PLAINTEXT', ...v })),
    },
    serviceRole: build.serviceRole,
    logs: { ...build.logs },
    timeoutInMinutes: build.timeoutInMinutes,
    queuedTimeoutInMinutes: build.queuedTimeoutInMinutes,
    buildComplete: build.history.current?.phaseType === 'COMPLETED',
    initiator: build.initiator,
    ...(build.encryptionKey ? { encryptionKey: build.encryptionKey } : {}),
  };
}
