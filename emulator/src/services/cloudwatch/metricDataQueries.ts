import { missingParameter, validationError } from './cloudWatchErrors';
import {
  evaluateMetricMath,
  MetricMathError,
  parseMetricMath,
  referencedIds,
  type MathNode,
} from './metricMath';
import type { CloudWatchMetricStore } from './metricStore';
import { checkPeriod, requiredString } from './requestValues';
import { computeStatistic, isStatistic, type Sample } from './statistics';
import { dimensionMap, toBoolean, type Dimension } from './wireValues';

type Input = Record<string, unknown>;
/** A query's datapoints: value by period start (epoch ms). */
type Series = Map<number, number>;

/** Groups samples into periods that start at `start` + n × period, oldest first. */
export function periodBuckets(samples: Sample[], start: number, periodMs: number): Array<[number, Sample[]]> {
  const buckets = new Map<number, Sample[]>();
  for (const sample of samples) {
    const bucket = start + Math.floor((sample.timestamp - start) / periodMs) * periodMs;
    const group = buckets.get(bucket);
    if (group) group.push(sample);
    else buckets.set(bucket, [sample]);
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b);
}

function statSeries(
  query: Input,
  at: string,
  metrics: CloudWatchMetricStore,
  window: { start: number; end: number },
): Series {
  const stat = query.MetricStat as Input;
  const metric = (stat.Metric ?? {}) as Input;
  const statistic = requiredString(stat, 'Stat', () => missingParameter(`${at}.MetricStat.Stat`));
  if (!isStatistic(statistic)) {
    throw validationError(`The value ${statistic} for parameter ${at}.MetricStat.Stat is not supported.`);
  }
  const period = checkPeriod(
    stat.Period === undefined ? undefined : Number(stat.Period),
    `${at}.MetricStat.Period`,
    validationError,
  );
  const unit = stat.Unit as string | undefined;
  const samples = metrics
    .samples(
      String(metric.Namespace ?? ''),
      String(metric.MetricName ?? ''),
      dimensionMap(metric.Dimensions as Dimension[]),
      window.start,
      window.end,
    )
    .filter((s) => !unit || (s.unit ?? 'None') === unit);
  const series: Series = new Map();
  for (const [t, group] of periodBuckets(samples, window.start, period * 1000)) {
    const value = computeStatistic(group, statistic);
    if (value !== undefined) series.set(t, value);
  }
  return series;
}

function parsed(expression: string, id: string, at: string): MathNode {
  try {
    return parseMetricMath(expression);
  } catch (err) {
    if (!(err instanceof MetricMathError)) throw err;
    throw validationError(`Invalid metrics expression "${expression}" for ${at} (Id ${id}): ${err.message}.`);
  }
}

/**
 * GetMetricData's queries as series: MetricStat queries from the samples, expressions (metric math)
 * at every period where any of the MetricStat queries has a datapoint, a missing input giving none.
 */
export function metricDataSeries(
  queries: Input[],
  metrics: CloudWatchMetricStore,
  window: { start: number; end: number },
): Array<{ query: Input; id: string; returned: boolean; series: Series }> {
  const ids = queries.map((query, i) => {
    const id = query.Id as string | undefined;
    if (!id || !/^[a-z][a-zA-Z0-9_]*$/.test(id)) {
      throw validationError(
        `The value ${String(id)} for parameter MetricDataQueries.member.${i + 1}.Id is invalid: it must start with a lowercase letter and contain only letters, numbers and underscores.`,
      );
    }
    if ((query.MetricStat === undefined) === (query.Expression === undefined)) {
      throw validationError(
        `Exactly one of MetricStat and Expression must be specified for MetricDataQueries.member.${i + 1} (Id ${id}).`,
      );
    }
    return id;
  });
  const byId = new Map(
    queries.map((query, i) => [ids[i] as string, { query, at: `MetricDataQueries.member.${i + 1}` }]),
  );
  const computed = new Map<string, Series>();
  const stats = queries.flatMap((query, i) =>
    query.MetricStat ? [statSeries(query, `MetricDataQueries.member.${i + 1}`, metrics, window)] : [],
  );
  const periods = [...new Set(stats.flatMap((s) => [...s.keys()]))].sort((a, b) => a - b);
  const seriesOf = (id: string, path: string[]): Series => {
    const known = computed.get(id);
    if (known) return known;
    const entry = byId.get(id);
    if (!entry) throw validationError(`An expression uses ${id}, which no query has as its Id.`);
    if (path.includes(id))
      throw validationError(`The expressions read each other in a cycle: ${[...path, id].join(' -> ')}.`);
    let series: Series;
    if (entry.query.MetricStat) series = statSeries(entry.query, entry.at, metrics, window);
    else {
      const tree = parsed(String(entry.query.Expression), id, entry.at);
      const inputs = new Map(referencedIds(tree).map((input) => [input, seriesOf(input, [...path, id])]));
      series = new Map();
      for (const t of periods) {
        const value = evaluateMetricMath(tree, (input) => inputs.get(input)?.get(t));
        if (value !== undefined) series.set(t, value);
      }
    }
    computed.set(id, series);
    return series;
  };
  return queries.map((query, i) => ({
    query,
    id: ids[i] as string,
    returned: toBoolean(query.ReturnData) ?? true,
    series: seriesOf(ids[i] as string, []),
  }));
}
