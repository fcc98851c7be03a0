import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateModelPackageCommand,
  type CreateModelPackageCommandInput,
  CreateModelPackageGroupCommand,
  DeleteModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
const arns: string[] = [];

const packageOf = (group: string, tag: string, status?: 'Approved' | 'Rejected' | 'PendingManualApproval') =>
  ({
    ModelPackageGroupName: group,
    ModelPackageDescription: `churn model ${tag}`,
    InferenceSpecification: {
      Containers: [
        {
          Image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:${tag}`,
          ModelDataUrl: `s3://models/churn/${tag}/model.tar.gz`,
          Environment: { MODEL_TAG: tag },
        },
      ],
      SupportedContentTypes: ['application/json'],
      SupportedResponseMIMETypes: ['application/json'],
    },
    ModelApprovalStatus: status,
    ModelMetrics: {
      ModelQuality: {
        Statistics: { ContentType: 'application/json', S3Uri: `s3://models/churn/${tag}/evaluation.json` },
      },
    },
    CustomerMetadataProperties: { commit: tag, 'git/branch': 'main' },
  }) satisfies CreateModelPackageCommandInput;

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail');
};
const versionsOf = (list: { ModelPackageSummaryList?: Array<{ ModelPackageVersion?: number }> }) =>
  list.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion);

beforeAll(async () => {
  emulator = await startEmulator();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  const group = await sagemaker.send(
    new CreateModelPackageGroupCommand({
      ModelPackageGroupName: 'fraud',
      ModelPackageGroupDescription: 'fraud models',
      Tags: [{ Key: 'team', Value: 'risk' }],
    }),
  );
  expect(group.ModelPackageGroupArn).toBe(
    'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud',
  );
  await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'another-group' }));
  // Versions 1 and 2 approved, 3 pending (the default); by ARN for the group on the last one.
  arns.push(
    (await sagemaker.send(new CreateModelPackageCommand(packageOf('fraud', 'v1', 'Approved'))))
      .ModelPackageArn as string,
  );
  arns.push(
    (await sagemaker.send(new CreateModelPackageCommand(packageOf('fraud', 'v2', 'Approved'))))
      .ModelPackageArn as string,
  );
  arns.push(
    (
      await sagemaker.send(
        new CreateModelPackageCommand(packageOf(group.ModelPackageGroupArn as string, 'v3')),
      )
    ).ModelPackageArn as string,
  );
  await sagemaker.send(new CreateModelPackageCommand(packageOf('another-group', 'x1', 'Approved')));
});
afterAll(async () => {
  await emulator.stop();
});

describe('model package groups', () => {
  it('describes, lists (Ascending by default) and refuses to delete a group that has versions', async () => {
    const group = await sagemaker.send(
      new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'fraud' }),
    );
    expect(group).toMatchObject({
      ModelPackageGroupName: 'fraud',
      ModelPackageGroupDescription: 'fraud models',
      ModelPackageGroupStatus: 'Completed',
    });
    expect(group.CreationTime).toBeInstanceOf(Date);
    const tags = await sagemaker.send(new ListTagsCommand({ ResourceArn: group.ModelPackageGroupArn }));
    expect(tags.Tags).toEqual([{ Key: 'team', Value: 'risk' }]);

    const listed = await sagemaker.send(new ListModelPackageGroupsCommand({}));
    expect(listed.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName)).toEqual([
      'fraud',
      'another-group',
    ]);
    const byName = await sagemaker.send(
      new ListModelPackageGroupsCommand({ SortBy: 'Name', SortOrder: 'Ascending', NameContains: 'o' }),
    );
    expect(byName.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName)).toEqual([
      'another-group',
    ]);

    const inUse = await errorOf(
      sagemaker.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'fraud' })),
    );
    expect(inUse.name).toBe('ConflictException');
    await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'empty-group' }));
    await sagemaker.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'empty-group' }));
    const gone = await errorOf(
      sagemaker.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'empty-group' })),
    );
    expect(gone.name).toBe('ValidationException');
  });

  it('validates group names and descriptions', async () => {
    const badName = await errorOf(
      sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'under_score' })),
    );
    expect(badName.message).toContain('Member must satisfy regular expression pattern');
    const longDescription = await errorOf(
      sagemaker.send(
        new CreateModelPackageGroupCommand({
          ModelPackageGroupName: 'ok',
          ModelPackageGroupDescription: 'x'.repeat(1025),
        }),
      ),
    );
    expect(longDescription.name).toBe('ValidationException');
    const duplicate = await errorOf(
      sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'fraud' })),
    );
    expect(duplicate.name).toBe('ValidationException');
  });
});

describe('model packages', () => {
  it('numbers versions per group and describes a version by ARN', async () => {
    expect(arns).toEqual(
      [1, 2, 3].map((v) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/${v}`),
    );
    const v3 = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arns[2] }));
    expect(v3).toMatchObject({
      ModelPackageGroupName: 'fraud',
      ModelPackageVersion: 3,
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: 'PendingManualApproval',
      ModelPackageDescription: 'churn model v3',
      CustomerMetadataProperties: { commit: 'v3', 'git/branch': 'main' },
      ModelMetrics: { ModelQuality: { Statistics: { S3Uri: 's3://models/churn/v3/evaluation.json' } } },
    });
    expect(v3.InferenceSpecification?.Containers?.[0]).toMatchObject({
      Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:v3',
      ModelDataUrl: 's3://models/churn/v3/model.tar.gz',
      Environment: { MODEL_TAG: 'v3' },
    });
  });

  it('sorts Ascending by default and Descending on request, and picks the newest approved version', async () => {
    expect(
      versionsOf(await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'fraud' }))),
    ).toEqual([1, 2, 3]);
    expect(
      versionsOf(
        await sagemaker.send(
          new ListModelPackagesCommand({ ModelPackageGroupName: 'fraud', SortOrder: 'Descending' }),
        ),
      ),
    ).toEqual([3, 2, 1]);
    const newestApproved = await sagemaker.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: 'fraud',
        ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    );
    expect(newestApproved.ModelPackageSummaryList).toHaveLength(1);
    expect(newestApproved.ModelPackageSummaryList?.[0]).toMatchObject({
      ModelPackageArn: arns[1],
      ModelPackageVersion: 2,
      ModelApprovalStatus: 'Approved',
      ModelPackageStatus: 'Completed',
    });
    expect(newestApproved.NextToken).toBeDefined();
    const next = await sagemaker.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: 'fraud',
        ModelApprovalStatus: 'Approved',
        SortOrder: 'Descending',
        MaxResults: 1,
        NextToken: newestApproved.NextToken,
      }),
    );
    expect(versionsOf(next)).toEqual([1]);
    expect(next.NextToken).toBeUndefined();
  });

  it('filters by group, approval, name, creation time and package type', async () => {
    const all = await sagemaker.send(
      new ListModelPackagesCommand({ SortBy: 'Name', ModelPackageType: 'Versioned' }),
    );
    expect(
      all.ModelPackageSummaryList?.map((p) => `${p.ModelPackageGroupName}/${p.ModelPackageVersion}`),
    ).toEqual(['another-group/1', 'fraud/1', 'fraud/2', 'fraud/3']);
    const pending = await sagemaker.send(
      new ListModelPackagesCommand({
        ModelApprovalStatus: 'PendingManualApproval',
        ModelPackageType: 'Both',
      }),
    );
    expect(pending.ModelPackageSummaryList?.map((p) => p.ModelPackageArn)).toEqual([arns[2]]);
    expect(
      versionsOf(
        await sagemaker.send(
          new ListModelPackagesCommand({ NameContains: 'anoth', ModelPackageType: 'Versioned' }),
        ),
      ),
    ).toEqual([1]);
    const hour = 3_600_000;
    expect(
      versionsOf(
        await sagemaker.send(
          new ListModelPackagesCommand({
            ModelPackageGroupName: 'fraud',
            CreationTimeAfter: new Date(Date.now() - hour),
            CreationTimeBefore: new Date(Date.now() + hour),
          }),
        ),
      ),
    ).toEqual([1, 2, 3]);
    expect(
      versionsOf(
        await sagemaker.send(
          new ListModelPackagesCommand({
            CreationTimeAfter: new Date(Date.now() + hour),
            ModelPackageType: 'Both',
          }),
        ),
      ),
    ).toEqual([]);
    expect(
      versionsOf(
        await sagemaker.send(
          new ListModelPackagesCommand({ ModelPackageGroupName: 'fraud', ModelPackageType: 'Versioned' }),
        ),
      ),
    ).toEqual([1, 2, 3]);
    expect(
      versionsOf(await sagemaker.send(new ListModelPackagesCommand({ ModelPackageType: 'Unversioned' }))),
    ).toEqual([]);
  });

  it('updates approval and metadata', async () => {
    await sagemaker.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: arns[2],
        ModelApprovalStatus: 'Approved',
        ApprovalDescription: 'passed the canary',
        CustomerMetadataProperties: { canary: 'passed' },
        CustomerMetadataPropertiesToRemove: ['git/branch'],
      }),
    );
    const v3 = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arns[2] }));
    expect(v3).toMatchObject({
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: 'passed the canary',
      CustomerMetadataProperties: { commit: 'v3', canary: 'passed' },
    });
    expect(v3.CustomerMetadataProperties).not.toHaveProperty('git/branch');
    const newest = await sagemaker.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: 'fraud',
        ModelApprovalStatus: 'Approved',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    );
    expect(versionsOf(newest)).toEqual([3]);

    await sagemaker.send(
      new UpdateModelPackageCommand({ ModelPackageArn: arns[2], ModelApprovalStatus: 'Rejected' }),
    );
    const rejected = await sagemaker.send(
      new ListModelPackagesCommand({ ModelPackageGroupName: 'fraud', ModelApprovalStatus: 'Rejected' }),
    );
    expect(versionsOf(rejected)).toEqual([3]);
  });

  it('validates packages as the service does', async () => {
    const invalid: Array<[Partial<CreateModelPackageCommandInput>, string]> = [
      [{ ModelApprovalStatus: 'Maybe' as 'Approved' }, 'enum value set'],
      [{ InferenceSpecification: { Containers: [] } }, '1 to 15'],
      [
        { InferenceSpecification: { Containers: Array.from({ length: 16 }, () => ({ Image: 'x' })) } },
        '1 to 15',
      ],
      [{ CustomerMetadataProperties: { 'bad key!': 'x' } }, 'bad key!'],
      [{ CustomerMetadataProperties: {} }, '1 to 50'],
      [{ ModelPackageDescription: 'x'.repeat(1025) }, 'less than or equal to 1024'],
      [{ ModelPackageGroupName: 'no-such-group' }, 'no-such-group does not exist'],
    ];
    for (const [override, message] of invalid) {
      const err = await errorOf(
        sagemaker.send(new CreateModelPackageCommand({ ...packageOf('fraud', 'bad'), ...override })),
      );
      expect(err.name).toBe('ValidationException');
      expect(err.message).toContain(message);
    }
    const missing = await errorOf(
      sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: `${arns[0]?.slice(0, -1)}9` })),
    );
    expect(missing.name).toBe('ValidationException');
    const badList = await errorOf(sagemaker.send(new ListModelPackagesCommand({ MaxResults: 101 })));
    expect(badList.message).toContain('less than or equal to 100');
  });
});

describe('unversioned model packages', () => {
  const unversioned = (name: string) => {
    const { ModelPackageGroupName: _group, ...rest } = packageOf('unused', name);
    return { ...rest, ModelPackageName: name };
  };

  it('creates one by ModelPackageName alone and describes it by name or ARN', async () => {
    const created = await sagemaker.send(new CreateModelPackageCommand(unversioned('solo-model')));
    expect(created.ModelPackageArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package/solo-model');
    for (const key of ['solo-model', created.ModelPackageArn]) {
      const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: key }));
      expect(described).toMatchObject({
        ModelPackageName: 'solo-model',
        ModelPackageArn: created.ModelPackageArn,
        ModelPackageDescription: 'churn model solo-model',
      });
      expect(described.ModelPackageGroupName).toBeUndefined();
      expect(described.ModelPackageVersion).toBeUndefined();
    }
    const again = await errorOf(sagemaker.send(new CreateModelPackageCommand(unversioned('solo-model'))));
    expect(again.name).toBe('ValidationException');
  });

  it('refuses a name together with a group, and neither', async () => {
    const both = await errorOf(
      sagemaker.send(new CreateModelPackageCommand({ ...packageOf('fraud', 'both'), ModelPackageName: 'x' })),
    );
    expect(both).toMatchObject({ name: 'ValidationException' });
    expect(both.message).toMatch(/ModelPackageName and ModelPackageGroupName cannot both be given/);
    const neither = await errorOf(
      sagemaker.send(new CreateModelPackageCommand({ ...unversioned('x'), ModelPackageName: undefined })),
    );
    expect(neither.message).toMatch(/Either ModelPackageGroupName .* or ModelPackageName .* must be given/);
    const badName = await errorOf(sagemaker.send(new CreateModelPackageCommand(unversioned('under_score'))));
    expect(badName.message).toContain("at 'modelPackageName' failed to satisfy constraint");
    const fraudVersions = await sagemaker.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: 'fraud',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    );
    expect(versionsOf(fraudVersions)).toEqual([3]);
  });

  it('lists unversioned packages by default, a group versions, and both on request, with descriptions', async () => {
    const byDefault = await sagemaker.send(new ListModelPackagesCommand({}));
    expect(byDefault.ModelPackageSummaryList).toEqual([
      expect.objectContaining({
        ModelPackageName: 'solo-model',
        ModelPackageDescription: 'churn model solo-model',
        ModelPackageStatus: 'Completed',
        ModelApprovalStatus: 'PendingManualApproval',
      }),
    ]);
    const group = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'fraud' }));
    expect(group.ModelPackageSummaryList?.map((p) => p.ModelPackageDescription)).toEqual([
      'churn model v1',
      'churn model v2',
      'churn model v3',
    ]);
    const both = await sagemaker.send(
      new ListModelPackagesCommand({ ModelPackageType: 'Both', SortBy: 'Name' }),
    );
    expect(both.ModelPackageSummaryList?.map((p) => p.ModelPackageArn?.split(':model-package/')[1])).toEqual([
      'another-group/1',
      'fraud/1',
      'fraud/2',
      'fraud/3',
      'solo-model',
    ]);
    const groups = await sagemaker.send(new ListModelPackageGroupsCommand({ NameContains: 'fraud' }));
    expect(groups.ModelPackageGroupSummaryList).toEqual([
      expect.objectContaining({
        ModelPackageGroupName: 'fraud',
        ModelPackageGroupDescription: 'fraud models',
      }),
    ]);
  });
});

describe('additional inference specifications', () => {
  const spec = (Name: string) => ({
    Name,
    Description: `${Name} container`,
    Containers: [{ Image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:${Name}` }],
    SupportedContentTypes: ['text/csv'],
  });

  it('keeps those given at creation and adds AdditionalInferenceSpecificationsToAdd on update', async () => {
    const created = await sagemaker.send(
      new CreateModelPackageCommand({
        ...packageOf('fraud', 'v4'),
        AdditionalInferenceSpecifications: [spec('cpu')],
      }),
    );
    const arn = created.ModelPackageArn as string;
    await sagemaker.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: arn,
        AdditionalInferenceSpecificationsToAdd: [spec('gpu')],
      }),
    );
    const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(described.AdditionalInferenceSpecifications).toEqual([spec('cpu'), spec('gpu')]);

    const duplicate = await errorOf(
      sagemaker.send(
        new UpdateModelPackageCommand({
          ModelPackageArn: arn,
          ModelApprovalStatus: 'Approved',
          AdditionalInferenceSpecificationsToAdd: [spec('gpu')],
        }),
      ),
    );
    expect(duplicate.message).toMatch(/named "gpu" already exists/);
    const tooMany = await errorOf(
      sagemaker.send(
        new UpdateModelPackageCommand({
          ModelPackageArn: arn,
          AdditionalInferenceSpecificationsToAdd: Array.from({ length: 14 }, (_, i) => spec(`extra-${i}`)),
        }),
      ),
    );
    expect(tooMany.message).toMatch(/at most 15 additional inference specifications; this would make 16/);
    const unchanged = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(unchanged.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(unchanged.AdditionalInferenceSpecifications).toHaveLength(2);
  });
});
