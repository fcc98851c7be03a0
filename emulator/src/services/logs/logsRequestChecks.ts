import type { InputLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import { AwsError } from '../../protocol/awsError';
import { pageOf } from '../../protocol/listPager';
import { memberConstraints } from '../../protocol/memberConstraints';

export const notFound = (message: string) => new AwsError('ResourceNotFoundException', message);
export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message);
export const alreadyExists = (message: string) => new AwsError('ResourceAlreadyExistsException', message);

/** CloudWatch Logs' member checks: it answers a member that breaks its model with InvalidParameterException. */
export const constraints = memberConstraints(invalidParameter);

/** `limit` of the Describe, Get and Filter operations: 1 to `max`, `fallback` when not given. */
export function limitOf(limit: number | undefined, max: number, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit)) throw constraints.violation(limit, 'limit', 'Member must be an integer');
  constraints.range(limit, 'limit', 1, max);
  return limit;
}

/** Offset paging for the Describe and Filter operations; any token not handed out here is refused. */
export function pageOfLogs<T>(items: T[], nextToken: string | undefined, limit: number) {
  const { page, next } = pageOf(items, {
    size: limit,
    token: nextToken,
    invalidToken: () => invalidParameter('The specified nextToken is invalid.'),
  });
  return { items: page, nextToken: next };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** PutLogEvents: each event counts its UTF-8 message plus 26 bytes, at most 1 MiB per batch. */
const MAX_BATCH_BYTES = 1_048_576;
const MAX_BATCH_EVENTS = 10_000;

/** PutLogEvents' batch as CloudWatch Logs checks it: 1 to 10,000 events, in order, within 1 MiB and 24 hours. */
export function checkedLogEvents(
  given: InputLogEvent[] | undefined,
): Array<{ timestamp: number; message: string }> {
  const events: unknown = given ?? [];
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH_EVENTS) {
    // The count stands for the list in the message: a batch can be thousands of events long.
    throw constraints.violation(
      `${Array.isArray(events) ? events.length : 0} events`,
      'logEvents',
      `Member must have length between 1 and ${MAX_BATCH_EVENTS}`,
    );
  }
  const checked: Array<{ timestamp: number; message: string }> = [];
  let bytes = 0;
  for (const [i, event] of (events as unknown[]).entries()) {
    const { message, timestamp } = (event ?? {}) as InputLogEvent;
    if (typeof message !== 'string' || typeof timestamp !== 'number') {
      throw invalidParameter(`Log event ${i} needs a message and a numeric timestamp.`);
    }
    if (i > 0 && timestamp < (checked[i - 1]?.timestamp ?? timestamp)) {
      throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
    bytes += Buffer.byteLength(message) + 26;
    checked.push({ timestamp, message });
  }
  if (bytes > MAX_BATCH_BYTES) {
    throw invalidParameter(
      `Log events in a single PutLogEvents request must not exceed ${MAX_BATCH_BYTES} bytes.`,
    );
  }
  if ((checked.at(-1)?.timestamp ?? 0) - (checked[0]?.timestamp ?? 0) > DAY_MS) {
    throw invalidParameter(
      'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.',
    );
  }
  return checked;
}
