import type { EmulatorEnvironment } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { OperationService, RequestContext } from '../../protocol/types';
import { InMemoryLogStore, type LogGroup, type LogStream } from './logStore';

const notFound = (message: string) => new AwsError('ResourceNotFoundException', message);
const invalid = (message: string) => new AwsError('InvalidParameterException', message);

/**
 * CloudWatch Logs over AWS JSON 1.1: enough for a step to follow an endpoint's or a training job's
 * output. GetLogEvents tokens are event positions, so a follower that polls with nextForwardToken gets
 * only new events, and the same token back when there are none.
 */
export function createLogsService(env: EmulatorEnvironment): OperationService {
  const store = new InMemoryLogStore(() => env.clock.now());
  env.stores.logs = store;
  env.onReset(() => store.clear());

  const groupOrFail = (name: unknown): LogGroup => {
    if (typeof name !== 'string' || !name) throw invalid('logGroupName is required.');
    const group = store.group(name);
    if (!group) throw notFound('The specified log group does not exist.');
    return group;
  };
  const streamOrFail = (group: LogGroup, name: unknown): LogStream => {
    const stream = store.stream(group, String(name));
    if (!stream) throw notFound('The specified log stream does not exist.');
    return stream;
  };
  const arn = (ctx: RequestContext, group: string) =>
    `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${group}:*`;
  const describeStream = (stream: LogStream) => ({
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    firstEventTimestamp: stream.events[0]?.timestamp,
    lastEventTimestamp: stream.events[stream.events.length - 1]?.timestamp,
    lastIngestionTime: stream.events[stream.events.length - 1]?.ingestionTime,
    storedBytes: 0,
  });

  return {
    kind: 'operations',
    name: 'logs',
    signingName: 'logs',
    targetPrefix: 'Logs_20140328',
    jsonVersion: '1.1',
    operations: {
      CreateLogGroup: (input: { logGroupName: string }) => {
        if (store.group(input.logGroupName))
          throw new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists');
        store.group(input.logGroupName, true);
        return {};
      },
      DeleteLogGroup: (input: { logGroupName: string }) => {
        groupOrFail(input.logGroupName);
        store.groups.delete(input.logGroupName);
        return {};
      },
      CreateLogStream: (input: { logGroupName: string; logStreamName: string }) => {
        const group = groupOrFail(input.logGroupName);
        if (store.stream(group, input.logStreamName)) {
          throw new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists');
        }
        store.stream(group, input.logStreamName, true);
        return {};
      },
      DescribeLogGroups: (input: { logGroupNamePrefix?: string }, ctx) => ({
        logGroups: [...store.groups.values()]
          .filter((g) => !input.logGroupNamePrefix || g.name.startsWith(input.logGroupNamePrefix))
          .map((g) => ({
            logGroupName: g.name,
            creationTime: g.creationTime,
            arn: arn(ctx, g.name),
            storedBytes: 0,
          })),
      }),
      DescribeLogStreams: (input: {
        logGroupName: string;
        logStreamNamePrefix?: string;
        orderBy?: string;
        descending?: boolean;
        limit?: number;
      }) => {
        const group = groupOrFail(input.logGroupName);
        if (input.orderBy === 'LastEventTime' && input.logStreamNamePrefix) {
          throw invalid('Cannot order by LastEventTime with a logStreamNamePrefix.');
        }
        let streams = [...group.streams.values()].filter(
          (s) => !input.logStreamNamePrefix || s.name.startsWith(input.logStreamNamePrefix),
        );
        streams =
          input.orderBy === 'LastEventTime'
            ? streams.sort((a, b) => (a.events.at(-1)?.timestamp ?? 0) - (b.events.at(-1)?.timestamp ?? 0))
            : streams.sort((a, b) => a.name.localeCompare(b.name));
        if (input.descending) streams.reverse();
        return { logStreams: streams.slice(0, input.limit ?? 50).map(describeStream) };
      },
      PutLogEvents: (input: {
        logGroupName: string;
        logStreamName: string;
        logEvents: Array<{ timestamp: number; message: string }>;
      }) => {
        const group = groupOrFail(input.logGroupName);
        const stream = streamOrFail(group, input.logStreamName);
        for (const event of input.logEvents ?? [])
          stream.events.push({ ...event, ingestionTime: env.clock.now() });
        return { nextSequenceToken: String(stream.events.length) };
      },
      GetLogEvents: (input: {
        logGroupName: string;
        logStreamName: string;
        nextToken?: string;
        startFromHead?: boolean;
        limit?: number;
        startTime?: number;
        endTime?: number;
      }) => {
        const stream = streamOrFail(groupOrFail(input.logGroupName), input.logStreamName);
        const limit = input.limit ?? 10_000;
        const token = /^f\/(\d+)$/.exec(input.nextToken ?? '');
        const inRange = (e: { timestamp: number }) =>
          (input.startTime === undefined || e.timestamp >= input.startTime) &&
          (input.endTime === undefined || e.timestamp < input.endTime);
        let start: number;
        if (token) start = Number(token[1]);
        else if (input.startFromHead) start = 0;
        else start = Math.max(0, stream.events.length - limit);
        const page = stream.events.slice(start, start + limit).filter(inRange);
        const next = start + page.length;
        return {
          events: page,
          nextForwardToken: `f/${String(next).padStart(20, '0')}`,
          nextBackwardToken: `b/${String(start).padStart(20, '0')}`,
        };
      },
      FilterLogEvents: (input: {
        logGroupName: string;
        logStreamNamePrefix?: string;
        logStreamNames?: string[];
        filterPattern?: string;
        startTime?: number;
        endTime?: number;
        limit?: number;
      }) => {
        const group = groupOrFail(input.logGroupName);
        // A quoted or plain term matches as a substring; CloudWatch's full pattern syntax is not emulated.
        const term = (input.filterPattern ?? '').replace(/^"|"$/g, '');
        const events = [...group.streams.values()]
          .filter(
            (s) =>
              (!input.logStreamNamePrefix || s.name.startsWith(input.logStreamNamePrefix)) &&
              (!input.logStreamNames || input.logStreamNames.includes(s.name)),
          )
          .flatMap((s) =>
            s.events.map((e, i) => ({ ...e, logStreamName: s.name, eventId: `${s.name}/${i}` })),
          )
          .filter(
            (e) =>
              (!term || e.message.includes(term)) &&
              (input.startTime === undefined || e.timestamp >= input.startTime) &&
              (input.endTime === undefined || e.timestamp < input.endTime),
          )
          .sort((a, b) => a.timestamp - b.timestamp)
          .slice(0, input.limit ?? 10_000);
        return { events, searchedLogStreams: [] };
      },
    },
  };
}
