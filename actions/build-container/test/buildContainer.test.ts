import { describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import {
  BatchGetImageCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutImageCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { readInputs } from '@modelship/shared';
import { buildContainer } from '../src/buildContainer';
import { inputs } from '../src/inputs';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('buildContainer with fake ports', () => {
  it('skips the build when ECR has the ctx tag: masks the password first, tags the image, builds nothing', async () => {
    const ecr = mockClient(ECRClient);
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        {
          authorizationToken: Buffer.from('AWS:s3cret-password').toString('base64'),
          proxyEndpoint: 'https://r.example',
        },
      ],
    });
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryUri: 'acct.dkr.ecr/churn' }] });
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST, imageTags: ['ctx-h'] }] });
    ecr.on(BatchGetImageCommand).resolves({ images: [{ imageManifest: '{}', imageManifestMediaType: 'm' }] });
    ecr.on(PutImageCommand).resolves({});
    const secrets: string[] = [];
    const outputs: Record<string, string> = {};
    let enginesAsked = 0;
    const values = readInputs(inputs, (name) => ({ repository: 'churn', tags: 'v1' })[name] ?? '');
    const result = await buildContainer(
      {
        ecr: new ECRClient({}),
        codebuild: new CodeBuildClient({}),
        logs: new CloudWatchLogsClient({}),
        localEngine: async () => {
          enginesAsked++;
          throw new Error('no build expected');
        },
        hashBuild: async () => 'h',
        setSecret: (value) => secrets.push(value),
        setOutput: (name, value) => (outputs[name] = value),
        clock: new FakeClock(),
        logger: new RecordingLogger(),
        signal: new AbortController().signal,
      },
      {
        inputs: values,
        definition: {
          contextDir: '/c',
          dockerfilePath: '/c/Dockerfile',
          buildArgs: {},
          platform: 'linux/amd64',
        },
        workspace: '/c',
        tags: ['v1'],
        resourceTags: [],
      },
    );
    expect(secrets).toContain('s3cret-password');
    expect(enginesAsked).toBe(0);
    expect(result).toMatchObject({ skipped: true, digest: DIGEST, imageUri: `acct.dkr.ecr/churn@${DIGEST}` });
    expect(outputs['context-hash']).toBe('h');
    expect(ecr.commandCalls(PutImageCommand)[0]?.args[0].input).toMatchObject({
      imageTag: 'v1',
      imageDigest: DIGEST,
    });
    ecr.restore();
  });
});
