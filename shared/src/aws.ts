import type { SageMakerClientConfig } from '@aws-sdk/client-sagemaker';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { InputError } from './errors';

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

export interface AwsClientSettings {
  region: string;
  /** UA 2.1 pairs: `modelship/<version> md/modelship-action#<action>`, which CloudTrail shows per call. */
  customUserAgent: Array<[string, string]>;
  /** Decides every retry; maxAttempts below is what it allows, repeated for the SDK's request header. */
  retryStrategy: ThrottlingRetryStrategy;
  maxAttempts: number;
  requestHandler: NodeHttpHandler;
}

/**
 * Settings every AWS client of every action shares. Endpoints are deliberately absent: the SDK reads
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself, which is how the emulator is reached, so no
 * action has emulator-specific code. The clients of one step share one retry strategy, and so one
 * retry quota, as they share the account's throttling. Reads inside poll loops do not rely on these
 * retries alone (see transientAwsError).
 */
export function awsClientSettings(options: {
  region?: string;
  env?: NodeJS.ProcessEnv;
  action: string;
  version: string;
  /**
   * Attempts per call including the first. At 30 % throttling, 0.3^n of calls fail for good: 8 left
   * 1 in 15,000, about 1 % of the reliability suite's runs (some 150 throttled-prone calls each); 10
   * leave 1 in 170,000, and cost nothing until a call is throttled.
   */
  maxAttempts?: number;
  connectionTimeoutMs?: number;
  /** Per request; InvokeEndpoint may legitimately take 60 s, hence the default above that. */
  requestTimeoutMs?: number;
}): AwsClientSettings {
  const env = options.env ?? process.env;
  const maxAttempts = options.maxAttempts ?? 10;
  const region = options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw InputError.single({
      input: 'region',
      value: '',
      allowed: 'set it, or AWS_REGION (aws-actions/configure-aws-credentials does), e.g. us-east-1',
    });
  }
  return {
    region,
    // Pairs, not one string: the SDK escapes a string's spaces and parentheses into dashes.
    customUserAgent: [
      ['modelship', options.version],
      ['md/modelship-action', options.action],
    ],
    retryStrategy: new ThrottlingRetryStrategy(maxAttempts),
    maxAttempts,
    // A hung connection must not hold a job until GitHub's six-hour limit.
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs ?? 10_000,
      requestTimeout: options.requestTimeoutMs ?? 70_000,
    }),
  };
}

/**
 * S3 needs one more setting when an endpoint URL points it somewhere else (the emulator, MinIO):
 * virtual-host addressing would send `bucket.localhost`, which does not resolve, so use path style.
 */
export function s3ClientSettings(
  settings: AwsClientSettings,
  env: NodeJS.ProcessEnv = process.env,
): AwsClientSettings & { forcePathStyle: boolean } {
  const custom = Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
  const ignored = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true';
  return { ...settings, forcePathStyle: custom && !ignored };
}

export { maskCredentials } from './credentialMasking';
