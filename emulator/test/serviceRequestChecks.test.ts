import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogGroupsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, ListMetricsCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CodeBuildClient, CreateProjectCommand, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let scaling: ApplicationAutoScalingClient;
let logs: CloudWatchLogsClient;
let codebuild: CodeBuildClient;
let ecr: ECRClient;
let cloudwatch: CloudWatchClient;

beforeAll(async () => {
  emulator = await startEmulator();
  const config = sdkClientConfig(emulator);
  scaling = new ApplicationAutoScalingClient(config);
  logs = new CloudWatchLogsClient(config);
  codebuild = new CodeBuildClient(config);
  ecr = new ECRClient(config);
  cloudwatch = new CloudWatchClient(config);
});
afterAll(async () => {
  await emulator.stop();
});

const JUNK_TOKENS = ['junk', '-1', '1.5'];

describe('Application Auto Scaling', () => {
  const target = (variant: string) =>
    new RegisterScalableTargetCommand({
      ServiceNamespace: 'sagemaker',
      ResourceId: `endpoint/paged/variant/${variant}`,
      ScalableDimension: 'sagemaker:variant:DesiredInstanceCount',
      MinCapacity: 1,
      MaxCapacity: 2,
    });

  it('pages DescribeScalableTargets by MaxResults and refuses a token it did not hand out', async () => {
    for (const variant of ['a', 'b', 'c']) await scaling.send(target(variant));
    const first = await scaling.send(
      new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', MaxResults: 2 }),
    );
    expect(first.ScalableTargets?.map((t) => t.ResourceId)).toEqual([
      'endpoint/paged/variant/a',
      'endpoint/paged/variant/b',
    ]);
    const rest = await scaling.send(
      new DescribeScalableTargetsCommand({
        ServiceNamespace: 'sagemaker',
        MaxResults: 2,
        NextToken: first.NextToken,
      }),
    );
    expect(rest.ScalableTargets?.map((t) => t.ResourceId)).toEqual(['endpoint/paged/variant/c']);
    expect(rest.NextToken).toBeUndefined();
    for (const NextToken of JUNK_TOKENS) {
      await expect(
        scaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', NextToken })),
      ).rejects.toMatchObject({ name: 'ValidationException' });
    }
    await expect(
      scaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', MaxResults: 51 })),
    ).rejects.toThrow(
      "1 validation error detected: Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
  });

  it('names an unknown scalable dimension with the enum it must be in', async () => {
    await expect(
      scaling.send(
        new RegisterScalableTargetCommand({
          ServiceNamespace: 'sagemaker',
          ResourceId: 'endpoint/paged/variant/a',
          ScalableDimension: 'ecs:service:DesiredCount',
          MinCapacity: 1,
          MaxCapacity: 2,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(
        /^1 validation error detected: Value 'ecs:service:DesiredCount' at 'scalableDimension' failed to satisfy constraint: Member must satisfy enum value set: \[sagemaker:variant:DesiredInstanceCount, /,
      ),
    });
  });
});

describe('CloudWatch Logs', () => {
  it('pages DescribeLogGroups and refuses a junk nextToken or an out-of-range limit', async () => {
    for (const name of ['/paged/a', '/paged/b']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    }
    const first = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/paged/', limit: 1 }));
    expect(first.logGroups?.map((g) => g.logGroupName)).toEqual(['/paged/a']);
    const rest = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/paged/', nextToken: first.nextToken }),
    );
    expect(rest.logGroups?.map((g) => g.logGroupName)).toEqual(['/paged/b']);
    for (const nextToken of JUNK_TOKENS) {
      await expect(logs.send(new DescribeLogGroupsCommand({ nextToken }))).rejects.toMatchObject({
        name: 'InvalidParameterException',
        message: 'The specified nextToken is invalid.',
      });
    }
    await expect(logs.send(new DescribeLogGroupsCommand({ limit: 51 }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message:
        "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
    });
  });

  it('refuses a log group name outside its pattern in the services’ wording', async () => {
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: 'bad name' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message:
        "1 validation error detected: Value 'bad name' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+",
    });
  });
});

describe('CodeBuild', () => {
  it('refuses a junk nextToken on ListProjects and a project name outside its pattern', async () => {
    for (const nextToken of JUNK_TOKENS) {
      await expect(codebuild.send(new ListProjectsCommand({ nextToken }))).rejects.toMatchObject({
        name: 'InvalidInputException',
      });
    }
    await expect(codebuild.send(new ListProjectsCommand({ nextToken: '0' }))).resolves.toBeDefined();
    await expect(
      codebuild.send(
        new CreateProjectCommand({
          name: '-bad',
          source: { type: 'NO_SOURCE', buildspec: 'version: 0.2' },
          artifacts: { type: 'NO_ARTIFACTS' },
          environment: { type: 'LINUX_CONTAINER', image: 'local', computeType: 'BUILD_GENERAL1_SMALL' },
          serviceRole: 'arn:aws:iam::123456789012:role/build',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidInputException',
      message: expect.stringMatching(
        /^1 validation error detected: Value '-bad' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: /,
      ),
    });
  });
});

describe('ECR', () => {
  it('pages DescribeRepositories and refuses a junk nextToken or maxResults out of range', async () => {
    for (const name of ['paged-a', 'paged-b']) {
      await ecr.send(new CreateRepositoryCommand({ repositoryName: name }));
    }
    const first = await ecr.send(new DescribeRepositoriesCommand({ maxResults: 1 }));
    expect(first.repositories).toHaveLength(1);
    const rest = await ecr.send(
      new DescribeRepositoriesCommand({ maxResults: 1, nextToken: first.nextToken }),
    );
    expect(rest.repositories?.[0]?.repositoryName).not.toBe(first.repositories?.[0]?.repositoryName);
    await expect(ecr.send(new DescribeRepositoriesCommand({ nextToken: 'junk' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    await expect(ecr.send(new DescribeRepositoriesCommand({ maxResults: 1001 }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message:
        "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
    });
  });
});

describe('CloudWatch ListMetrics', () => {
  it('answers 500 metrics a page and refuses a NextToken it did not hand out', async () => {
    const names = Array.from({ length: 501 }, (_, i) => `m${String(i).padStart(3, '0')}`);
    // In batches of 100: a larger PutMetricData body is one the SDK gzips, which is not what is tested here.
    for (let i = 0; i < names.length; i += 100) {
      await cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: 'Paged',
          MetricData: names.slice(i, i + 100).map((MetricName) => ({ MetricName, Value: 1 })),
        }),
      );
    }
    const first = await cloudwatch.send(new ListMetricsCommand({ Namespace: 'Paged' }));
    expect(first.Metrics).toHaveLength(500);
    const rest = await cloudwatch.send(
      new ListMetricsCommand({ Namespace: 'Paged', NextToken: first.NextToken }),
    );
    expect(rest.Metrics).toHaveLength(1);
    expect(rest.NextToken).toBeUndefined();
    const listed = [...(first.Metrics ?? []), ...(rest.Metrics ?? [])].map((m) => m.MetricName).sort();
    expect(listed).toEqual(names);
    await expect(
      cloudwatch.send(new ListMetricsCommand({ Namespace: 'Paged', NextToken: 'junk' })),
    ).rejects.toMatchObject({ name: 'InvalidNextToken' });
  });
});
