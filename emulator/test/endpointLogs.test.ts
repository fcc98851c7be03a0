import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { startEmulator, type RunningEmulator } from '../src';
import { createChurnEndpoint, installChurnModel } from '../src/testing/churnModelFixture';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ timing: { provisioningMs: 50 } });
});
afterAll(async () => {
  await emulator.stop();
});

describe('endpoint logs in CloudWatch Logs', () => {
  it("keeps each model process's output under /aws/sagemaker/Endpoints/<endpoint>, stream <variant>/<instance>", async () => {
    const modelData = await installChurnModel(emulator);
    await createChurnEndpoint(emulator, {
      name: 'logs',
      modelData,
      variants: [{ name: 'AllTraffic', count: 2 }],
    });

    const logs = new CloudWatchLogsClient(sdkClientConfig(emulator));
    const group = '/aws/sagemaker/Endpoints/logs';
    const streams = await logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    expect(streams.logStreams?.map((s) => s.logStreamName)).toEqual([
      expect.stringMatching(/^AllTraffic\/i-/),
      expect.stringMatching(/^AllTraffic\/i-/),
    ]);
    const first = await logs.send(
      new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: streams.logStreams?.[0]?.logStreamName,
        startFromHead: true,
      }),
    );
    expect(first.events?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^serving on port \d+$/),
    );
    // A follower polling with the forward token gets nothing new, and the same token back.
    const again = await logs.send(
      new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: streams.logStreams?.[0]?.logStreamName,
        nextToken: first.nextForwardToken,
      }),
    );
    expect(again.events).toEqual([]);
    expect(again.nextForwardToken).toBe(first.nextForwardToken);
    const filtered = await logs.send(
      new FilterLogEventsCommand({ logGroupName: group, filterPattern: 'serving' }),
    );
    expect(filtered.events).toHaveLength(2);
    await expect(
      logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
