import * as core from '@actions/core';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import { ECRClient } from '@aws-sdk/client-ecr';
import { awsClientSettings, MODELSHIP_VERSION as version, writeJobSummary } from '@modelship/shared';
import { buildStep, type BuildContext, type BuildStepPorts } from './buildStep';
import { contextHash } from './contextHash';
import { localEngineFinder } from './runnerEdges';

/** The step on the real clients and engines. */
export const runWiredBuild = (context: BuildContext, workspace: string) =>
  buildStep(context, wirePorts(context, workspace));

/** The real clients (region, retries and user agent from the shared settings), engines and summary. */
function wirePorts({ inputs: { region }, env, logger }: BuildContext, workspace: string): BuildStepPorts {
  const settings = awsClientSettings({ region, env, action: 'build-container', version });
  return {
    workspace,
    ecr: new ECRClient(settings),
    codebuild: new CodeBuildClient(settings),
    logs: new CloudWatchLogsClient(settings),
    localEngine: localEngineFinder(env, logger),
    hashBuild: contextHash,
    setSecret: (value) => core.setSecret(value),
    writeSummary: (markdown) => writeJobSummary(markdown, { env }),
  };
}
