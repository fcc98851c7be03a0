import type { MetricDatum, MetricStore } from '../../environment';
import type { Sample } from './statistics';
import { metricKey } from './wireValues';

export interface StoredMetric {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  samples: Sample[];
}

/** Raw datapoints by metric. Old samples are dropped so that a long emulator run stays bounded. */
export class CloudWatchMetricStore implements MetricStore {
  private readonly metrics = new Map<string, StoredMetric>();

  constructor(
    private readonly now: () => number,
    private readonly retentionMs = 3 * 60 * 60 * 1000,
  ) {}

  put(datum: MetricDatum): void {
    this.add(datum.namespace, datum.metricName, datum.dimensions, {
      timestamp: datum.timestamp,
      values: [datum.value],
      unit: datum.unit,
    });
  }

  add(namespace: string, metricName: string, dimensions: Record<string, string>, sample: Sample): void {
    const key = metricKey(namespace, metricName, dimensions);
    let metric = this.metrics.get(key);
    if (!metric) {
      metric = { namespace, metricName, dimensions, samples: [] };
      this.metrics.set(key, metric);
    }
    metric.samples.push(sample);
    // Trim from the front now and then rather than on every put: puts are on the invocation hot path.
    if (metric.samples.length % 1024 === 0) {
      const horizon = this.now() - this.retentionMs;
      metric.samples = metric.samples.filter((s) => s.timestamp >= horizon);
    }
  }

  samples(
    namespace: string,
    metricName: string,
    dimensions: Record<string, string>,
    fromMs: number,
    toMs: number,
  ): Sample[] {
    const metric = this.metrics.get(metricKey(namespace, metricName, dimensions));
    return metric ? metric.samples.filter((s) => s.timestamp >= fromMs && s.timestamp < toMs) : [];
  }

  list(): StoredMetric[] {
    return [...this.metrics.values()];
  }

  clear(): void {
    this.metrics.clear();
  }
}
