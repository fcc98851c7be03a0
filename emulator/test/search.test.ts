import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  SageMakerClient,
  SearchCommand,
  type SearchCommandInput,
  type SearchExpression,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { FakeAlarms, FakeHosting } from './fakeHosting';
import { createEndpointInService, createModelAndConfig } from './hostingFixture';
import { bindTrainer, trainingJobRequest, uploadTrainingData } from './trainingFixture';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;

const image = (tag: string) => `123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:${tag}`;
const register = (group: string, tag: string, approval: 'Approved' | 'Rejected' | 'PendingManualApproval') =>
  sagemaker.send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: group,
      ModelPackageDescription: `churn ${tag}`,
      ModelApprovalStatus: approval,
      InferenceSpecification: {
        Containers: [{ Image: image(tag), ModelDataUrl: `s3://models/${tag}/model.tar.gz` }],
        SupportedContentTypes: ['application/json'],
        SupportedResponseMIMETypes: ['application/json'],
      },
      CustomerMetadataProperties: { commit: tag },
      Tags: [{ Key: 'stage', Value: approval === 'Approved' ? 'prod' : 'dev' }],
    }),
  );
const searchFor = async (input: SearchCommandInput) => sagemaker.send(new SearchCommand(input));
const packageVersions = async (input: Omit<SearchCommandInput, 'Resource'>) =>
  (await searchFor({ Resource: 'ModelPackage', ...input })).Results?.map(
    (r) => `${r.ModelPackage?.ModelPackageGroupName}/${r.ModelPackage?.ModelPackageVersion}`,
  );

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  emulator.env.stores.hosting = new FakeHosting();
  emulator.env.stores.alarms = new FakeAlarms();
  bindTrainer(emulator);
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  await sagemaker.send(
    new CreateModelPackageGroupCommand({
      ModelPackageGroupName: 'churn',
      ModelPackageGroupDescription: 'churn models',
      Tags: [{ Key: 'team', Value: 'growth' }],
    }),
  );
  await sagemaker.send(
    new CreateModelPackageGroupCommand({
      ModelPackageGroupName: 'fraud',
      ModelPackageGroupDescription: 'fraud',
    }),
  );
  await register('churn', 'v1', 'Approved');
  await register('churn', 'v2', 'Rejected');
  await register('churn', 'v3', 'Approved');
  await register('fraud', 'f1', 'PendingManualApproval');
});
afterAll(async () => {
  await emulator.stop();
});

describe('Search over model packages and groups', () => {
  it('filters with Equals, NotEquals, Contains, In, Exists and tags, newest first by default', async () => {
    const approved: SearchExpression = {
      Filters: [{ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' }],
    };
    expect(await packageVersions({ SearchExpression: approved })).toEqual(['churn/3', 'churn/1']);
    expect(
      await packageVersions({
        SearchExpression: {
          Filters: [
            { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn' },
            { Name: 'ModelApprovalStatus', Operator: 'NotEquals', Value: 'Approved' },
          ],
        },
      }),
    ).toEqual(['churn/2']);
    expect(
      await packageVersions({
        SearchExpression: {
          Filters: [{ Name: 'InferenceSpecification.Containers.Image', Operator: 'Contains', Value: ':f' }],
        },
      }),
    ).toEqual(['fraud/1']);
    expect(
      await packageVersions({
        SearchExpression: {
          Filters: [{ Name: 'CustomerMetadataProperties.commit', Operator: 'In', Value: 'v1, f1' }],
        },
        SortBy: 'ModelPackageVersion',
        SortOrder: 'Ascending',
      }),
    ).toEqual(['churn/1', 'fraud/1']);
    expect(
      await packageVersions({
        SearchExpression: { Filters: [{ Name: 'Tags.stage', Operator: 'Equals', Value: 'prod' }] },
      }),
    ).toEqual(['churn/3', 'churn/1']);
    expect(
      await packageVersions({
        SearchExpression: { Filters: [{ Name: 'ApprovalDescription', Operator: 'Exists' }] },
      }),
    ).toEqual([]);
    expect(
      await packageVersions({
        SearchExpression: { Filters: [{ Name: 'ApprovalDescription', Operator: 'NotExists' }] },
      }),
    ).toHaveLength(4);
  });

  it('compares numbers and times, combines with Or, sub-expressions and nested filters', async () => {
    expect(
      await packageVersions({
        SearchExpression: {
          Filters: [{ Name: 'ModelPackageVersion', Operator: 'GreaterThanOrEqualTo', Value: '2' }],
        },
      }),
    ).toEqual(['churn/3', 'churn/2']);
    expect(
      await packageVersions({
        SearchExpression: {
          Filters: [
            {
              Name: 'CreationTime',
              Operator: 'LessThan',
              Value: new Date(Date.now() + 60_000).toISOString(),
            },
          ],
        },
        SortBy: 'CreationTime',
        SortOrder: 'Ascending',
      }),
    ).toEqual(['churn/1', 'churn/2', 'churn/3', 'fraud/1']);
    expect(
      await packageVersions({
        SearchExpression: {
          Operator: 'Or',
          Filters: [{ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Rejected' }],
          SubExpressions: [
            {
              Filters: [
                { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'fraud' },
                { Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'PendingManualApproval' },
              ],
            },
          ],
        },
      }),
    ).toEqual(['fraud/1', 'churn/2']);
    expect(
      await packageVersions({
        SearchExpression: {
          NestedFilters: [
            {
              NestedPropertyName: 'InferenceSpecification.Containers',
              Filters: [
                { Name: 'InferenceSpecification.Containers.Image', Operator: 'Equals', Value: image('v3') },
                {
                  Name: 'InferenceSpecification.Containers.ModelDataUrl',
                  Operator: 'Contains',
                  Value: '/v3/',
                },
              ],
            },
          ],
        },
      }),
    ).toEqual(['churn/3']);
  });

  it('pages with MaxResults and NextToken, and finds groups by description and tag', async () => {
    const first = await searchFor({ Resource: 'ModelPackage', MaxResults: 3 });
    expect(first.Results).toHaveLength(3);
    const rest = await searchFor({ Resource: 'ModelPackage', MaxResults: 3, NextToken: first.NextToken });
    expect(rest.Results).toHaveLength(1);
    expect(rest.NextToken).toBeUndefined();

    const groups = await searchFor({
      Resource: 'ModelPackageGroup',
      SearchExpression: {
        Filters: [
          { Name: 'ModelPackageGroupDescription', Operator: 'Contains', Value: 'churn' },
          { Name: 'Tags.team', Operator: 'Equals', Value: 'growth' },
        ],
      },
    });
    expect(groups.Results).toEqual([
      {
        ModelPackageGroup: expect.objectContaining({
          ModelPackageGroupName: 'churn',
          ModelPackageGroupDescription: 'churn models',
          Tags: [{ Key: 'team', Value: 'growth' }],
        }),
      },
    ]);
  });

  it('refuses bad requests before searching', async () => {
    await expect(searchFor({ Resource: 'Spaceship' as 'Endpoint' })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining(
        "at 'resource' failed to satisfy constraint: Member must satisfy enum value set",
      ),
    });
    await expect(searchFor({ Resource: 'Project' })).rejects.toMatchObject({
      message:
        'Search on Project is not supported by the modelship emulator; it searches Endpoint, ModelPackage, ModelPackageGroup, Pipeline, TrainingJob.',
    });
    await expect(
      searchFor({
        Resource: 'ModelPackage',
        SearchExpression: {
          Filters: [{ Name: 'ModelApprovalStatus', Operator: 'Roughly' as 'Equals', Value: 'x' }],
        },
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("at 'searchExpression.filters.1.member.operator'"),
    });
    await expect(
      searchFor({
        Resource: 'ModelPackage',
        SearchExpression: { Filters: [{ Name: 'ModelApprovalStatus' }] },
      }),
    ).rejects.toMatchObject({ message: 'Filter ModelApprovalStatus with operator Equals needs a Value.' });
    await expect(searchFor({ Resource: 'ModelPackage', MaxResults: 101 })).rejects.toMatchObject({
      message: expect.stringContaining('less than or equal to 100'),
    });
    await expect(searchFor({ Resource: 'ModelPackage', NextToken: 'junk' })).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });
});

describe('Search over training jobs and endpoints', () => {
  it('finds training jobs by final metric, hyperparameter and status', async () => {
    const trainUri = uploadTrainingData(emulator);
    await sagemaker.send(new CreateTrainingJobCommand(trainingJobRequest('search-good', trainUri)));
    await sagemaker.send(
      new CreateTrainingJobCommand(trainingJobRequest('search-poor', trainUri, { threshold: '0.05' })),
    );
    for (const name of ['search-good', 'search-poor']) {
      await pollUntil(
        async () => {
          const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
          return job.TrainingJobStatus === 'InProgress' ? undefined : job;
        },
        20_000,
        `training job ${name} to end`,
      );
    }
    const names = async (expression: SearchCommandInput['SearchExpression']) =>
      (
        await searchFor({
          Resource: 'TrainingJob',
          SearchExpression: expression,
          SortBy: 'TrainingJobName',
          SortOrder: 'Ascending',
        })
      ).Results?.map((r) => r.TrainingJob?.TrainingJobName);
    expect(
      await names({ Filters: [{ Name: 'Metrics.accuracy', Operator: 'GreaterThan', Value: '0.8' }] }),
    ).toEqual(['search-good']);
    expect(
      await names({ Filters: [{ Name: 'HyperParameters.threshold', Operator: 'Equals', Value: '0.05' }] }),
    ).toEqual(['search-poor']);
    expect(
      await names({ Filters: [{ Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' }] }),
    ).toEqual(['search-good', 'search-poor']);
    const [result] =
      (await searchFor({ Resource: 'TrainingJob', MaxResults: 1, SortBy: 'TrainingJobName' })).Results ?? [];
    expect(result?.TrainingJob?.FinalMetricDataList?.map((m) => m.MetricName).sort()).toEqual([
      'accuracy',
      'loss',
    ]);
  });

  it('finds endpoints by status and name', async () => {
    await createModelAndConfig(sagemaker, 'search-ep');
    await createEndpointInService(sagemaker, 'search-ep', 'search-ep');
    const found = await searchFor({
      Resource: 'Endpoint',
      SearchExpression: {
        Filters: [
          { Name: 'EndpointStatus', Operator: 'Equals', Value: 'InService' },
          { Name: 'EndpointName', Operator: 'Contains', Value: 'search' },
        ],
      },
    });
    expect(found.Results).toEqual([
      {
        Endpoint: expect.objectContaining({
          EndpointName: 'search-ep',
          EndpointConfigName: 'search-ep',
          EndpointStatus: 'InService',
          EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/search-ep',
        }),
      },
    ]);
    const none = await searchFor({
      Resource: 'Endpoint',
      SearchExpression: { Filters: [{ Name: 'EndpointStatus', Operator: 'Equals', Value: 'Failed' }] },
    });
    expect(none.Results).toEqual([]);
  });
});
