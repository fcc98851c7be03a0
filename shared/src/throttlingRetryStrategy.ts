import type { SageMakerClientConfig } from '@aws-sdk/client-sagemaker';

// The SDK's retry interfaces, named through a client's config type: the package that declares them is
// not one of shared's dependencies.
type SdkRetryStrategy = Extract<
  NonNullable<SageMakerClientConfig['retryStrategy']>,
  { recordSuccess: unknown }
>;
type SdkRetryToken = Awaited<ReturnType<SdkRetryStrategy['acquireInitialRetryToken']>>;
type SdkRetryErrorInfo = Parameters<SdkRetryStrategy['refreshRetryTokenForRetry']>[1];

/** First-retry ceilings; each further retry doubles its ceiling, up to MAX_RETRY_DELAY_MS. */
export const THROTTLED_RETRY_BASE_MS = 100;
const TRANSIENT_RETRY_BASE_MS = 50;
const MAX_RETRY_DELAY_MS = 20_000;
/** The retry quota, as the SDK's standard mode keeps it: a throttled retry costs less than a 5xx one. */
const RETRY_QUOTA = 500;
const THROTTLED_RETRY_COST = 5;
const TRANSIENT_RETRY_COST = 14;
const NO_RETRY_REFILL = 1;

class RetryTicket implements SdkRetryToken {
  constructor(
    private readonly retries: number,
    private readonly delayMs: number,
    /** What this retry took from the quota, given back when it succeeds. */
    readonly cost: number | undefined,
  ) {}

  getRetryCount(): number {
    return this.retries;
  }

  getRetryDelay(): number {
    return this.delayMs;
  }
}

/**
 * The SDK's standard mode (its retryable errors, attempt limit and retry quota) with a shorter back-off
 * for throttling: each retry waits a random time (full jitter) under a ceiling that starts at 100 ms and
 * doubles, where the SDK's starts at 1 s.
 *
 * Why, for real AWS too: SageMaker, CloudWatch, ECR and CodeBuild throttle control-plane calls per
 * account and region, at rates counted per second. A step makes its calls one at a time, so its own
 * retries add next to nothing to that load: the call was throttled because of what else the account
 * did in that second, and a few hundred milliseconds later it usually goes through. The 1 s ceiling
 * suits clients that send many calls at once, whose back-off is what relieves the service; here it
 * only made a throttled rollback take 3x its time. Sustained throttling still meets a doubling
 * back-off (the 9 retries of a call may wait up to 51 s) and the quota: every throttled retry takes
 * 5 of 500, given back when it succeeds, so a storm of failures stops retrying.
 * Adaptive mode is not used either: its client-side rate limiter drops a client to half a call a
 * second after one throttled answer, which never made a call more likely to succeed.
 */
export class ThrottlingRetryStrategy implements SdkRetryStrategy {
  readonly mode = 'standard';
  private quota = RETRY_QUOTA;

  constructor(
    readonly maxAttempts: number,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  async acquireInitialRetryToken(): Promise<SdkRetryToken> {
    return new RetryTicket(0, 0, undefined);
  }

  async refreshRetryTokenForRetry(token: SdkRetryToken, info: SdkRetryErrorInfo): Promise<SdkRetryToken> {
    const retries = token.getRetryCount();
    const throttled = info.errorType === 'THROTTLING';
    const cost = throttled ? THROTTLED_RETRY_COST : TRANSIENT_RETRY_COST;
    const retryable = throttled || info.errorType === 'TRANSIENT';
    if (!retryable || retries + 1 >= this.maxAttempts || this.quota < cost) {
      throw new Error('No retry token available');
    }
    this.quota -= cost;
    return new RetryTicket(retries + 1, this.delayMs(retries, throttled, info.retryAfterHint), cost);
  }

  recordSuccess(token: SdkRetryToken): void {
    const refill = token instanceof RetryTicket ? (token.cost ?? NO_RETRY_REFILL) : NO_RETRY_REFILL;
    this.quota = Math.min(RETRY_QUOTA, this.quota + refill);
  }

  /** What is left of the retry quota. */
  get remainingQuota(): number {
    return this.quota;
  }

  private delayMs(retries: number, throttled: boolean, retryAfter?: Date): number {
    const base = throttled ? THROTTLED_RETRY_BASE_MS : TRANSIENT_RETRY_BASE_MS;
    const jittered = Math.floor(this.random() * Math.min(base * 2 ** retries, MAX_RETRY_DELAY_MS));
    if (!retryAfter) return jittered;
    // A service that says when to come back is believed, within 5 s more than the back-off's own wait.
    const asked = retryAfter.getTime() - this.now();
    return Math.max(jittered, Math.min(asked, jittered + 5_000));
  }
}
