import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import { memberMustNotBeNull, validationError } from './cloudWatchErrors';
import type { CloudWatchMetricStore } from './metricStore';
import {
  evaluateMetricMath,
  MetricMathError,
  parseMetricMath,
  referencedIds,
  type MathNode,
} from './metricMath';
import { checkPeriod } from './requestValues';
import { checkUnit } from './standardUnits';
import { computeStatistic, isStatistic } from './statistics';
import { dimensionMap, toBoolean, toList, toNumber, type Dimension } from './wireValues';

/** One entry of an alarm's Metrics, as DescribeAlarms returns it (numbers and booleans, whatever the protocol). */
export interface AlarmMetricQuery {
  Id: string;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions: Dimension[] };
    Period: number;
    Stat: string;
    Unit?: StandardUnit;
  };
  Expression?: string;
  Label?: string;
  ReturnData: boolean;
  Period?: number;
}

type Input = Record<string, unknown>;

const MAX_QUERIES = 10;
const ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;
/** What an alarm on Metrics may not also name: its metric lives in the queries. */
const SINGLE_METRIC_MEMBERS = [
  'MetricName',
  'Namespace',
  'Statistic',
  'ExtendedStatistic',
  'Dimensions',
  'Period',
];

function metricStatOf(stat: Input, at: string): NonNullable<AlarmMetricQuery['MetricStat']> {
  const metric = (stat.Metric ?? {}) as Input;
  if (!metric.Namespace) throw memberMustNotBeNull(`${at}.MetricStat.Metric.Namespace`);
  if (!metric.MetricName) throw memberMustNotBeNull(`${at}.MetricStat.Metric.MetricName`);
  if (!stat.Stat) throw memberMustNotBeNull(`${at}.MetricStat.Stat`);
  const statistic = String(stat.Stat);
  if (!isStatistic(statistic)) {
    throw validationError(
      `The value ${statistic} for parameter ${at}.MetricStat.Stat is not supported: use SampleCount, Sum, Average, Minimum, Maximum or a percentile (p0.0 to p100).`,
    );
  }
  return {
    Metric: {
      Namespace: String(metric.Namespace),
      MetricName: String(metric.MetricName),
      Dimensions: toList<Dimension>(metric.Dimensions).map((d) => ({
        Name: String(d.Name),
        Value: String(d.Value),
      })),
    },
    Period: checkPeriod(toNumber(stat.Period), `${at}.MetricStat.Period`, validationError),
    Stat: statistic,
    Unit: checkUnit(stat.Unit, `${at.replace(/^Metrics/, 'metrics')}.metricStat.unit`),
  };
}

function queryOf(raw: Input, index: number): AlarmMetricQuery {
  const at = `Metrics.member.${index + 1}`;
  const id = raw.Id === undefined ? undefined : String(raw.Id);
  if (!id || !ID_PATTERN.test(id) || id.length > 255) {
    throw validationError(
      `The value ${String(id)} for parameter ${at}.Id is invalid: it must start with a lowercase letter and contain only letters, numbers and underscores.`,
    );
  }
  const hasStat = raw.MetricStat !== undefined;
  const hasExpression = raw.Expression !== undefined && raw.Expression !== '';
  if (hasStat === hasExpression) {
    throw validationError(`Exactly one of MetricStat and Expression must be specified for ${at} (Id ${id}).`);
  }
  return {
    Id: id,
    MetricStat: hasStat ? metricStatOf(raw.MetricStat as Input, at) : undefined,
    Expression: hasExpression ? String(raw.Expression) : undefined,
    Label: raw.Label === undefined ? undefined : String(raw.Label),
    ReturnData: toBoolean(raw.ReturnData) ?? true,
    Period: toNumber(raw.Period),
  };
}

/** Every expression parses and reads only ids of the list, without reading itself through others. */
function checkExpressions(queries: AlarmMetricQuery[]): void {
  const ids = new Set(queries.map((q) => q.Id));
  const reads = new Map<string, string[]>();
  for (const query of queries) {
    if (!query.Expression) continue;
    let tree: MathNode;
    try {
      tree = parseMetricMath(query.Expression);
    } catch (err) {
      if (!(err instanceof MetricMathError)) throw err;
      throw validationError(
        `Invalid metrics expression "${query.Expression}" (Id ${query.Id}): ${err.message}.`,
      );
    }
    const unknown = referencedIds(tree).filter((id) => !ids.has(id));
    if (unknown.length) {
      throw validationError(
        `The expression "${query.Expression}" (Id ${query.Id}) uses ${unknown.join(', ')}, which no entry of Metrics has as its Id (ids: ${[...ids].join(', ')}).`,
      );
    }
    reads.set(query.Id, referencedIds(tree));
  }
  const visiting = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (visiting.has(id))
      throw validationError(
        `The expressions of Metrics read each other in a cycle: ${[...path, id].join(' -> ')}.`,
      );
    visiting.add(id);
    for (const next of reads.get(id) ?? []) visit(next, [...path, id]);
    visiting.delete(id);
  };
  for (const id of reads.keys()) visit(id, []);
}

/**
 * PutMetricAlarm's Metrics, validated as CloudWatch does: at most 10 queries, unique ids, exactly one
 * returning data, no single-metric members beside them, one period for every MetricStat (the alarm's).
 */
export function alarmQueriesFromInput(input: Input): { queries: AlarmMetricQuery[]; periodSeconds: number } {
  const given = SINGLE_METRIC_MEMBERS.filter((member) => input[member] !== undefined && input[member] !== '');
  if (given.length) {
    throw validationError(
      `Metrics cannot be combined with ${given.join(', ')}: an alarm on Metrics names its metrics inside them.`,
    );
  }
  const raw = toList<Input>(input.Metrics);
  if (raw.length === 0) throw validationError('Metrics must contain at least one entry.');
  if (raw.length > MAX_QUERIES) {
    throw validationError(`The collection Metrics must not have more than ${MAX_QUERIES} items.`);
  }
  const queries = raw.map(queryOf);
  const duplicate = queries.find((q, i) => queries.findIndex((o) => o.Id === q.Id) !== i);
  if (duplicate) throw validationError(`The Id ${duplicate.Id} is used by more than one entry of Metrics.`);
  const returning = queries.filter((q) => q.ReturnData);
  if (returning.length !== 1) {
    throw validationError(
      `Exactly one element of the metrics list should return data (ReturnData true); ${returning.length} do${returning.length === 1 ? 'es' : ''}: ${returning.map((q) => q.Id).join(', ') || 'none'}.`,
    );
  }
  checkExpressions(queries);
  const periods = new Set(queries.flatMap((q) => (q.MetricStat ? [q.MetricStat.Period] : [])));
  if (periods.size === 0) throw validationError('At least one entry of Metrics must have a MetricStat.');
  if (periods.size > 1) {
    throw validationError(
      `Every MetricStat of an alarm must have the same Period; found ${[...periods].join(', ')}.`,
    );
  }
  return { queries, periodSeconds: [...periods][0] as number };
}

/** The value of the query that returns data over [start, start + periodMs), computing what it reads. */
export function alarmQueriesValue(
  queries: AlarmMetricQuery[],
  metrics: CloudWatchMetricStore,
  start: number,
  periodMs: number,
): { value: number | undefined; sampleCount: number } {
  const byId = new Map(queries.map((q) => [q.Id, q]));
  const values = new Map<string, number | undefined>();
  let sampleCount = 0;
  const valueOf = (id: string): number | undefined => {
    if (values.has(id)) return values.get(id);
    const query = byId.get(id) as AlarmMetricQuery;
    let value: number | undefined;
    if (query.MetricStat) {
      const { Metric, Stat, Unit } = query.MetricStat;
      const samples = metrics
        .samples(
          Metric.Namespace,
          Metric.MetricName,
          dimensionMap(Metric.Dimensions),
          start,
          start + periodMs,
        )
        .filter((s) => !Unit || (s.unit ?? 'None') === Unit);
      sampleCount += computeStatistic(samples, 'SampleCount') ?? 0;
      value = computeStatistic(samples, Stat);
    } else {
      value = evaluateMetricMath(parseMetricMath(query.Expression as string), valueOf);
    }
    values.set(id, value);
    return value;
  };
  const returned = queries.find((q) => q.ReturnData) as AlarmMetricQuery;
  return { value: valueOf(returned.Id), sampleCount };
}
