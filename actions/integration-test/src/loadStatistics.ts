import * as hdr from 'hdr-histogram-js';

/** Upper bounds (ms) of the latency histogram's bars in the summary; the last bar takes the rest. */
export const LATENCY_BUCKETS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] as const;

export interface LoadStatisticsSnapshot {
  requests: number;
  errors: number;
  errorRate: number;
  errorsByKind: Record<string, number>;
  throughput: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Counts per LATENCY_BUCKETS_MS bar, plus one for everything slower. */
  buckets: number[];
}

/**
 * Latencies of a load run in an HDR histogram (microseconds, two significant digits: percentiles exact
 * to 1 %), and errors counted by kind: memory stays flat however many requests run.
 */
export class LoadStatistics {
  private readonly histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 2,
    useWebAssembly: false,
  });
  private readonly buckets = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  private readonly errorsByKind: Record<string, number> = {};
  private errors = 0;

  record(latencyMs: number, errorKind?: string): void {
    this.histogram.recordValue(Math.max(1, Math.round(latencyMs * 1000)));
    const bucket = LATENCY_BUCKETS_MS.findIndex((limit) => latencyMs <= limit);
    this.buckets[bucket === -1 ? LATENCY_BUCKETS_MS.length : bucket]! += 1;
    if (errorKind) {
      this.errors += 1;
      this.errorsByKind[errorKind] = (this.errorsByKind[errorKind] ?? 0) + 1;
    }
  }

  snapshot(elapsedMs: number): LoadStatisticsSnapshot {
    const requests = this.histogram.totalCount;
    // A percentile is the top of its HDR bucket, which can lie above the largest value recorded.
    const at = (percentile: number) =>
      requests
        ? Math.min(this.histogram.getValueAtPercentile(percentile), this.histogram.maxValue) / 1000
        : 0;
    return {
      requests,
      errors: this.errors,
      errorRate: requests ? this.errors / requests : 0,
      errorsByKind: { ...this.errorsByKind },
      throughput: elapsedMs > 0 ? (requests * 1000) / elapsedMs : 0,
      p50Ms: at(50),
      p90Ms: at(90),
      p99Ms: at(99),
      maxMs: requests ? this.histogram.maxValue / 1000 : 0,
      buckets: [...this.buckets],
    };
  }
}

export interface LoadThresholds {
  maxP99LatencyMs?: number;
  maxErrorRate?: number;
  minThroughput?: number;
}

export interface ThresholdResult {
  name: 'max-p99-latency-ms' | 'max-error-rate' | 'min-throughput';
  limit: number;
  actual: number;
  passed: boolean;
}

/** Each threshold that was set, with the measured value and whether it held. */
export function judgeThresholds(
  stats: LoadStatisticsSnapshot,
  thresholds: LoadThresholds,
): ThresholdResult[] {
  const results: ThresholdResult[] = [];
  if (thresholds.maxP99LatencyMs !== undefined)
    results.push({
      name: 'max-p99-latency-ms',
      limit: thresholds.maxP99LatencyMs,
      actual: stats.p99Ms,
      passed: stats.p99Ms <= thresholds.maxP99LatencyMs,
    });
  if (thresholds.maxErrorRate !== undefined)
    results.push({
      name: 'max-error-rate',
      limit: thresholds.maxErrorRate,
      actual: stats.errorRate,
      passed: stats.errorRate <= thresholds.maxErrorRate,
    });
  if (thresholds.minThroughput !== undefined)
    results.push({
      name: 'min-throughput',
      limit: thresholds.minThroughput,
      actual: stats.throughput,
      passed: stats.throughput >= thresholds.minThroughput,
    });
  return results;
}
