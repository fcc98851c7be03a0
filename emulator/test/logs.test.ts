import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  paginateGetLogEvents,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let logs: CloudWatchLogsClient;
beforeAll(async () => {
  emulator = await startEmulator();
  logs = new CloudWatchLogsClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.reset();
});

const group = '/aws/sagemaker/TrainingJobs';
const base = Date.now() - 60_000;
const putEvents = (logStreamName: string, messages: string[], start = base) =>
  logs.send(
    new PutLogEventsCommand({
      logGroupName: group,
      logStreamName,
      logEvents: messages.map((message, i) => ({ message, timestamp: start + i })),
    }),
  );
const getEvents = (input: Partial<ConstructorParameters<typeof GetLogEventsCommand>[0]>) =>
  logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: 'job/algo-1', ...input }));

describe('CloudWatch Logs groups and streams', () => {
  it('says ResourceNotFoundException for a group that does not exist yet, as tools expect', async () => {
    await expect(logs.send(new DescribeLogStreamsCommand({ logGroupName: group }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
    await expect(
      logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: 'x' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(logs.send(new DeleteLogGroupCommand({ logGroupName: group }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('creates, describes (sorted, by prefix) and deletes groups', async () => {
    for (const name of ['/aws/sagemaker/Endpoints/b', group, '/aws/codebuild/x']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    }
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: group }))).rejects.toMatchObject({
      name: 'ResourceAlreadyExistsException',
    });
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: 'bad name' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    const all = await logs.send(new DescribeLogGroupsCommand({}));
    expect(all.logGroups?.map((g) => g.logGroupName)).toEqual([
      '/aws/codebuild/x',
      '/aws/sagemaker/Endpoints/b',
      group,
    ]);
    expect(all.logGroups?.[2]).toMatchObject({
      arn: `arn:aws:logs:us-east-1:123456789012:log-group:${group}:*`,
      logGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:${group}`,
      creationTime: expect.any(Number),
    });
    const sagemaker = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/sagemaker/' }),
    );
    expect(sagemaker.logGroups?.map((g) => g.logGroupName)).toEqual(['/aws/sagemaker/Endpoints/b', group]);
    const paged = await logs.send(new DescribeLogGroupsCommand({ limit: 2 }));
    expect(paged.logGroups).toHaveLength(2);
    const rest = await logs.send(new DescribeLogGroupsCommand({ limit: 2, nextToken: paged.nextToken }));
    expect(rest.logGroups?.map((g) => g.logGroupName)).toEqual([group]);
    expect(rest.nextToken).toBeUndefined();

    await logs.send(new DeleteLogGroupCommand({ logGroupName: group }));
    expect((await logs.send(new DescribeLogGroupsCommand({}))).logGroups).toHaveLength(2);
  });

  it('describes streams by prefix, or by last event time, newest first', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    for (const name of ['job-b/algo-1-1', 'job-a/algo-1-1', 'job-a/algo-2-1']) {
      await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: name }));
    }
    await expect(
      logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'job-b/algo-1-1' })),
    ).rejects.toMatchObject({ name: 'ResourceAlreadyExistsException' });
    await putEvents('job-a/algo-2-1', ['late'], base + 5000);
    await putEvents('job-b/algo-1-1', ['early'], base);

    const byPrefix = await logs.send(
      new DescribeLogStreamsCommand({ logGroupName: group, logStreamNamePrefix: 'job-a/' }),
    );
    expect(byPrefix.logStreams?.map((s) => s.logStreamName)).toEqual(['job-a/algo-1-1', 'job-a/algo-2-1']);
    const newest = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: group,
        orderBy: 'LastEventTime',
        descending: true,
        limit: 2,
      }),
    );
    expect(newest.logStreams?.map((s) => s.logStreamName)).toEqual(['job-a/algo-2-1', 'job-b/algo-1-1']);
    expect(newest.logStreams?.[0]).toMatchObject({
      firstEventTimestamp: base + 5000,
      lastEventTimestamp: base + 5000,
      lastIngestionTime: expect.any(Number),
    });
    expect(newest.nextToken).toBeDefined();
    await expect(
      logs.send(
        new DescribeLogStreamsCommand({
          logGroupName: group,
          orderBy: 'LastEventTime',
          logStreamNamePrefix: 'job',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Cannot order by LastEventTime with a logStreamNamePrefix.',
    });
  });
});

describe('CloudWatch Logs events', () => {
  beforeEach(async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'job/algo-1' }));
  });

  it('puts events and reads them from the head or the tail', async () => {
    await putEvents('job/algo-1', ['epoch 1 loss=0.9', 'epoch 2 loss=0.5', 'epoch 3 loss=0.2']);
    const head = await getEvents({ startFromHead: true, limit: 2 });
    expect(head.events?.map((e) => e.message)).toEqual(['epoch 1 loss=0.9', 'epoch 2 loss=0.5']);
    expect(head.events?.[0]).toMatchObject({ timestamp: base, ingestionTime: expect.any(Number) });
    const tail = await getEvents({ limit: 2 });
    expect(tail.events?.map((e) => e.message)).toEqual(['epoch 2 loss=0.5', 'epoch 3 loss=0.2']);
    // Backwards from the tail's first event: the one before it.
    const older = await getEvents({ nextToken: tail.nextBackwardToken, limit: 2 });
    expect(older.events?.map((e) => e.message)).toEqual(['epoch 1 loss=0.9']);
    const oldest = await getEvents({ nextToken: older.nextBackwardToken });
    expect(oldest.events).toEqual([]);
    expect(oldest.nextBackwardToken).toBe(older.nextBackwardToken);

    const window = await getEvents({ startFromHead: true, startTime: base + 1, endTime: base + 2 });
    expect(window.events?.map((e) => e.message)).toEqual(['epoch 2 loss=0.5']);
    await expect(getEvents({ nextToken: 'garbage' })).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: group,
          logStreamName: 'job/algo-1',
          logEvents: [
            { message: 'b', timestamp: base + 10 },
            { message: 'a', timestamp: base },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Log events in a single PutLogEvents request must be in chronological order.',
    });
  });

  it('lets a follower poll with nextForwardToken: new events only, the same token when there are none', async () => {
    await putEvents('job/algo-1', ['starting']);
    const first = await getEvents({ startFromHead: true });
    expect(first.events?.map((e) => e.message)).toEqual(['starting']);

    const idle = await getEvents({ nextToken: first.nextForwardToken });
    expect(idle.events).toEqual([]);
    expect(idle.nextForwardToken).toBe(first.nextForwardToken);

    await putEvents('job/algo-1', ['epoch 1', 'epoch 2'], base + 10);
    // What a model process prints reaches the same stream through env.stores.logs.
    emulator.env.stores.logs?.append(group, 'job/algo-1', 'done', base + 20);
    const next = await getEvents({ nextToken: idle.nextForwardToken });
    expect(next.events?.map((e) => e.message)).toEqual(['epoch 1', 'epoch 2', 'done']);
    expect(next.nextForwardToken).not.toBe(idle.nextForwardToken);
    const again = await getEvents({ nextToken: next.nextForwardToken });
    expect(again.events).toEqual([]);
    expect(again.nextForwardToken).toBe(next.nextForwardToken);

    // The SDK's paginator, told to stop on a repeated token, reads everything once.
    const messages: string[] = [];
    for await (const page of paginateGetLogEvents(
      { client: logs, pageSize: 2, stopOnSameToken: true },
      { logGroupName: group, logStreamName: 'job/algo-1', startFromHead: true },
    )) {
      messages.push(...(page.events ?? []).map((e) => e.message as string));
    }
    expect(messages).toEqual(['starting', 'epoch 1', 'epoch 2', 'done']);
  });

  it('filters events across streams by prefix, pattern and time', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'job/algo-2' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'other/algo-1' }));
    await putEvents('job/algo-1', ['INFO start', 'ERROR disk full', 'INFO done'], base);
    await putEvents('job/algo-2', ['ERROR timeout talking to S3', 'WARN slow'], base + 1);
    await putEvents('other/algo-1', ['ERROR not ours'], base);

    const filter = (input: Partial<ConstructorParameters<typeof FilterLogEventsCommand>[0]>) =>
      logs
        .send(new FilterLogEventsCommand({ logGroupName: group, logStreamNamePrefix: 'job/', ...input }))
        .then((r) => r.events?.map((e) => `${e.logStreamName}: ${e.message}`));

    expect(await filter({ filterPattern: 'ERROR' })).toEqual([
      'job/algo-1: ERROR disk full',
      'job/algo-2: ERROR timeout talking to S3',
    ]);
    expect(await filter({ filterPattern: '"talking to"' })).toEqual([
      'job/algo-2: ERROR timeout talking to S3',
    ]);
    expect(await filter({ filterPattern: 'ERROR -disk' })).toEqual([
      'job/algo-2: ERROR timeout talking to S3',
    ]);
    expect(await filter({ filterPattern: '?WARN ?full' })).toEqual([
      'job/algo-1: ERROR disk full',
      'job/algo-2: WARN slow',
    ]);
    expect(await filter({ startTime: base + 2, endTime: base + 3 })).toEqual([
      'job/algo-1: INFO done',
      'job/algo-2: WARN slow',
    ]);
    const page = await logs.send(
      new FilterLogEventsCommand({ logGroupName: group, logStreamNamePrefix: 'job/', limit: 3 }),
    );
    expect(page.events).toHaveLength(3);
    expect(page.events?.[0]?.eventId).toEqual(expect.any(String));
    const rest = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: group,
        logStreamNamePrefix: 'job/',
        limit: 3,
        nextToken: page.nextToken,
      }),
    );
    expect(rest.events).toHaveLength(2);
    expect(rest.nextToken).toBeUndefined();
    await expect(filter({ filterPattern: '{ $.level = "ERROR" }' })).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
  });
});
