import type {
  CreateLogGroupRequest,
  CreateLogStreamRequest,
  DeleteLogGroupRequest,
  DeleteLogStreamRequest,
  DescribeLogGroupsRequest,
  DescribeLogGroupsResponse,
  DescribeLogStreamsRequest,
  DescribeLogStreamsResponse,
  FilterLogEventsRequest,
  FilterLogEventsResponse,
  GetLogEventsRequest,
  GetLogEventsResponse,
  LogStream as LogStreamDescription,
  PutLogEventsRequest,
  PutLogEventsResponse,
  PutRetentionPolicyRequest,
} from '@aws-sdk/client-cloudwatch-logs';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationService, RequestContext } from '../../protocol/types';
import { compileFilterPattern } from './filterPattern';
import { getLogEventsPage, parseLogToken } from './logEventPaging';
import { InMemoryLogStore, type LogGroup, type LogStream } from './logStore';
import {
  alreadyExists,
  checkedLogEvents,
  constraints,
  invalidParameter as invalid,
  limitOf,
  notFound,
  pageOfLogs,
} from './logsRequestChecks';

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const STREAM_NAME = /^[^:*]{1,512}$/;
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
const DAY_MS = 24 * 60 * 60 * 1000;

/** The members that name a log group: every operation has logGroupName, some also logGroupIdentifier. */
interface GroupNaming {
  logGroupName?: string;
  logGroupIdentifier?: string;
}

/**
 * CloudWatch Logs over AWS JSON 1.1: enough for a step, `aws logs tail` or the SageMaker SDKs to follow
 * an endpoint's or a training job's output. Tools rely on ResourceNotFoundException for a group that
 * does not exist yet (SageMaker creates /aws/sagemaker/TrainingJobs with the account's first job).
 */
export function createLogsService(env: EmulatorEnvironment): OperationService {
  const store = new InMemoryLogStore(() => env.clock.now());
  env.stores.logs = store;
  env.onReset(() => store.clear());

  /** logGroupName, or logGroupIdentifier (a name or an ARN) where the operation accepts one. */
  const groupName = (input: GroupNaming): string => {
    const identifier = input.logGroupIdentifier;
    if (input.logGroupName !== undefined && identifier !== undefined) {
      throw invalid('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
    }
    const name = identifier?.startsWith('arn:')
      ? identifier.replace(/^arn:[^:]+:logs:[^:]*:[^:]*:log-group:/, '').replace(/:\*$/, '')
      : (input.logGroupName ?? identifier);
    if (!name) throw invalid('Either logGroupName or logGroupIdentifier is required.');
    return name;
  };
  const groupOrFail = (input: GroupNaming): LogGroup => {
    const group = store.group(groupName(input));
    if (!group) throw notFound('The specified log group does not exist.');
    return group;
  };
  const streamOrFail = (group: LogGroup, name: unknown): LogStream => {
    const given = constraints.required(name, 'logStreamName');
    if (typeof given !== 'string')
      throw constraints.violation(given, 'logStreamName', 'Member must be a string');
    const stream = store.stream(group, given);
    if (!stream) throw notFound('The specified log stream does not exist.');
    return stream;
  };
  const groupArn = (ctx: RequestContext, group: string) =>
    `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${group}`;
  const describeStream = (ctx: RequestContext, group: LogGroup, stream: LogStream): LogStreamDescription => ({
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    firstEventTimestamp: stream.events[0]?.timestamp,
    lastEventTimestamp: stream.events.at(-1)?.timestamp,
    lastIngestionTime: stream.events.at(-1)?.ingestionTime,
    uploadSequenceToken: String(stream.firstPosition + stream.events.length),
    arn: `${groupArn(ctx, group.name)}:log-stream:${stream.name}`,
    storedBytes: 0,
  });

  return {
    kind: 'operations',
    name: 'logs',
    signingName: 'logs',
    targetPrefix: 'Logs_20140328',
    jsonVersion: '1.1',
    operations: {
      CreateLogGroup: (input: CreateLogGroupRequest) => {
        const name = constraints.pattern(
          input.logGroupName,
          'logGroupName',
          GROUP_NAME,
          '[\\.\\-_/#A-Za-z0-9]+',
        );
        if (store.group(name)) throw alreadyExists('The specified log group already exists');
        store.group(name, true);
        return {};
      },

      DeleteLogGroup: (input: DeleteLogGroupRequest) => {
        store.groups.delete(groupOrFail(input).name);
        return {};
      },

      PutRetentionPolicy: (input: PutRetentionPolicyRequest) => {
        const group = groupOrFail(input);
        const days = Number(input.retentionInDays);
        if (!RETENTION_DAYS.includes(days)) {
          throw constraints.violation(
            input.retentionInDays,
            'retentionInDays',
            `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
          );
        }
        group.retentionInDays = days;
        return {};
      },

      CreateLogStream: (input: CreateLogStreamRequest) => {
        const group = groupOrFail(input);
        const name = constraints.pattern(input.logStreamName, 'logStreamName', STREAM_NAME, '[^:*]*');
        if (store.stream(group, name)) throw alreadyExists('The specified log stream already exists');
        store.stream(group, name, true);
        return {};
      },

      DeleteLogStream: (input: DeleteLogStreamRequest) => {
        const group = groupOrFail(input);
        group.streams.delete(streamOrFail(group, input.logStreamName).name);
        return {};
      },

      DescribeLogGroups: (input: DescribeLogGroupsRequest, ctx): DescribeLogGroupsResponse => {
        const prefix = input.logGroupNamePrefix;
        const pattern = input.logGroupNamePattern?.toLowerCase();
        if (prefix !== undefined && pattern !== undefined) {
          throw invalid('LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.');
        }
        const groups = [...store.groups.values()]
          .filter(
            (g) =>
              (prefix === undefined || g.name.startsWith(prefix)) &&
              (!pattern || g.name.toLowerCase().includes(pattern)),
          )
          .sort((a, b) => (a.name < b.name ? -1 : 1));
        const { items, nextToken } = pageOfLogs(groups, input.nextToken, limitOf(input.limit, 50, 50));
        return {
          logGroups: items.map((g) => ({
            logGroupName: g.name,
            creationTime: g.creationTime,
            retentionInDays: g.retentionInDays,
            metricFilterCount: 0,
            arn: `${groupArn(ctx, g.name)}:*`,
            logGroupArn: groupArn(ctx, g.name),
            storedBytes: 0,
            logGroupClass: 'STANDARD',
          })),
          nextToken,
        };
      },

      DescribeLogStreams: (input: DescribeLogStreamsRequest, ctx): DescribeLogStreamsResponse => {
        const group = groupOrFail(input);
        const prefix = input.logStreamNamePrefix;
        const orderBy = input.orderBy ?? 'LogStreamName';
        constraints.oneOf(orderBy, 'orderBy', ['LogStreamName', 'LastEventTime']);
        if (orderBy === 'LastEventTime' && prefix) {
          throw invalid('Cannot order by LastEventTime with a logStreamNamePrefix.');
        }
        const streams = [...group.streams.values()].filter((s) => !prefix || s.name.startsWith(prefix));
        if (orderBy === 'LastEventTime') {
          // Streams with no events yet sort first, as their last event time is unset.
          streams.sort((a, b) => (a.events.at(-1)?.timestamp ?? 0) - (b.events.at(-1)?.timestamp ?? 0));
        } else {
          streams.sort((a, b) => (a.name < b.name ? -1 : 1));
        }
        if (input.descending === true) streams.reverse();
        const { items, nextToken } = pageOfLogs(streams, input.nextToken, limitOf(input.limit, 50, 50));
        return { logStreams: items.map((s) => describeStream(ctx, group, s)), nextToken };
      },

      PutLogEvents: (input: PutLogEventsRequest): PutLogEventsResponse => {
        const group = groupOrFail(input);
        const stream = streamOrFail(group, input.logStreamName);
        const events = checkedLogEvents(input.logEvents);
        // Like CloudWatch, events too old (14 days, or the retention) or too new (2 hours) are skipped, not refused.
        const now = env.clock.now();
        const oldest = now - Math.min(14, group.retentionInDays ?? 14) * DAY_MS;
        const newest = now + 2 * 60 * 60 * 1000;
        const tooOld = events.filter((e) => e.timestamp < oldest).length;
        const tooNewFrom = events.findIndex((e) => e.timestamp > newest);
        const accepted = events.slice(tooOld, tooNewFrom < 0 ? undefined : tooNewFrom);
        store.appendTo(
          stream,
          accepted.map((e) => ({ timestamp: e.timestamp, message: e.message })),
        );
        const rejected = {
          ...(tooOld ? { tooOldLogEventEndIndex: tooOld } : {}),
          ...(tooNewFrom >= 0 ? { tooNewLogEventStartIndex: tooNewFrom } : {}),
        };
        return {
          nextSequenceToken: String(stream.firstPosition + stream.events.length),
          ...(Object.keys(rejected).length ? { rejectedLogEventsInfo: rejected } : {}),
        };
      },

      GetLogEvents: (input: GetLogEventsRequest): GetLogEventsResponse => {
        const stream = streamOrFail(groupOrFail(input), input.logStreamName);
        if (input.nextToken !== undefined && !parseLogToken(input.nextToken)) {
          throw invalid('The specified nextToken is invalid.');
        }
        return getLogEventsPage(stream, {
          nextToken: input.nextToken,
          startFromHead: input.startFromHead === true,
          limit: limitOf(input.limit, 10_000, 10_000),
          startTime: input.startTime,
          endTime: input.endTime,
        });
      },

      FilterLogEvents: (input: FilterLogEventsRequest): FilterLogEventsResponse => {
        const group = groupOrFail(input);
        const names = input.logStreamNames;
        const prefix = input.logStreamNamePrefix;
        if (names && prefix) {
          throw invalid('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
        }
        const matches = compileFilterPattern(input.filterPattern);
        if (typeof matches !== 'function') throw invalid(matches.unsupported);
        const streams = [...group.streams.values()].filter(
          (s) => (!prefix || s.name.startsWith(prefix)) && (!names || names.includes(s.name)),
        );
        const events = streams
          .flatMap((s) =>
            s.events.map((e, i) => ({
              logStreamName: s.name,
              timestamp: e.timestamp,
              message: e.message,
              ingestionTime: e.ingestionTime,
              eventId: `${s.id}${String(s.firstPosition + i).padStart(16, '0')}`,
            })),
          )
          .filter(
            (e) =>
              (input.startTime === undefined || e.timestamp >= input.startTime) &&
              (input.endTime === undefined || e.timestamp < input.endTime) &&
              matches(e.message),
          )
          // Stable: events of one stream keep their order when timestamps tie.
          .sort((a, b) => a.timestamp - b.timestamp);
        const { items, nextToken } = pageOfLogs(
          events,
          input.nextToken,
          limitOf(input.limit, 10_000, 10_000),
        );
        return {
          events: items,
          searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
          nextToken,
        };
      },
    },
  };
}
