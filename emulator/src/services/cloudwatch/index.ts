import type { EmulatorEnvironment } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { OperationService, RequestContext } from '../../protocol/types';
import { COMPARISON_OPERATORS, TREAT_MISSING_DATA } from './alarmEvaluation';
import { AlarmStore, type MetricAlarm } from './alarmStore';
import { CloudWatchMetricStore } from './metricStore';
import { computeStatistic, isExtendedStatistic, STATISTICS, type Sample } from './statistics';
import { dimensionMap, toBoolean, toEpochMs, toList, toNumber, type Dimension } from './wireValues';

// CloudWatch's JSON shape names and the Query codes the SDK recovers from x-amzn-query-error.
const invalidParameter = (message: string) =>
  new AwsError('InvalidParameterValueException', message, 400, {}, 'InvalidParameterValue');
const missingParameter = (name: string) =>
  new AwsError(
    'MissingRequiredParameterException',
    `The parameter ${name} is required.`,
    400,
    {},
    'MissingParameter',
  );
const notFound = (message: string) => new AwsError('ResourceNotFound', message, 404, {}, 'ResourceNotFound');

function required<T>(input: Record<string, unknown>, name: string): T {
  const value = input[name];
  if (value === undefined || value === null || value === '') throw missingParameter(name);
  return value as T;
}

/** CloudWatch accepts 10, 30 and multiples of 60 seconds (high resolution for the first two). */
function checkPeriod(period: number | undefined, name = 'Period'): number {
  if (period === undefined) throw missingParameter(name);
  if (!(period === 10 || period === 30 || (period > 0 && period % 60 === 0))) {
    throw invalidParameter(`The parameter ${name} must be 10, 30 or a multiple of 60.`);
  }
  return period;
}

export function createCloudWatchService(env: EmulatorEnvironment): OperationService {
  const metrics = new CloudWatchMetricStore(() => env.clock.now());
  const alarms = new AlarmStore(env, metrics);
  const tags = new Map<string, Array<{ Key: string; Value: string }>>();
  env.stores.metrics = metrics;
  env.stores.alarms = alarms;
  env.onReset(() => {
    metrics.clear();
    alarms.clear();
    tags.clear();
  });
  env.onShutdown(() => alarms.stop());

  const alarmArn = (ctx: RequestContext, name: string) =>
    `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}`;

  return {
    kind: 'operations',
    name: 'cloudwatch',
    signingName: 'monitoring',
    targetPrefix: 'GraniteServiceVersion20100801',
    jsonVersion: '1.0',
    query: { xmlNamespace: 'http://monitoring.amazonaws.com/doc/2010-08-01/', version: '2010-08-01' },
    cborServiceName: 'GraniteServiceVersion20100801',
    operations: {
      PutMetricData: (input: Record<string, unknown>) => {
        const namespace = required<string>(input, 'Namespace');
        if (namespace.startsWith('AWS/')) {
          // Real CloudWatch reserves AWS/ for services; the emulator's hosting writes there directly.
          throw invalidParameter('The value AWS/ for parameter Namespace is invalid.');
        }
        const data = toList<Record<string, unknown>>(input.MetricData);
        if (data.length === 0) throw missingParameter('MetricData');
        if (data.length > 1000)
          throw invalidParameter('The collection MetricData must not have more than 1000 items.');
        for (const datum of data) {
          const timestamp = toEpochMs(datum.Timestamp) ?? env.clock.now();
          const dims = dimensionMap(datum.Dimensions);
          const name = required<string>(datum, 'MetricName');
          const stats = datum.StatisticValues as Record<string, unknown> | undefined;
          let sample: Sample;
          if (stats) {
            sample = {
              timestamp,
              values: [],
              aggregate: {
                count: toNumber(stats.SampleCount) ?? 0,
                sum: toNumber(stats.Sum) ?? 0,
                min: toNumber(stats.Minimum) ?? 0,
                max: toNumber(stats.Maximum) ?? 0,
              },
            };
          } else if (Array.isArray(datum.Values)) {
            const counts = toList<unknown>(datum.Counts).map((c) => toNumber(c) ?? 1);
            const values: number[] = [];
            toList<unknown>(datum.Values).forEach((v, i) => {
              for (let n = 0; n < (counts[i] ?? 1); n++) values.push(toNumber(v) ?? 0);
            });
            sample = { timestamp, values };
          } else {
            const value = toNumber(datum.Value);
            if (value === undefined) throw missingParameter('MetricData.member.Value');
            sample = { timestamp, values: [value] };
          }
          metrics.add(namespace, name, dims, sample);
        }
        return {};
      },

      GetMetricStatistics: (input: Record<string, unknown>) => {
        const namespace = required<string>(input, 'Namespace');
        const metricName = required<string>(input, 'MetricName');
        const start = toEpochMs(required(input, 'StartTime')) as number;
        const end = toEpochMs(required(input, 'EndTime')) as number;
        const period = checkPeriod(toNumber(input.Period));
        const statistics = toList<string>(input.Statistics);
        const extended = toList<string>(input.ExtendedStatistics);
        if (statistics.length + extended.length === 0) {
          throw invalidParameter('Either Statistics or ExtendedStatistics must be specified.');
        }
        for (const s of statistics) {
          if (!STATISTICS.includes(s as never))
            throw invalidParameter(`The value ${s} for parameter Statistics is not valid.`);
        }
        for (const s of extended) {
          if (!isExtendedStatistic(s))
            throw invalidParameter(`The value ${s} for parameter ExtendedStatistics is not valid.`);
        }
        const samples = metrics.samples(namespace, metricName, dimensionMap(input.Dimensions), start, end);
        const buckets = new Map<number, Sample[]>();
        const periodMs = period * 1000;
        for (const sample of samples) {
          const bucket = start + Math.floor((sample.timestamp - start) / periodMs) * periodMs;
          buckets.set(bucket, [...(buckets.get(bucket) ?? []), sample]);
        }
        const Datapoints = [...buckets.entries()]
          .sort(([a], [b]) => a - b)
          .map(([bucket, group]) => {
            const point: Record<string, unknown> = {
              Timestamp: new Date(bucket),
              Unit: input.Unit ?? 'None',
            };
            for (const s of statistics) point[s] = computeStatistic(group, s);
            if (extended.length) {
              point.ExtendedStatistics = Object.fromEntries(
                extended.map((s) => [s, computeStatistic(group, s)]),
              );
            }
            return point;
          });
        return { Label: metricName, Datapoints };
      },

      GetMetricData: (input: Record<string, unknown>) => {
        const start = toEpochMs(required(input, 'StartTime')) as number;
        const end = toEpochMs(required(input, 'EndTime')) as number;
        const queries = toList<Record<string, any>>(input.MetricDataQueries);
        if (queries.length === 0) throw missingParameter('MetricDataQueries');
        const MetricDataResults = queries.map((query) => {
          const stat = query.MetricStat;
          if (!stat) {
            throw invalidParameter(
              `Query ${query.Id}: metric math expressions are not supported by the modelship emulator.`,
            );
          }
          const period = checkPeriod(toNumber(stat.Period), 'MetricStat.Period');
          const periodMs = period * 1000;
          const samples = metrics.samples(
            stat.Metric.Namespace,
            stat.Metric.MetricName,
            dimensionMap(stat.Metric.Dimensions as Dimension[]),
            start,
            end,
          );
          const buckets = new Map<number, Sample[]>();
          for (const sample of samples) {
            const bucket = start + Math.floor((sample.timestamp - start) / periodMs) * periodMs;
            buckets.set(bucket, [...(buckets.get(bucket) ?? []), sample]);
          }
          // Newest first, CloudWatch's default ScanBy TimestampDescending.
          const ordered = [...buckets.entries()].sort(([a], [b]) => b - a);
          return {
            Id: query.Id,
            Label: query.Label ?? stat.Metric.MetricName,
            Timestamps: ordered.map(([t]) => new Date(t)),
            Values: ordered.map(([, group]) => computeStatistic(group, stat.Stat) ?? 0),
            StatusCode: 'Complete',
          };
        });
        return { MetricDataResults, Messages: [] };
      },

      PutMetricAlarm: (input: Record<string, unknown>, ctx) => {
        const name = required<string>(input, 'AlarmName');
        if (name.length > 255)
          throw invalidParameter('The parameter AlarmName must be at most 255 characters.');
        if (input.Metrics) {
          throw invalidParameter(
            'Alarms on metric math (Metrics) are not supported by the modelship emulator.',
          );
        }
        const statistic = input.Statistic as string | undefined;
        const extended = input.ExtendedStatistic as string | undefined;
        if (Boolean(statistic) === Boolean(extended)) {
          throw invalidParameter('Exactly one of Statistic and ExtendedStatistic must be specified.');
        }
        if (statistic && !STATISTICS.includes(statistic as never)) {
          throw invalidParameter(`The value ${statistic} for parameter Statistic is not valid.`);
        }
        if (extended && !isExtendedStatistic(extended)) {
          throw invalidParameter(`The value ${extended} for parameter ExtendedStatistic is not valid.`);
        }
        const comparison = required<string>(input, 'ComparisonOperator');
        if (!COMPARISON_OPERATORS.includes(comparison as never)) {
          throw invalidParameter(
            `The value ${comparison} for parameter ComparisonOperator is not valid; the emulator supports ${COMPARISON_OPERATORS.join(', ')}.`,
          );
        }
        const treatMissing = (input.TreatMissingData as string | undefined) ?? 'missing';
        if (!TREAT_MISSING_DATA.includes(treatMissing as never)) {
          throw invalidParameter(`The value ${treatMissing} for parameter TreatMissingData is not valid.`);
        }
        const evaluationPeriods = toNumber(required(input, 'EvaluationPeriods')) as number;
        if (!(evaluationPeriods >= 1))
          throw invalidParameter('The parameter EvaluationPeriods must be at least 1.');
        const datapointsToAlarm = toNumber(input.DatapointsToAlarm) ?? evaluationPeriods;
        if (datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
          throw invalidParameter('DatapointsToAlarm must be from 1 to EvaluationPeriods.');
        }
        const threshold = toNumber(input.Threshold);
        if (threshold === undefined) throw missingParameter('Threshold');
        const now = new Date(env.clock.now());
        const alarm: MetricAlarm = {
          AlarmName: name,
          AlarmArn: alarmArn(ctx, name),
          AlarmDescription: input.AlarmDescription as string | undefined,
          Namespace: required<string>(input, 'Namespace'),
          MetricName: required<string>(input, 'MetricName'),
          Dimensions: toList<Dimension>(input.Dimensions),
          Statistic: statistic,
          ExtendedStatistic: extended,
          Period: checkPeriod(toNumber(input.Period)),
          EvaluationPeriods: evaluationPeriods,
          DatapointsToAlarm: datapointsToAlarm,
          Threshold: threshold,
          ComparisonOperator: comparison as MetricAlarm['ComparisonOperator'],
          TreatMissingData: treatMissing as MetricAlarm['TreatMissingData'],
          ActionsEnabled: toBoolean(input.ActionsEnabled) ?? true,
          AlarmActions: toList<string>(input.AlarmActions),
          OKActions: toList<string>(input.OKActions),
          InsufficientDataActions: toList<string>(input.InsufficientDataActions),
          Unit: input.Unit as string | undefined,
          StateValue: 'INSUFFICIENT_DATA',
          StateReason: 'Unchecked: Initial alarm creation',
          StateUpdatedTimestamp: now,
          StateTransitionedTimestamp: now,
          AlarmConfigurationUpdatedTimestamp: now,
        };
        alarms.put(alarm);
        if (input.Tags) tags.set(alarm.AlarmArn, toList(input.Tags));
        return {};
      },

      DescribeAlarms: (input: Record<string, unknown>) => {
        const names = toList<string>(input.AlarmNames);
        if (names.length > 100)
          throw invalidParameter('The collection AlarmNames must not have more than 100 items.');
        const prefix = input.AlarmNamePrefix as string | undefined;
        const state = input.StateValue as string | undefined;
        const types = toList<string>(input.AlarmTypes);
        const wantMetric = types.length === 0 || types.includes('MetricAlarm');
        const max = toNumber(input.MaxRecords) ?? 50;
        const offset = Number(input.NextToken ?? 0);
        const matching = alarms
          .all()
          .filter(
            (a) =>
              wantMetric &&
              (names.length === 0 || names.includes(a.AlarmName)) &&
              (!prefix || a.AlarmName.startsWith(prefix)) &&
              (!state || a.StateValue === state),
          );
        const page = matching.slice(offset, offset + max);
        return {
          MetricAlarms: page,
          CompositeAlarms: [],
          NextToken: offset + max < matching.length ? String(offset + max) : undefined,
        };
      },

      DescribeAlarmHistory: (input: Record<string, unknown>) => ({
        AlarmHistoryItems: alarms.history
          .filter((h) => !input.AlarmName || h.AlarmName === input.AlarmName)
          .filter((h) => !input.HistoryItemType || h.HistoryItemType === input.HistoryItemType)
          .slice()
          .reverse(),
      }),

      SetAlarmState: (input: Record<string, unknown>) => {
        const name = required<string>(input, 'AlarmName');
        const state = required<string>(input, 'StateValue');
        if (!['OK', 'ALARM', 'INSUFFICIENT_DATA'].includes(state)) {
          throw invalidParameter(`The value ${state} for parameter StateValue is not valid.`);
        }
        if (!alarms.get(name)) throw notFound(`Alarm ${name} not found`);
        alarms.setState(
          name,
          state as 'OK',
          required<string>(input, 'StateReason'),
          input.StateReasonData as string,
        );
        return {};
      },

      DeleteAlarms: (input: Record<string, unknown>) => {
        const names = toList<string>(input.AlarmNames);
        const missing = names.filter((n) => !alarms.get(n));
        if (missing.length) throw notFound(`Could not find alarm(s): ${missing.join(', ')}`);
        for (const name of names) alarms.delete(name);
        return {};
      },

      ListTagsForResource: (input: Record<string, unknown>) => ({
        Tags: tags.get(required<string>(input, 'ResourceARN')) ?? [],
      }),

      TagResource: (input: Record<string, unknown>) => {
        const arn = required<string>(input, 'ResourceARN');
        const merged = new Map((tags.get(arn) ?? []).map((t) => [t.Key, t.Value]));
        for (const tag of toList<{ Key: string; Value: string }>(input.Tags)) merged.set(tag.Key, tag.Value);
        tags.set(
          arn,
          [...merged].map(([Key, Value]) => ({ Key, Value })),
        );
        return {};
      },
    },
  };
}
