import { beforeEach, describe, expect, it } from '@jest/globals';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointAsyncCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { FakeClock } from '@modelship/shared/testing';
import { mockClient } from 'aws-sdk-client-mock';
import { AsyncEndpointTarget } from '../src/asyncEndpointTarget';

const runtime = mockClient(SageMakerRuntimeClient);
const s3 = mockClient(S3Client);

/** The one method of a streamed body the target reads. */
const body = (text: string) =>
  ({ transformToString: async () => text }) as unknown as GetObjectCommandOutput['Body'];
const missing = () => new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });

beforeEach(() => {
  runtime.reset();
  s3.reset();
  runtime.on(InvokeEndpointAsyncCommand).resolves({
    OutputLocation: 's3://out/churn/1.out',
    FailureLocation: 's3://out/churn/1-error.out',
  });
});

const target = (clock: FakeClock, withinMs = 60_000) =>
  new AsyncEndpointTarget(
    {
      sagemaker: new SageMakerClient({ region: 'eu-west-1' }),
      runtime: new SageMakerRuntimeClient({ region: 'eu-west-1' }),
      s3: new S3Client({ region: 'eu-west-1' }),
      clock,
    },
    'churn',
    's3://in-bucket/async/',
    withinMs,
  );

const request = { body: Buffer.from('{"instances": [[1]]}'), contentType: 'application/json' };

describe('AsyncEndpointTarget', () => {
  it('uploads the body under the prefix, invokes with it, and polls until the output appears', async () => {
    let polls = 0;
    s3.on(GetObjectCommand, { Key: 'churn/1.out' }).callsFake(() => {
      if (++polls < 3) throw missing();
      return { Body: body('{"predictions": [0.1]}') };
    });
    s3.on(GetObjectCommand, { Key: 'churn/1-error.out' }).rejects(missing());
    const clock = new FakeClock(0);
    const outcome = await target(clock).invoke(request, new AbortController().signal);
    expect(outcome).toMatchObject({ status: 200, body: '{"predictions": [0.1]}' });
    const put = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put).toMatchObject({ Bucket: 'in-bucket', ContentType: 'application/json' });
    expect(put?.Key).toMatch(/^async\/[0-9a-f-]{36}$/);
    expect(runtime.commandCalls(InvokeEndpointAsyncCommand)[0]?.args[0].input).toMatchObject({
      EndpointName: 'churn',
      InputLocation: `s3://in-bucket/${put?.Key}`,
    });
    expect(polls).toBe(3);
  });

  it('reports what the endpoint wrote to the failure location', async () => {
    s3.on(GetObjectCommand, { Key: 'churn/1.out' }).rejects(missing());
    s3.on(GetObjectCommand, { Key: 'churn/1-error.out' }).resolves({ Body: body('model crashed') });
    const outcome = await target(new FakeClock(0)).invoke(request, new AbortController().signal);
    expect(outcome).toMatchObject({
      status: 0,
      errorKind: 'AsyncFailure',
      detail: 'The endpoint wrote a failure to s3://out/churn/1-error.out: model crashed',
    });
  });

  it('gives up when no result appears within the time allowed', async () => {
    s3.on(GetObjectCommand).rejects(missing());
    await expect(
      target(new FakeClock(0), 10_000).invoke(request, new AbortController().signal),
    ).rejects.toThrow(/the async result of churn at s3:\/\/out\/churn\/1.out/);
  });
});
