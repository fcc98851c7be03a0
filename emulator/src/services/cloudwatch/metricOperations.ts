import type {
  GetMetricDataOutput,
  GetMetricStatisticsOutput,
  ListMetricsOutput,
} from '@aws-sdk/client-cloudwatch';
import type { EmulatorClock } from '../../environment';
import { pageOf } from '../../protocol/listPager';
import { asQueryMap } from '../../protocol/query';
import type { OperationHandler } from '../../protocol/types';
import {
  invalidNextToken,
  invalidParameterCombination,
  invalidParameterValue,
  missingParameter,
  validationError,
} from './cloudWatchErrors';
import { metricDataSeries, periodBuckets } from './metricDataQueries';
import type { CloudWatchMetricStore } from './metricStore';
import { computeStatistic, isExtendedStatistic, STATISTICS, type Sample } from './statistics';
import { checkPeriod, requiredString, requiredTime } from './requestValues';
import { checkUnit } from './standardUnits';
import { dimensionMap, toList, toNumber } from './wireValues';

const MAX_DATAPOINTS = 1440;
/** ListMetrics answers 500 metrics a page. */
const METRICS_PAGE = 500;

type Input = Record<string, unknown>;

function sampleOf(datum: Input, index: number, timestamp: number): Sample {
  const where = `MetricData.member.${index}`;
  const unit = checkUnit(datum.Unit, `metricData.member.${index}.unit`);
  const given = ['Value', 'StatisticValues', 'Values'].filter((k) => datum[k] !== undefined);
  if (given.length > 1) {
    throw invalidParameterCombination(
      `The parameters ${where}.Value, ${where}.StatisticValues and ${where}.Values are mutually exclusive and you have specified at least two.`,
    );
  }
  const stats = datum.StatisticValues as Input | undefined;
  if (stats) {
    const aggregate = {
      count: toNumber(stats.SampleCount),
      sum: toNumber(stats.Sum),
      min: toNumber(stats.Minimum),
      max: toNumber(stats.Maximum),
    };
    for (const [name, value] of Object.entries({
      SampleCount: aggregate.count,
      Sum: aggregate.sum,
      Minimum: aggregate.min,
      Maximum: aggregate.max,
    })) {
      if (value === undefined) throw missingParameter(`${where}.StatisticValues.${name}`);
    }
    return { timestamp, values: [], unit, aggregate: aggregate as Required<Sample>['aggregate'] };
  }
  if (datum.Values !== undefined) {
    const values = toList<unknown>(datum.Values).map((v) => toNumber(v));
    const counts = toList<unknown>(datum.Counts).map((c) => toNumber(c));
    if (values.length > 150) {
      throw invalidParameterValue(`The collection ${where}.Values must not have more than 150 items.`);
    }
    if (counts.length && counts.length !== values.length) {
      throw invalidParameterValue(
        `The parameters ${where}.Values and ${where}.Counts must be of the same size.`,
      );
    }
    if (values.some((v) => v === undefined)) {
      throw invalidParameterValue(`The parameter ${where}.Values must contain only numbers.`);
    }
    const expanded: number[] = [];
    values.forEach((v, i) => {
      for (let n = 0; n < (counts[i] ?? 1); n++) expanded.push(v as number);
    });
    return { timestamp, values: expanded, unit };
  }
  const value = toNumber(datum.Value);
  if (value === undefined) throw missingParameter(`${where}.Value`);
  return { timestamp, values: [value], unit };
}

function statisticsOf(input: Input): { statistics: string[]; extended: string[] } {
  const statistics = toList<string>(input.Statistics);
  const extended = toList<string>(input.ExtendedStatistics);
  if ((statistics.length === 0) === (extended.length === 0)) {
    throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics, but not both.');
  }
  if (statistics.length > 5 || extended.length > 10) {
    throw invalidParameterValue(
      'The collection Statistics must not have more than 5 items, ExtendedStatistics 10.',
    );
  }
  for (const s of statistics) {
    if (!STATISTICS.includes(s as never)) {
      throw invalidParameterValue(`The value ${s} for parameter Statistics is not valid.`);
    }
  }
  for (const s of extended) {
    if (!isExtendedStatistic(s)) {
      throw invalidParameterValue(`The value ${s} for parameter ExtendedStatistics is not valid.`);
    }
  }
  return { statistics, extended };
}

/** PutMetricData, GetMetricStatistics, GetMetricData and ListMetrics over the raw samples kept per metric. */
export function metricOperations(
  metrics: CloudWatchMetricStore,
  clock: EmulatorClock,
): Record<string, OperationHandler> {
  return {
    PutMetricData: (input: Input) => {
      const namespace = requiredString(input, 'Namespace', missingParameter);
      // CloudWatch reserves AWS/ for services; the emulator's hosting publishes there through env.stores.
      if (namespace.startsWith('AWS/')) {
        throw invalidParameterValue('The value AWS/ for parameter Namespace is invalid.');
      }
      const data = toList<Input>(input.MetricData);
      if (data.length === 0) throw missingParameter('MetricData');
      if (data.length > 1000) {
        throw invalidParameterValue('The collection MetricData must not have more than 1000 items.');
      }
      const samples = data.map((datum, i) => {
        const name = requiredString(datum, 'MetricName', () =>
          missingParameter(`MetricData.member.${i + 1}.MetricName`),
        );
        if (toList(datum.Dimensions).length > 30) {
          throw invalidParameterValue(
            `The collection MetricData.member.${i + 1}.Dimensions must not have more than 30 items.`,
          );
        }
        const timestamp = datum.Timestamp === undefined ? clock.now() : requiredTime(datum, 'Timestamp');
        return { name, dims: dimensionMap(datum.Dimensions), sample: sampleOf(datum, i + 1, timestamp) };
      });
      // All or nothing: a bad datum rejects the request before any is stored.
      for (const { name, dims, sample } of samples) metrics.add(namespace, name, dims, sample);
      return {};
    },

    GetMetricStatistics: (input: Input): GetMetricStatisticsOutput => {
      const namespace = requiredString(input, 'Namespace', missingParameter);
      const metricName = requiredString(input, 'MetricName', missingParameter);
      const start = requiredTime(input, 'StartTime');
      const end = requiredTime(input, 'EndTime');
      const period = checkPeriod(toNumber(input.Period), 'Period', invalidParameterValue);
      const { statistics, extended } = statisticsOf(input);
      if (start >= end) {
        throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
      }
      const requested = Math.ceil((end - start) / (period * 1000));
      if (requested > MAX_DATAPOINTS) {
        throw invalidParameterCombination(
          `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
        );
      }
      const unit = input.Unit as string | undefined;
      const samples = metrics
        .samples(namespace, metricName, dimensionMap(input.Dimensions), start, end)
        .filter((s) => !unit || (s.unit ?? 'None') === unit);
      const Datapoints = periodBuckets(samples, start, period * 1000).map(([bucket, group]) => {
        const point: Record<string, unknown> = {
          Timestamp: new Date(bucket),
          Unit: unit ?? group.find((s) => s.unit)?.unit ?? 'None',
        };
        for (const s of statistics) point[s] = computeStatistic(group, s);
        if (extended.length) {
          point.ExtendedStatistics = asQueryMap(
            Object.fromEntries(
              extended.flatMap((s) => {
                const value = computeStatistic(group, s);
                return value === undefined ? [] : [[s, value]];
              }),
            ),
          );
        }
        return point;
      });
      return { Label: metricName, Datapoints };
    },

    GetMetricData: (input: Input): GetMetricDataOutput => {
      const start = requiredTime(input, 'StartTime');
      const end = requiredTime(input, 'EndTime');
      const queries = toList<Input>(input.MetricDataQueries);
      if (queries.length === 0) throw missingParameter('MetricDataQueries');
      if (queries.length > 500) {
        throw validationError('The collection MetricDataQueries must not have more than 500 items.');
      }
      const ascending = input.ScanBy === 'TimestampAscending';
      const maxDatapoints = toNumber(input.MaxDatapoints) ?? 100_800;
      const results = metricDataSeries(queries, metrics, { start, end }).map(
        ({ query, id, returned, series }) => {
          const points = [...series].sort(([a], [b]) => a - b);
          if (!ascending) points.reverse();
          const shown = points.slice(0, maxDatapoints);
          const metric = ((query.MetricStat as Input | undefined)?.Metric ?? {}) as Input;
          return {
            returned,
            result: {
              Id: id,
              Label: (query.Label as string | undefined) ?? String(metric.MetricName ?? id),
              Timestamps: shown.map(([t]) => new Date(t)),
              Values: shown.map(([, value]) => value),
              StatusCode: shown.length < points.length ? ('PartialData' as const) : ('Complete' as const),
            },
          };
        },
      );
      return { MetricDataResults: results.filter((r) => r.returned).map((r) => r.result), Messages: [] };
    },

    ListMetrics: (input: Input): ListMetricsOutput => {
      const wanted = toList<{ Name: string; Value?: string }>(input.Dimensions);
      const matching = metrics
        .list()
        .filter(
          (m) =>
            (!input.Namespace || m.namespace === input.Namespace) &&
            (!input.MetricName || m.metricName === input.MetricName) &&
            wanted.every(
              (d) => d.Name in m.dimensions && (d.Value === undefined || m.dimensions[d.Name] === d.Value),
            ),
        )
        .map((m) => ({
          Namespace: m.namespace,
          MetricName: m.metricName,
          Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value })),
        }));
      const { page, next } = pageOf(matching, {
        size: METRICS_PAGE,
        token: input.NextToken === undefined ? undefined : String(input.NextToken),
        invalidToken: invalidNextToken,
      });
      return { Metrics: page, NextToken: next };
    },
  };
}
