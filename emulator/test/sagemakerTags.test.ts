import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AddTagsCommand,
  CreateModelPackageGroupCommand,
  DeleteTagsCommand,
  ListTagsCommand,
  SageMakerClient,
  type Tag,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;

const tags = (from: number, count: number): Tag[] =>
  Array.from({ length: count }, (_, i) => ({ Key: `key-${from + i}`, Value: `value-${from + i}` }));

const groupWithTags = async (name: string, initial: Tag[]) =>
  (await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name, Tags: initial })))
    .ModelPackageGroupArn as string;

beforeAll(async () => {
  emulator = await startEmulator();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

describe('the 50-tag limit is per resource', () => {
  it('accepts tags up to 50 in all, refuses the 51st and keeps the tags it had', async () => {
    const arn = await groupWithTags('tag-limit', tags(1, 30));
    await sagemaker.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(31, 20) }));
    await expect(
      sagemaker.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(51, 1) })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(/at most 50 tags, and it would have 51 \(50 already, 1 new\)/),
    });
    const listed = await sagemaker.send(new ListTagsCommand({ ResourceArn: arn }));
    expect(listed.Tags).toHaveLength(50);
    expect(listed.Tags?.map((t) => t.Key)).not.toContain('key-51');
  });

  it('counts an overwritten key once, and room freed by DeleteTags can be used again', async () => {
    const arn = await groupWithTags('tag-overwrite', tags(1, 50));
    await sagemaker.send(
      new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'key-1', Value: 'changed' }] }),
    );
    await sagemaker.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['key-2'] }));
    await sagemaker.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(60, 1) }));
    const listed = await sagemaker.send(new ListTagsCommand({ ResourceArn: arn }));
    expect(listed.Tags).toHaveLength(50);
    expect(listed.Tags).toContainEqual({ Key: 'key-1', Value: 'changed' });
    expect(listed.Tags).toContainEqual({ Key: 'key-60', Value: 'value-60' });
  });

  it('refuses a create call with more than 50 tags', async () => {
    await expect(groupWithTags('tag-too-many', tags(1, 51))).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });
});

describe('ListTags pages', () => {
  it('takes MaxResults 50 to 100 and a NextToken offset, and refuses a token it did not hand out', async () => {
    const arn = await groupWithTags('tag-pages', tags(1, 50));
    const first = await sagemaker.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 50 }));
    expect(first.Tags).toHaveLength(50);
    expect(first.NextToken).toBeUndefined();
    await sagemaker.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['key-1', 'key-2'] }));
    const afterDelete = await sagemaker.send(new ListTagsCommand({ ResourceArn: arn, NextToken: '40' }));
    expect(afterDelete.Tags?.map((t) => t.Key)).toEqual(tags(43, 8).map((t) => t.Key));
    await expect(
      sagemaker.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 49 })),
    ).rejects.toMatchObject({ name: 'ValidationException', message: expect.stringMatching(/maxResults/) });
    await expect(
      sagemaker.send(new ListTagsCommand({ ResourceArn: arn, NextToken: 'junk' })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
  });
});
