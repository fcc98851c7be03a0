import { describe, expect, it } from '@jest/globals';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import {
  awsClientSettings,
  InputError,
  maskCredentials,
  s3ClientSettings,
  ThrottlingRetryStrategy,
} from '../src';

const base = { action: 'deploy-endpoint', version: '1.2.3' };

describe('awsClientSettings', () => {
  it('takes the region from the input first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' };
    expect(awsClientSettings({ ...base, region: 'ap-south-1', env }).region).toBe('ap-south-1');
    expect(awsClientSettings({ ...base, env }).region).toBe('eu-west-1');
    expect(awsClientSettings({ ...base, env: { AWS_DEFAULT_REGION: 'us-east-2' } }).region).toBe('us-east-2');
  });

  it('fails with an input error that says how to set a region when there is none', () => {
    expect(() => awsClientSettings({ ...base, env: {} })).toThrow(InputError);
    expect(() => awsClientSettings({ ...base, env: {} })).toThrow(
      /Input "region" is missing; set it, or AWS_REGION/,
    );
  });

  it('sets standard-mode retries (no client-side rate limiter), the modelship user agent and request timeouts, and no endpoint', () => {
    const settings = awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' }, maxAttempts: 4 });
    expect(settings.retryStrategy).toBeInstanceOf(ThrottlingRetryStrategy);
    expect(settings.retryStrategy).toMatchObject({ mode: 'standard', maxAttempts: 4 });
    expect(settings).toMatchObject({
      maxAttempts: 4,
      customUserAgent: [
        ['modelship', '1.2.3'],
        ['md/modelship-action', 'deploy-endpoint'],
      ],
    });
    expect(settings).not.toHaveProperty('endpoint');
    // 0.3^10: at 30 % throttling fewer than 1 call in 100,000 runs out of attempts.
    const byDefault = awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' } });
    expect(byDefault.maxAttempts).toBe(10);
    expect(byDefault.retryStrategy.maxAttempts).toBe(10);
    expect(settings.requestHandler.constructor.name).toBe('NodeHttpHandler');
  });

  it('builds a client the SDK accepts, whose calls can be mocked', async () => {
    const sagemaker = new SageMakerClient(awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' } }));
    expect(await sagemaker.config.region()).toBe('eu-west-1');
    const mock = mockClient(sagemaker);
    mock.on(DescribeEndpointCommand).resolves({ EndpointStatus: 'InService' });
    const out = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn' }));
    expect(out.EndpointStatus).toBe('InService');
    expect(mock.commandCalls(DescribeEndpointCommand)[0]?.args[0].input).toEqual({ EndpointName: 'churn' });
    mock.restore();
  });
});

describe('ThrottlingRetryStrategy', () => {
  const throttled = { errorType: 'THROTTLING' } as const;
  const serverBusy = { errorType: 'TRANSIENT' } as const;
  /** The delays of the retries one call gets before the strategy refuses, at the ceiling of the jitter. */
  async function delaysUntilRefused(
    strategy: ThrottlingRetryStrategy,
    info: { errorType: 'THROTTLING' | 'TRANSIENT' | 'CLIENT_ERROR' },
  ): Promise<number[]> {
    const delays: number[] = [];
    let token = await strategy.acquireInitialRetryToken();
    for (;;) {
      try {
        token = await strategy.refreshRetryTokenForRetry(token, info);
      } catch {
        return delays;
      }
      delays.push(token.getRetryDelay());
    }
  }

  it('backs off from throttling within a ceiling of 100 ms that doubles each retry, up to the attempt limit', async () => {
    const atCeiling = new ThrottlingRetryStrategy(8, () => 0.9999);
    expect(await delaysUntilRefused(atCeiling, throttled)).toEqual([99, 199, 399, 799, 1599, 3199, 6399]);
    const transient = new ThrottlingRetryStrategy(4, () => 0.9999);
    expect(await delaysUntilRefused(transient, serverBusy)).toEqual([49, 99, 199]);
  });

  it('never retries a client made for one attempt (integration-test counts every error it gets)', async () => {
    const once = awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' }, maxAttempts: 1 });
    expect(await delaysUntilRefused(once.retryStrategy, throttled)).toEqual([]);
    expect(await delaysUntilRefused(once.retryStrategy, serverBusy)).toEqual([]);
  });

  it('draws each wait at random under the ceiling (full jitter)', async () => {
    const draws = [0, 0.5];
    const strategy = new ThrottlingRetryStrategy(3, () => draws.shift() ?? 0);
    expect(await delaysUntilRefused(strategy, throttled)).toEqual([0, 100]);
  });

  it('does not retry what is not throttling or transient', async () => {
    const strategy = new ThrottlingRetryStrategy(8, () => 0.5);
    expect(await delaysUntilRefused(strategy, { errorType: 'CLIENT_ERROR' })).toEqual([]);
  });

  it('waits at least as long as a retry-after hint asks, up to 5 s past its own back-off', async () => {
    const now = 1_000_000;
    const strategy = new ThrottlingRetryStrategy(
      8,
      () => 0.5,
      () => now,
    );
    const first = await strategy.acquireInitialRetryToken();
    const soon = await strategy.refreshRetryTokenForRetry(first, {
      ...throttled,
      retryAfterHint: new Date(now + 2_000),
    });
    expect(soon.getRetryDelay()).toBe(2_000);
    const late = await strategy.refreshRetryTokenForRetry(first, {
      ...throttled,
      retryAfterHint: new Date(now + 60_000),
    });
    expect(late.getRetryDelay()).toBe(5_050);
  });

  it('keeps a retry quota: throttled retries spend it, successes give it back', async () => {
    const strategy = new ThrottlingRetryStrategy(2, () => 0);
    // Each call gets one retry (2 attempts) costing 5 of the quota's 500.
    for (let call = 0; call < 100; call += 1) {
      expect(await delaysUntilRefused(strategy, throttled)).toEqual([0]);
    }
    expect(strategy.remainingQuota).toBe(0);
    expect(await delaysUntilRefused(strategy, throttled)).toEqual([]);

    strategy.recordSuccess(await strategy.acquireInitialRetryToken());
    expect(strategy.remainingQuota).toBe(1);
  });

  it('gives back what a successful retry cost', async () => {
    const strategy = new ThrottlingRetryStrategy(8, () => 0);
    const retry = await strategy.refreshRetryTokenForRetry(
      await strategy.acquireInitialRetryToken(),
      serverBusy,
    );
    expect(strategy.remainingQuota).toBe(486);
    strategy.recordSuccess(retry);
    expect(strategy.remainingQuota).toBe(500);
  });
});

describe('s3ClientSettings', () => {
  const settings = awsClientSettings({ ...base, env: { AWS_REGION: 'us-east-1' } });

  it('uses path-style addressing only when an endpoint URL points S3 elsewhere', () => {
    expect(s3ClientSettings(settings, {}).forcePathStyle).toBe(false);
    expect(s3ClientSettings(settings, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' }).forcePathStyle).toBe(
      true,
    );
    expect(s3ClientSettings(settings, { AWS_ENDPOINT_URL_S3: 'http://localhost:9000' }).forcePathStyle).toBe(
      true,
    );
    expect(
      s3ClientSettings(settings, {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
      }).forcePathStyle,
    ).toBe(false);
  });
});

describe('maskCredentials', () => {
  it('registers every credential present as a secret, and nothing else', () => {
    const secrets: string[] = [];
    maskCredentials(
      {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI',
        AWS_SESSION_TOKEN: '',
        AWS_REGION: 'us-east-1',
      },
      (value) => secrets.push(value),
    );
    expect(secrets).toEqual(['AKIDEXAMPLE', 'wJalrXUtnFEMI']);
  });
});
