import { describe, expect, it } from '@jest/globals';
import { awsClientSettings, ThrottlingRetryStrategy } from '../src';

const base = { action: 'deploy-endpoint', version: '1.2.3' };

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
