import { describe, expect, it } from '@jest/globals';
import { judgeThresholds, LoadStatistics } from '../src/loadStatistics';

describe('LoadStatistics', () => {
  it('gives percentiles within 1 % of the exact ones', () => {
    const stats = new LoadStatistics();
    for (let i = 1; i <= 10_000; i++) stats.record(i / 100);
    const s = stats.snapshot(2_000);
    expect(s.requests).toBe(10_000);
    expect(Math.abs(s.p50Ms - 50) / 50).toBeLessThan(0.01);
    expect(Math.abs(s.p99Ms - 99) / 99).toBeLessThan(0.01);
    expect(s.throughput).toBe(5_000);
    expect(s.buckets.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('counts errors by kind and their rate', () => {
    const stats = new LoadStatistics();
    stats.record(5);
    stats.record(5, 'ModelError');
    stats.record(5, 'ModelError');
    stats.record(5, 'ECONNRESET');
    expect(stats.snapshot(1000)).toMatchObject({
      errors: 3,
      errorRate: 0.75,
      errorsByKind: { ModelError: 2, ECONNRESET: 1 },
    });
  });

  it('judges each threshold that was set, and only those', () => {
    const stats = new LoadStatistics();
    for (let i = 0; i < 100; i++) stats.record(i < 95 ? 10 : 300, i === 0 ? 'ModelError' : undefined);
    const snapshot = stats.snapshot(10_000);
    expect(
      judgeThresholds(snapshot, { maxP99LatencyMs: 200, maxErrorRate: 0.05, minThroughput: 20 }),
    ).toEqual([
      { name: 'max-p99-latency-ms', limit: 200, actual: expect.any(Number), passed: false },
      { name: 'max-error-rate', limit: 0.05, actual: 0.01, passed: true },
      { name: 'min-throughput', limit: 20, actual: 10, passed: false },
    ]);
    expect(judgeThresholds(snapshot, {})).toEqual([]);
  });
});
