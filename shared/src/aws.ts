import { NodeHttpHandler } from '@smithy/node-http-handler';
import { InputError } from './errors';
import { ThrottlingRetryStrategy } from './throttlingRetryStrategy';

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
