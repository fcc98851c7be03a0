import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { CodeBuildClient } from '@aws-sdk/client-codebuild';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { Clock, Logger } from '@modelship/shared';
import type { ContainerEngine } from './containerEngine';
import type { BuildDefinition } from './contextHash';

/**
 * What the build-container core needs from the outside world, wired by main.ts; tests hand in
 * aws-sdk-client-mock clients, a fake engine, a FakeClock and a RecordingLogger.
 */
export interface BuildContainerPorts {
  ecr: Pick<ECRClient, 'send'>;
  codebuild: Pick<CodeBuildClient, 'send'>;
  logs: Pick<CloudWatchLogsClient, 'send'>;
  /** The local engine for builder docker or buildah; fails naming what to install when there is none. */
  localEngine(builder: 'docker' | 'buildah'): Promise<ContainerEngine>;
  /** The content hash of what the build sees (contextHash.ts). */
  hashBuild(definition: BuildDefinition): Promise<string>;
  /** core.setSecret: masks a credential in every later log line. */
  setSecret(value: string): void;
  /** Sets an output at once, so outputs known early survive a later failure or cancel. */
  setOutput(name: string, value: string): void;
  clock: Clock;
  logger: Logger;
  signal: AbortSignal;
}
