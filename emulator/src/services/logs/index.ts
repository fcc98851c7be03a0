import type { EmulatorEnvironment } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { OperationService, RequestContext } from '../../protocol/types';
import { compileFilterPattern } from './filterPattern';
import { getLogEventsPage, parseLogToken } from './logEventPaging';
import { InMemoryLogStore, type LogGroup, type LogStream } from './logStore';

const notFound = (message: string) => new AwsError('ResourceNotFoundException', message);
const invalid = (message: string) => new AwsError('InvalidParameterException', message);
const alreadyExists = (message: string) => new AwsError('ResourceAlreadyExistsException', message);

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const STREAM_NAME = /^[^:*]{1,512}$/;
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
const DAY_MS = 24 * 60 * 60 * 1000;
/** PutLogEvents: each event counts its UTF-8 message plus 26 bytes, at most 1 MiB per batch. */
const MAX_BATCH_BYTES = 1_048_576;

type Input = Record<string, any>;

function constraint(member: string, value: unknown, rule: string): AwsError {
  return invalid(
    `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${rule}`,
  );
}

function limitOf(input: Input, max: number, fallback: number): number {
  if (input.limit === undefined) return fallback;
  const limit = Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw constraint('limit', input.limit, `Member must have value between 1 and ${max}`);
  }
  return limit;
}

/** Offset paging for the Describe and Filter operations; the token is the offset of the next item. */
function pageOf<T>(items: T[], nextToken: unknown, limit: number): { items: T[]; nextToken?: string } {
  const offset = nextToken === undefined ? 0 : Number(nextToken);
  if (!Number.isInteger(offset) || offset < 0) throw invalid('The specified nextToken is invalid.');
  const next = offset + limit;
  return { items: items.slice(offset, next), nextToken: next < items.length ? String(next) : undefined };
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
  const groupName = (input: Input): string => {
    const identifier = input.logGroupIdentifier as string | undefined;
    if (input.logGroupName !== undefined && identifier !== undefined) {
      throw invalid('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
    }
    const name = identifier?.startsWith('arn:')
      ? identifier.replace(/^arn:[^:]+:logs:[^:]*:[^:]*:log-group:/, '').replace(/:\*$/, '')
      : ((input.logGroupName ?? identifier) as string | undefined);
    if (!name) throw invalid('Either logGroupName or logGroupIdentifier is required.');
    return name;
  };
  const groupOrFail = (input: Input): LogGroup => {
    const group = store.group(groupName(input));
    if (!group) throw notFound('The specified log group does not exist.');
    return group;
  };
  const streamOrFail = (group: LogGroup, name: unknown): LogStream => {
    if (typeof name !== 'string' || !name) throw constraint('logStreamName', name, 'Member must not be null');
    const stream = store.stream(group, name);
    if (!stream) throw notFound('The specified log stream does not exist.');
    return stream;
  };
  const groupArn = (ctx: RequestContext, group: string) =>
    `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${group}`;
  const describeStream = (ctx: RequestContext, group: LogGroup, stream: LogStream) => ({
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
      CreateLogGroup: (input: Input) => {
        const name = input.logGroupName;
        if (typeof name !== 'string' || !GROUP_NAME.test(name)) {
          throw constraint(
            'logGroupName',
            name,
            'Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+',
          );
        }
        if (store.group(name)) throw alreadyExists('The specified log group already exists');
        store.group(name, true);
        return {};
      },

      DeleteLogGroup: (input: Input) => {
        store.groups.delete(groupOrFail(input).name);
        return {};
      },

      PutRetentionPolicy: (input: Input) => {
        const group = groupOrFail(input);
        const days = Number(input.retentionInDays);
        if (!RETENTION_DAYS.includes(days)) {
          throw constraint(
            'retentionInDays',
            input.retentionInDays,
            `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
          );
        }
        group.retentionInDays = days;
        return {};
      },

      CreateLogStream: (input: Input) => {
        const group = groupOrFail(input);
        const name = input.logStreamName;
        if (typeof name !== 'string' || !STREAM_NAME.test(name)) {
          throw constraint('logStreamName', name, 'Member must satisfy regular expression pattern: [^:*]*');
        }
        if (store.stream(group, name)) throw alreadyExists('The specified log stream already exists');
        store.stream(group, name, true);
        return {};
      },

      DeleteLogStream: (input: Input) => {
        const group = groupOrFail(input);
        group.streams.delete(streamOrFail(group, input.logStreamName).name);
        return {};
      },

      DescribeLogGroups: (input: Input, ctx) => {
        const prefix = input.logGroupNamePrefix as string | undefined;
        const pattern = (input.logGroupNamePattern as string | undefined)?.toLowerCase();
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
        const { items, nextToken } = pageOf(groups, input.nextToken, limitOf(input, 50, 50));
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

      DescribeLogStreams: (input: Input, ctx) => {
        const group = groupOrFail(input);
        const prefix = input.logStreamNamePrefix as string | undefined;
        const orderBy = (input.orderBy as string | undefined) ?? 'LogStreamName';
        if (!['LogStreamName', 'LastEventTime'].includes(orderBy)) {
          throw constraint(
            'orderBy',
            orderBy,
            'Member must satisfy enum value set: [LogStreamName, LastEventTime]',
          );
        }
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
        const { items, nextToken } = pageOf(streams, input.nextToken, limitOf(input, 50, 50));
        return { logStreams: items.map((s) => describeStream(ctx, group, s)), nextToken };
      },

      PutLogEvents: (input: Input) => {
        const group = groupOrFail(input);
        const stream = streamOrFail(group, input.logStreamName);
        const events = (input.logEvents ?? []) as Array<{ timestamp: number; message: string }>;
        if (!Array.isArray(events) || events.length === 0 || events.length > 10_000) {
          throw constraint(
            'logEvents',
            `${Array.isArray(events) ? events.length : 0} events`,
            'Member must have length between 1 and 10000',
          );
        }
        let bytes = 0;
        for (const [i, event] of events.entries()) {
          if (typeof event?.message !== 'string' || typeof event.timestamp !== 'number') {
            throw invalid(`Log event ${i} needs a message and a numeric timestamp.`);
          }
          if (i > 0 && event.timestamp < (events[i - 1] as { timestamp: number }).timestamp) {
            throw invalid('Log events in a single PutLogEvents request must be in chronological order.');
          }
          bytes += Buffer.byteLength(event.message) + 26;
        }
        if (bytes > MAX_BATCH_BYTES) {
          throw invalid(
            `Log events in a single PutLogEvents request must not exceed ${MAX_BATCH_BYTES} bytes.`,
          );
        }
        if (
          (events.at(-1) as { timestamp: number }).timestamp -
            (events[0] as { timestamp: number }).timestamp >
          DAY_MS
        ) {
          throw invalid(
            'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.',
          );
        }
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

      GetLogEvents: (input: Input) => {
        const stream = streamOrFail(groupOrFail(input), input.logStreamName);
        if (input.nextToken !== undefined && !parseLogToken(String(input.nextToken))) {
          throw invalid('The specified nextToken is invalid.');
        }
        return getLogEventsPage(stream, {
          nextToken: input.nextToken as string | undefined,
          startFromHead: input.startFromHead === true,
          limit: limitOf(input, 10_000, 10_000),
          startTime: input.startTime as number | undefined,
          endTime: input.endTime as number | undefined,
        });
      },

      FilterLogEvents: (input: Input) => {
        const group = groupOrFail(input);
        const names = input.logStreamNames as string[] | undefined;
        const prefix = input.logStreamNamePrefix as string | undefined;
        if (names && prefix) {
          throw invalid('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
        }
        const matches = compileFilterPattern(input.filterPattern as string | undefined);
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
        const { items, nextToken } = pageOf(events, input.nextToken, limitOf(input, 10_000, 10_000));
        return {
          events: items,
          searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
          nextToken,
        };
      },
    },
  };
}
