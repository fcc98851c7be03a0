/** A datapoint as stored: the values put, or a pre-aggregated set (StatisticValues). */
export interface Sample {
  timestamp: number;
  values: number[];
  unit?: string;
  /** For StatisticValues: count, sum, min and max with no individual values. */
  aggregate?: { count: number; sum: number; min: number; max: number };
}

export type StatisticName = 'SampleCount' | 'Sum' | 'Average' | 'Minimum' | 'Maximum';
export const STATISTICS: StatisticName[] = ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'];

/** Percentiles (`p99`, `p99.9`, `p100`); CloudWatch's trimmed and windsorized means are not emulated. */
export function isExtendedStatistic(name: string): boolean {
  return /^p(\d{1,2}(\.\d+)?|100(\.0+)?)$/.test(name);
}

/** Whether the name is a statistic this emulator computes. */
export function isStatistic(name: string): boolean {
  return STATISTICS.includes(name as StatisticName) || isExtendedStatistic(name);
}

/** A statistic over the samples of one period, or undefined when the period has no data. */
export function computeStatistic(samples: Sample[], statistic: string): number | undefined {
  if (samples.length === 0) return undefined;
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Percentiles need raw values; a statistic set only has them when all its values are equal.
  let values: number[] | undefined = [];
  for (const sample of samples) {
    if (sample.aggregate) {
      const { count: n, sum: s, min: lo, max: hi } = sample.aggregate;
      count += n;
      sum += s;
      min = Math.min(min, lo);
      max = Math.max(max, hi);
      if (values && (n === 1 || lo === hi)) for (let i = 0; i < n; i++) values.push(lo);
      else values = undefined;
      continue;
    }
    for (const value of sample.values) {
      count += 1;
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
      values?.push(value);
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
    default:
      return percentile(values, statistic);
  }
}

function percentile(values: number[] | undefined, statistic: string): number | undefined {
  // CloudWatch has no percentiles for statistic sets with spread or for negative values.
  if (!isExtendedStatistic(statistic) || !values?.length || values.some((v) => v < 0)) return undefined;
  const p = Number(statistic.slice(1));
  const sorted = values.sort((a, b) => a - b);
  // Nearest rank over the raw values.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
