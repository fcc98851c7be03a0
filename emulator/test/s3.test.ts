import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import { awsCli, awsCliAvailable } from './awsCliWithProtocol';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let s3: S3Client;
beforeAll(async () => {
  emulator = await startEmulator();
  s3 = new S3Client({ ...sdkClientConfig(emulator), forcePathStyle: true });
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.reset();
  await s3.send(new CreateBucketCommand({ Bucket: 'models' }));
});

const put = (Key: string, Body: string) => s3.send(new PutObjectCommand({ Bucket: 'models', Key, Body }));
const text = async (Key: string, Range?: string) => {
  const object = await s3.send(new GetObjectCommand({ Bucket: 'models', Key, Range }));
  return { object, body: await object.Body?.transformToString() };
};

describe('S3 buckets', () => {
  it('creates, heads, lists, locates and deletes buckets', async () => {
    await s3.send(
      new CreateBucketCommand({
        Bucket: 'data-eu',
        CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
      }),
    );
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual([
      'models',
      'data-eu',
    ]);
    expect((await s3.send(new HeadBucketCommand({ Bucket: 'data-eu' }))).BucketRegion).toBe('eu-west-1');
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: 'data-eu' }))).LocationConstraint).toBe(
      'eu-west-1',
    );
    // Re-creating a bucket you own is fine in us-east-1.
    await s3.send(new CreateBucketCommand({ Bucket: 'models' }));

    await put('a.txt', 'a');
    await expect(s3.send(new DeleteBucketCommand({ Bucket: 'models' }))).rejects.toMatchObject({
      name: 'BucketNotEmpty',
      $metadata: { httpStatusCode: 409 },
    });
    await s3.send(new DeleteBucketCommand({ Bucket: 'data-eu' }));
    await expect(s3.send(new HeadBucketCommand({ Bucket: 'data-eu' }))).rejects.toMatchObject({
      name: 'NotFound',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(s3.send(new CreateBucketCommand({ Bucket: 'Bad_Name' }))).rejects.toMatchObject({
      name: 'InvalidBucketName',
    });
  });
});

describe('S3 objects', () => {
  it('puts (with the CRC32 the SDK sends), gets, heads and deletes an object', async () => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: 'models',
        Key: 'churn/model v1.tar.gz',
        Body: 'hello world',
        ContentType: 'application/gzip',
        Metadata: { sha: 'abc123' },
      }),
    );
    expect(put.ETag).toBe('"5eb63bbbe01eeed093cb22bb8f5acdc3"');
    expect(put.ChecksumCRC32).toBe('DUoRhQ==');
    const { object, body } = await text('churn/model v1.tar.gz');
    expect(body).toBe('hello world');
    expect(object).toMatchObject({
      ContentType: 'application/gzip',
      ContentLength: 11,
      ETag: put.ETag,
      Metadata: { sha: 'abc123' },
      LastModified: expect.any(Date),
    });
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'churn/model v1.tar.gz' }));
    expect(head).toMatchObject({ ContentLength: 11, ContentType: 'application/gzip' });

    await s3.send(new DeleteObjectCommand({ Bucket: 'models', Key: 'churn/model v1.tar.gz' }));
    await expect(
      s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'churn/model v1.tar.gz' })),
    ).rejects.toMatchObject({
      name: 'NotFound',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(text('churn/model v1.tar.gz')).rejects.toMatchObject({
      name: 'NoSuchKey',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(s3.send(new GetObjectCommand({ Bucket: 'nobucket', Key: 'x' }))).rejects.toMatchObject({
      name: 'NoSuchBucket',
    });
  });

  it('decodes a streamed upload sent with aws-chunked framing and a trailing checksum', async () => {
    const chunks = [Buffer.alloc(70_000, 'a'), Buffer.alloc(30_000, 'b')];
    await s3.send(
      new PutObjectCommand({
        Bucket: 'models',
        Key: 'stream.bin',
        Body: Readable.from(chunks),
        ContentLength: 100_000,
      }),
    );
    const { body } = await text('stream.bin');
    expect(body).toBe(Buffer.concat(chunks).toString());
    const log = emulator.log.list({ service: 's3', operation: 'PutObject' });
    expect(log.at(-1)?.status).toBe(200);
  });

  it('refuses a body that does not match its checksum', async () => {
    await expect(
      s3.send(
        new PutObjectCommand({ Bucket: 'models', Key: 'x', Body: 'payload', ChecksumCRC32: 'AAAAAA==' }),
      ),
    ).rejects.toMatchObject({ name: 'BadDigest', $metadata: { httpStatusCode: 400 } });
    await expect(text('x')).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('serves byte ranges', async () => {
    await put('range.txt', '0123456789');
    const first = await text('range.txt', 'bytes=0-3');
    expect(first.body).toBe('0123');
    expect(first.object).toMatchObject({ ContentRange: 'bytes 0-3/10', ContentLength: 4 });
    expect((await text('range.txt', 'bytes=7-')).body).toBe('789');
    expect((await text('range.txt', 'bytes=-2')).body).toBe('89');
    await expect(text('range.txt', 'bytes=20-30')).rejects.toMatchObject({
      name: 'InvalidRange',
      $metadata: { httpStatusCode: 416 },
    });
  });

  it('copies objects with their metadata, or replaces it', async () => {
    await s3.send(
      new PutObjectCommand({
        Bucket: 'models',
        Key: 'src.json',
        Body: '{}',
        ContentType: 'application/json',
        Metadata: { a: '1' },
      }),
    );
    const copied = await s3.send(
      new CopyObjectCommand({ Bucket: 'models', Key: 'copy.json', CopySource: 'models/src.json' }),
    );
    expect(copied.CopyObjectResult?.ETag).toBe(
      (await s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'src.json' }))).ETag,
    );
    expect(await s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'copy.json' }))).toMatchObject({
      ContentType: 'application/json',
      Metadata: { a: '1' },
    });
    await s3.send(
      new CopyObjectCommand({
        Bucket: 'models',
        Key: 'replaced.json',
        CopySource: 'models/src.json',
        MetadataDirective: 'REPLACE',
        Metadata: { b: '2' },
        ContentType: 'text/plain',
      }),
    );
    expect(await s3.send(new HeadObjectCommand({ Bucket: 'models', Key: 'replaced.json' }))).toMatchObject({
      ContentType: 'text/plain',
      Metadata: { b: '2' },
    });
    await expect(
      s3.send(new CopyObjectCommand({ Bucket: 'models', Key: 'x', CopySource: 'models/missing' })),
    ).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('deletes several objects at once', async () => {
    for (const key of ['a', 'b', 'c']) await put(key, key);
    const deleted = await s3.send(
      new DeleteObjectsCommand({ Bucket: 'models', Delete: { Objects: [{ Key: 'a' }, { Key: 'c' }] } }),
    );
    expect(deleted.Deleted?.map((d) => d.Key)).toEqual(['a', 'c']);
    expect(
      (await s3.send(new ListObjectsV2Command({ Bucket: 'models' }))).Contents?.map((c) => c.Key),
    ).toEqual(['b']);
  });
});

describe('S3 listings', () => {
  beforeEach(async () => {
    for (const key of [
      'data/train/a.csv',
      'data/train/b.csv',
      'data/validation/c.csv',
      'data/readme.md',
      'models/m1.tar.gz',
      'top.txt',
    ]) {
      await put(key, 'x,y\n');
    }
  });

  it('lists by prefix and delimiter, with common prefixes', async () => {
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: 'models', Prefix: 'data/', Delimiter: '/' }),
    );
    expect(listed.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['data/train/', 'data/validation/']);
    expect(listed.Contents?.map((c) => c.Key)).toEqual(['data/readme.md']);
    expect(listed).toMatchObject({ KeyCount: 3, IsTruncated: false, Prefix: 'data/', Delimiter: '/' });
    const top = await s3.send(new ListObjectsV2Command({ Bucket: 'models', Delimiter: '/' }));
    expect(top.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['data/', 'models/']);
    expect(top.Contents?.map((c) => c.Key)).toEqual(['top.txt']);
    expect(top.Contents?.[0]).toMatchObject({
      Size: 4,
      StorageClass: 'STANDARD',
      LastModified: expect.any(Date),
    });
  });

  it('pages with MaxKeys and continuation tokens, counting a common prefix once', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({
          Bucket: 'models',
          Prefix: 'data/',
          Delimiter: '/',
          MaxKeys: 1,
          ContinuationToken: token,
        }),
      );
      seen.push(
        ...(page.CommonPrefixes ?? []).map((p) => p.Prefix as string),
        ...(page.Contents ?? []).map((c) => c.Key as string),
      );
      token = page.NextContinuationToken;
      expect(Boolean(token)).toBe(page.IsTruncated);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(['data/readme.md', 'data/train/', 'data/validation/']);

    const afterTrain = await s3.send(
      new ListObjectsV2Command({ Bucket: 'models', StartAfter: 'data/train/b.csv' }),
    );
    expect(afterTrain.Contents?.map((c) => c.Key)).toEqual([
      'data/validation/c.csv',
      'models/m1.tar.gz',
      'top.txt',
    ]);
    await expect(
      s3.send(new ListObjectsV2Command({ Bucket: 'models', ContinuationToken: 'not a token' })),
    ).rejects.toMatchObject({ name: 'InvalidArgument' });
  });

  it('answers the first version of ListObjects with markers', async () => {
    const first = await s3.send(new ListObjectsCommand({ Bucket: 'models', MaxKeys: 4 }));
    expect(first.Contents?.map((c) => c.Key)).toEqual([
      'data/readme.md',
      'data/train/a.csv',
      'data/train/b.csv',
      'data/validation/c.csv',
    ]);
    expect(first.IsTruncated).toBe(true);
    const rest = await s3.send(new ListObjectsCommand({ Bucket: 'models', Marker: 'data/validation/c.csv' }));
    expect(rest.Contents?.map((c) => c.Key)).toEqual(['models/m1.tar.gz', 'top.txt']);
    expect(rest.IsTruncated).toBe(false);
  });
});

describe('S3 beside SageMaker Runtime', () => {
  it('leaves /endpoints/... requests signed for sagemaker to the runtime', async () => {
    const runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
    await expect(
      runtime.send(
        new InvokeEndpointCommand({
          EndpointName: 'nope',
          Body: Buffer.from('{}'),
          ContentType: 'application/json',
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(emulator.log.list({ service: 's3' }).filter((r) => r.operation !== 'CreateBucket')).toEqual([]);
  });
});

describe('S3 through the AWS CLI', () => {
  const cli = awsCliAvailable() ? it : it.skip;
  if (!awsCliAvailable())
    console.warn('Skipping the AWS CLI test: `aws` is not on PATH (and CI is not true).');

  cli('copies a file up and down and lists it with `aws s3`', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-cli-'));
    fs.writeFileSync(path.join(dir, 'model card.md'), '# churn\n');
    await awsCli(emulator.url, [
      's3',
      'cp',
      path.join(dir, 'model card.md'),
      's3://models/cards/model card.md',
    ]);
    const [listed] = await Promise.all([
      awsCli(emulator.url, ['s3api', 'list-objects-v2', '--bucket', 'models', '--prefix', 'cards/']),
      awsCli(emulator.url, ['s3', 'cp', 's3://models/cards/model card.md', path.join(dir, 'back.md')]),
    ]);
    expect(listed.output.Contents.map((c: { Key: string }) => c.Key)).toEqual(['cards/model card.md']);
    expect(fs.readFileSync(path.join(dir, 'back.md'), 'utf8')).toBe('# churn\n');
  });
});
