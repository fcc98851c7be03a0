import { ModelshipError } from './errors';

/**
 * The one place that decides whether an AWS error says "try again later" rather than "this is wrong":
 * throttling, a 5xx, a dropped or timed-out connection. Poll loops treat such an error on a read as no
 * news this poll; mutating calls leave it to the SDK's retries.
 */
const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const TRANSIENT_CODES = new Set(['InternalFailure', 'InternalError', 'ServiceUnavailable', 'RequestTimeout']);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'TimeoutError',
]);

interface ErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

export function isTransientAwsError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as ErrorShape;
  if (e.name === 'AbortError') return false;
  const status = e.$metadata?.httpStatusCode ?? 0;
  return (
    THROTTLING_CODES.has(e.name ?? '') ||
    TRANSIENT_CODES.has(e.name ?? '') ||
    NETWORK_CODES.has(e.code ?? '') ||
    NETWORK_CODES.has(e.name ?? '') ||
    status === 429 ||
    status >= 500 ||
    isTransientAwsError(e.cause, depth + 1)
  );
}

/** How many transient failures in a row a poll loop sits out before it gives up. */
export const TRANSIENT_READS_TOLERATED = 10;

/**
 * Counts transient failures of one poll's read in a row. A transient error is swallowed (the poll
 * had no news) until `limit` come in a row; then, or on any other error, the error is thrown, the
 * last one saying how long it persisted.
 */
export class TransientReadTolerance {
  private inARow = 0;

  constructor(
    /** What is read, for the message: "DescribeEndpoint on churn". */
    private readonly what: string,
    private readonly limit: number = TRANSIENT_READS_TOLERATED,
  ) {}

  /** The read's value, or undefined when it failed transiently and the poll should try again later. */
  async read<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await call();
      this.inARow = 0;
      return value;
    } catch (err) {
      if (!isTransientAwsError(err)) throw err;
      this.inARow += 1;
      if (this.inARow < this.limit) return undefined;
      const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      throw new ModelshipError(
        `${this.what} failed ${this.inARow} polls in a row with transient errors (last: ${detail}); stopped waiting.`,
        'AWS is throttling or failing this account and region; the resource itself may be fine. Look at it in the AWS console, and re-run when the API answers again.',
      );
    }
  }
}
