/** A datapoint as stored: the values put, or a pre-aggregated set (StatisticValues). */
export interface Sample {
  timestamp: number;
  values: number[];
  /** For StatisticValues: count, sum, min and max with no individual values. */
  aggregate?: { count: number; sum: number; min: number; max: number };
}

export type StatisticName = 'SampleCount' | 'Sum' | 'Average' | 'Minimum' | 'Maximum';
export const STATISTICS: StatisticName[] = ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'];

export function isExtendedStatistic(name: string): boolean {
  return /^p(\d{1,2}(\.\d+)?|100)$/.test(name);
}

/** A statistic over the samples of one period, or undefined when the period has no data. */
export function computeStatistic(samples: Sample[], statistic: string): number | undefined {
  if (samples.length === 0) return undefined;
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const values: number[] = [];
  for (const sample of samples) {
    if (sample.aggregate) {
      count += sample.aggregate.count;
      sum += sample.aggregate.sum;
      min = Math.min(min, sample.aggregate.min);
      max = Math.max(max, sample.aggregate.max);
      continue;
    }
    for (const value of sample.values) {
      count += 1;
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
      values.push(value);
    }
  }
  if (count === 0) return undefined;
  switch (statistic) {
    case 'SampleCount':
      return count;
    case 'Sum':
      return sum;
    case 'Average':
      return sum / count;
    case 'Minimum':
      return min;
    case 'Maximum':
      return max;
    default: {
      if (!isExtendedStatistic(statistic) || values.length === 0) return undefined;
      const percentile = Number(statistic.slice(1));
      const sorted = values.sort((a, b) => a - b);
      // Nearest rank, as CloudWatch documents for percentiles over raw values.
      const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
      return sorted[rank - 1];
    }
  }
}
