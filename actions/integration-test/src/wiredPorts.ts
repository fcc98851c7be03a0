import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import {
  awsClientSettings,
  commentOnPullRequest,
  MODELSHIP_VERSION as version,
  s3ClientSettings,
  writeJobSummary,
} from '@modelship/shared';
import { runCommand } from './containerRuntime';
import type { IntegrationTestContext, IntegrationTestPorts } from './integrationTestStep';
import { LocalProcess } from './localProcess';

/** The real edges: AWS clients (made on first use: local targets need no region), processes, files, reports. */
export function wirePorts({ inputs: { region }, env, logger }: IntegrationTestContext): IntegrationTestPorts {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    workspace,
    endpointClients: () => {
      const settings = awsClientSettings({ region, env, action: 'integration-test', version });
      // One attempt per request: a retried request would hide the errors the tests are there to count.
      // The retry strategy decides, so the attempt limit is set where the strategy is made.
      const once = awsClientSettings({ region, env, action: 'integration-test', version, maxAttempts: 1 });
      return {
        sagemaker: new SageMakerClient(settings),
        runtime: new SageMakerRuntimeClient(once),
        s3: new S3Client(s3ClientSettings(settings, env)),
      };
    },
    startProcess: (argv) => new LocalProcess(argv, { cwd: workspace, env, logger }),
    runCommand,
    writeFile: async (file, text) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    annotate: ({ file, title, message }) => core.error(message, { file, title }),
    writeSummary: (markdown) => writeJobSummary(markdown, { env }),
    commentOnPullRequest: (comment) => commentOnPullRequest({ ...comment, logger, env }),
  };
}
