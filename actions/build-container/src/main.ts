import * as core from '@actions/core';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import { ECRClient } from '@aws-sdk/client-ecr';
import {
  awsClientSettings,
  MODELSHIP_VERSION as version,
  runAction,
  writeJobSummary,
} from '@modelship/shared';
import { buildInputProblems } from './buildInputProblems';
import { buildStep, type BuildContext, type BuildStepPorts } from './buildStep';
import { contextHash } from './contextHash';
import { inputs, outputs } from './inputs';
import { localEngineFinder, runnerFiles, workspaceOf } from './runnerEdges';

export async function main(): Promise<void> {
  const files = runnerFiles(workspaceOf(process.env));
  await runAction({
    name: 'build-container',
    inputs,
    outputs,
    crossCheck: (values) => buildInputProblems(values, files),
    run: (context) => buildStep(context, wirePorts(context, files.workspace)),
  });
}

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

/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
export const run = main;
