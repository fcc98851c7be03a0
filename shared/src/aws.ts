import { NodeHttpHandler } from '@smithy/node-http-handler';
import { InputError } from './errors';

export interface AwsClientSettings {
  region: string;
  /** UA 2.1 pairs: `modelship/<version> md/modelship-action#<action>`, which CloudTrail shows per call. */
  customUserAgent: Array<[string, string]>;
  retryMode: 'standard';
  maxAttempts: number;
  requestHandler: NodeHttpHandler;
}

/**
 * Settings every AWS client of every action shares. Endpoints are deliberately absent: the SDK reads
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself, which is how the emulator is reached, so no
 * action has emulator-specific code.
 *
 * Standard retries, not adaptive: adaptive mode's client-side rate limiter drops a client to half a
 * call a second after one throttled answer, which made a throttled rollback or build take 3-10x its
 * time while never making a call more likely to succeed. Reads inside poll loops do not rely on these
 * retries anyway (see transientAwsError); the standard strategy's retry quota (500, 5 per throttled
 * retry, refunded on success) stays level at 30 % throttling, so mutating calls keep their retries.
 */
export function awsClientSettings(options: {
  region?: string;
  env?: NodeJS.ProcessEnv;
  action: string;
  version: string;
  /** Attempts per call including the first: 8 at 30 % throttling leaves 0.3^8 < 1e-4 of calls failing. */
  maxAttempts?: number;
  connectionTimeoutMs?: number;
  /** Per request; InvokeEndpoint may legitimately take 60 s, hence the default above that. */
  requestTimeoutMs?: number;
}): AwsClientSettings {
  const env = options.env ?? process.env;
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
    retryMode: 'standard',
    maxAttempts: options.maxAttempts ?? 8,
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
