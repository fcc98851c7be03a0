import type {
  DescribeAlarmHistoryOutput,
  DescribeAlarmsOutput,
  Statistic,
  DescribeAlarmsForMetricOutput,
  ListTagsForResourceOutput,
  TagResourceOutput,
  UntagResourceOutput,
} from '@aws-sdk/client-cloudwatch';
import type { AlarmStateValue, EmulatorEnvironment } from '../../environment';
import type { OperationHandler, RequestContext } from '../../protocol/types';
import { partitionOf } from '../sagemaker/arn';
import { ANOMALY_COMPARISON_OPERATORS, COMPARISON_OPERATORS, TREAT_MISSING_DATA } from './alarmEvaluation';
import { alarmQueriesFromInput } from './alarmQueries';
import type { AlarmScheduler } from './alarmScheduler';
import type { AlarmStore, MetricAlarm, Tag } from './alarmStore';
import { pageOf } from '../../protocol/listPager';
import {
  alarmNotFound,
  constraints,
  invalidFormat,
  invalidNextToken,
  memberMustNotBeNull,
  memberNotInEnum,
  resourceNotFound,
  validationError,
} from './cloudWatchErrors';
import { checkPeriod, requiredString } from './requestValues';
import { checkUnit } from './standardUnits';
import { isExtendedStatistic, STATISTICS } from './statistics';
import {
  metricKey,
  toBoolean,
  toEpochMs,
  toList,
  toNumber,
  dimensionMap,
  type Dimension,
} from './wireValues';

const STATE_VALUES: AlarmStateValue[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

type Input = Record<string, unknown>;

/** NextToken is the offset of the next page; anything else is a token CloudWatch did not hand out. */
function page<T>(items: T[], input: Input, defaultMax: number): { items: T[]; NextToken?: string } {
  const max = toNumber(input.MaxRecords) ?? defaultMax;
  if (!Number.isInteger(max) || max < 1 || max > 100) {
    throw constraints.violation(input.MaxRecords, 'maxRecords', 'Member must have value between 1 and 100');
  }
  const token = input.NextToken === undefined ? undefined : String(input.NextToken);
  const { page: pageItems, next } = pageOf(items, { size: max, token, invalidToken: invalidNextToken });
  return { items: pageItems, NextToken: next };
}

function required(input: Input, name: string): string {
  return requiredString(input, name, memberMustNotBeNull);
}

function requiredInteger(input: Input, name: string, min: number): number {
  if (input[name] === undefined || input[name] === null || input[name] === '')
    throw memberMustNotBeNull(name);
  const value = toNumber(input[name]);
  if (value === undefined || !Number.isInteger(value) || value < min) {
    throw constraints.violation(
      input[name],
      `${name.charAt(0).toLowerCase()}${name.slice(1)}`,
      `Member must have value greater than or equal to ${min}`,
    );
  }
  return value;
}

/** The metric an alarm watches: one metric and statistic, or metric math over Metrics. */
type AlarmSubject = Pick<
  MetricAlarm,
  | 'Namespace'
  | 'MetricName'
  | 'Dimensions'
  | 'Statistic'
  | 'ExtendedStatistic'
  | 'Period'
  | 'Metrics'
  | 'Unit'
>;

function singleMetricOf(input: Input): { subject: AlarmSubject; periodSeconds: number } {
  const namespace = required(input, 'Namespace');
  const metricName = required(input, 'MetricName');
  const statistic = input.Statistic as string | undefined;
  const extended = input.ExtendedStatistic as string | undefined;
  if (Boolean(statistic) === Boolean(extended)) {
    throw validationError(
      'Exactly one of Statistic and ExtendedStatistic must be specified when MetricName is specified.',
    );
  }
  if (statistic && !STATISTICS.includes(statistic as never))
    throw memberNotInEnum('Statistic', statistic, STATISTICS);
  if (extended && !isExtendedStatistic(extended)) {
    throw validationError(
      `The value ${extended} for parameter ExtendedStatistic is not supported: the modelship emulator computes percentiles (p0.0 to p100).`,
    );
  }
  const period = checkPeriod(toNumber(input.Period), 'Period', validationError);
  const dimensions = toList<Dimension>(input.Dimensions);
  if (dimensions.length > 30)
    throw validationError('The collection Dimensions must not have more than 30 items.');
  return {
    subject: {
      Namespace: namespace,
      MetricName: metricName,
      Dimensions: dimensions.map((d) => ({ Name: String(d.Name), Value: String(d.Value) })),
      Statistic: statistic as Statistic | undefined,
      ExtendedStatistic: extended,
      Period: period,
      Unit: checkUnit(input.Unit, 'Unit'),
    },
    periodSeconds: period,
  };
}

function subjectOf(input: Input): { subject: AlarmSubject; periodSeconds: number } {
  if (input.ThresholdMetricId !== undefined) {
    throw validationError(
      'Anomaly detection alarms (ThresholdMetricId) are not supported by the modelship emulator; metric math alarms (Metrics with a Threshold) are.',
    );
  }
  if (input.Metrics === undefined) return singleMetricOf(input);
  const { queries, periodSeconds } = alarmQueriesFromInput(input);
  return { subject: { Metrics: queries, Unit: checkUnit(input.Unit, 'Unit') }, periodSeconds };
}

/** PutMetricAlarm's input, validated as CloudWatch does, as a stored alarm starting in INSUFFICIENT_DATA. */
function alarmFromInput(input: Input, arn: string, now: Date): MetricAlarm {
  const name = required(input, 'AlarmName');
  constraints.length(name, 'alarmName', 1, 255);
  const { subject, periodSeconds } = subjectOf(input);
  const comparison = required(input, 'ComparisonOperator');
  if (ANOMALY_COMPARISON_OPERATORS.includes(comparison)) {
    throw validationError(
      `Comparison operator ${comparison} is for anomaly detection alarms, which the modelship emulator does not support.`,
    );
  }
  if (!COMPARISON_OPERATORS.includes(comparison as never)) {
    throw memberNotInEnum('ComparisonOperator', comparison, [
      ...COMPARISON_OPERATORS,
      ...ANOMALY_COMPARISON_OPERATORS,
    ]);
  }
  const treatMissing = (input.TreatMissingData as string | undefined) ?? 'missing';
  if (!TREAT_MISSING_DATA.includes(treatMissing as never)) {
    throw validationError(
      `Option ${treatMissing} is not supported. Supported options for parameter TreatMissingData are: ${TREAT_MISSING_DATA.join(', ')}.`,
    );
  }
  const evaluationPeriods = requiredInteger(input, 'EvaluationPeriods', 1);
  if (periodSeconds * evaluationPeriods > 7 * 24 * 3600) {
    throw validationError('The evaluation period (Period × EvaluationPeriods) must not exceed 7 days.');
  }
  const datapointsToAlarm =
    input.DatapointsToAlarm === undefined
      ? evaluationPeriods
      : requiredInteger(input, 'DatapointsToAlarm', 1);
  if (datapointsToAlarm > evaluationPeriods) {
    throw validationError('DatapointsToAlarm must be less than or equal to EvaluationPeriods');
  }
  const threshold = toNumber(input.Threshold);
  if (threshold === undefined) throw memberMustNotBeNull('Threshold');
  return {
    AlarmName: name,
    AlarmArn: arn,
    AlarmDescription: input.AlarmDescription as string | undefined,
    ...subject,
    EvaluationPeriods: evaluationPeriods,
    DatapointsToAlarm: datapointsToAlarm,
    Threshold: threshold,
    ComparisonOperator: comparison as MetricAlarm['ComparisonOperator'],
    TreatMissingData: treatMissing as MetricAlarm['TreatMissingData'],
    ActionsEnabled: toBoolean(input.ActionsEnabled) ?? true,
    AlarmActions: toList<string>(input.AlarmActions),
    OKActions: toList<string>(input.OKActions),
    InsufficientDataActions: toList<string>(input.InsufficientDataActions),
    StateValue: 'INSUFFICIENT_DATA',
    StateReason: 'Unchecked: Initial alarm creation',
    StateUpdatedTimestamp: now,
    StateTransitionedTimestamp: now,
    AlarmConfigurationUpdatedTimestamp: now,
  };
}

function checkStateValue(value: unknown, member = 'StateValue'): AlarmStateValue | undefined {
  if (value === undefined) return undefined;
  if (!STATE_VALUES.includes(value as AlarmStateValue)) throw memberNotInEnum(member, value, STATE_VALUES);
  return value as AlarmStateValue;
}

/** The alarm operations: alarms are evaluated by the scheduler, these only read and change them. */
export function alarmOperations(
  env: EmulatorEnvironment,
  alarms: AlarmStore,
  scheduler: AlarmScheduler,
): Record<string, OperationHandler> {
  const arnOf = (ctx: RequestContext, name: string) =>
    `arn:${partitionOf(ctx.region)}:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}`;
  const taggedAlarm = (input: Input): MetricAlarm => {
    const arn = requiredString(input, 'ResourceARN', memberMustNotBeNull);
    const alarm = alarms.byArn(arn);
    if (!alarm) throw resourceNotFound(`The resource ${arn} does not exist.`);
    return alarm;
  };

  return {
    PutMetricAlarm: (input: Input, ctx) => {
      const alarm = alarmFromInput(
        input,
        arnOf(ctx, String(input.AlarmName ?? '')),
        new Date(env.clock.now()),
      );
      const tags = toList<Tag>(input.Tags).map((t) => ({ Key: String(t.Key), Value: String(t.Value) }));
      alarms.put(alarm, tags);
      return {};
    },

    DescribeAlarms: (input: Input): DescribeAlarmsOutput => {
      const names = toList<string>(input.AlarmNames);
      constraints.count(names, 'alarmNames', 0, 100);
      const prefix = input.AlarmNamePrefix as string | undefined;
      if (prefix !== undefined && names.length) {
        throw validationError('AlarmNames and AlarmNamePrefix cannot be specified together.');
      }
      const state = checkStateValue(input.StateValue);
      const actionPrefix = input.ActionPrefix as string | undefined;
      const types = toList<string>(input.AlarmTypes);
      // Without AlarmTypes CloudWatch returns only metric alarms; the emulator has no composite alarms.
      const wantMetric = types.length === 0 || types.includes('MetricAlarm');
      const matching = alarms
        .all()
        .filter(
          (a) =>
            wantMetric &&
            (names.length === 0 || names.includes(a.AlarmName)) &&
            (prefix === undefined || a.AlarmName.startsWith(prefix)) &&
            (!state || a.StateValue === state) &&
            (!actionPrefix ||
              [...a.AlarmActions, ...a.OKActions, ...a.InsufficientDataActions].some((x) =>
                x.startsWith(actionPrefix),
              )),
        );
      const { items, NextToken } = page(matching, input, 50);
      return { MetricAlarms: items, CompositeAlarms: [], NextToken };
    },

    DescribeAlarmsForMetric: (input: Input): DescribeAlarmsForMetricOutput => {
      const namespace = required(input, 'Namespace');
      const metricName = required(input, 'MetricName');
      const dimensions = input.Dimensions === undefined ? undefined : dimensionMap(input.Dimensions);
      const period = toNumber(input.Period);
      return {
        MetricAlarms: alarms
          .all()
          .filter(
            (a) =>
              a.Namespace === namespace &&
              a.MetricName === metricName &&
              (!dimensions ||
                metricKey(namespace, metricName, dimensionMap(a.Dimensions ?? [])) ===
                  metricKey(namespace, metricName, dimensions)) &&
              (!input.Statistic || a.Statistic === input.Statistic) &&
              (!input.ExtendedStatistic || a.ExtendedStatistic === input.ExtendedStatistic) &&
              (period === undefined || a.Period === period) &&
              (!input.Unit || a.Unit === input.Unit),
          ),
      };
    },

    DescribeAlarmHistory: (input: Input): DescribeAlarmHistoryOutput => {
      const from = toEpochMs(input.StartDate);
      const to = toEpochMs(input.EndDate);
      const types = toList<string>(input.AlarmTypes);
      const items = alarms.history.filter(
        (h) =>
          (!input.AlarmName || h.AlarmName === input.AlarmName) &&
          (!input.HistoryItemType || h.HistoryItemType === input.HistoryItemType) &&
          (types.length === 0 || types.includes(h.AlarmType)) &&
          (from === undefined || h.Timestamp.getTime() >= from) &&
          (to === undefined || h.Timestamp.getTime() <= to),
      );
      const ordered = input.ScanBy === 'TimestampAscending' ? items : items.slice().reverse();
      const { items: AlarmHistoryItems, NextToken } = page(ordered, input, 100);
      return { AlarmHistoryItems, NextToken };
    },

    SetAlarmState: (input: Input) => {
      const name = required(input, 'AlarmName');
      const state = checkStateValue(required(input, 'StateValue')) as AlarmStateValue;
      const reason = required(input, 'StateReason');
      constraints.length(reason, 'stateReason', 0, 1023);
      const reasonData = input.StateReasonData as string | undefined;
      if (reasonData !== undefined) {
        try {
          JSON.parse(reasonData);
        } catch {
          throw invalidFormat('StateReasonData is not valid JSON.');
        }
      }
      const alarm = alarms.get(name);
      if (!alarm) throw alarmNotFound(`Alarm ${name} not found`);
      // Held for one (scaled) period: CloudWatch's next evaluation is what takes the state back.
      alarms.setState(alarm, state, reason, reasonData, env.clock.now() + scheduler.periodMs(alarm));
      return {};
    },

    DeleteAlarms: (input: Input) => {
      const names = toList<string>(input.AlarmNames);
      constraints.count(names, 'alarmNames', 0, 100);
      const missing = names.filter((n) => !alarms.get(n));
      // All or nothing, as CloudWatch: one unknown name deletes none.
      if (missing.length) throw alarmNotFound(`Could not find alarm(s): ${missing.join(', ')}`);
      for (const name of names) alarms.delete(name);
      return {};
    },

    EnableAlarmActions: (input: Input) => {
      for (const name of toList<string>(input.AlarmNames)) {
        const alarm = alarms.get(name);
        if (alarm) alarm.ActionsEnabled = true;
      }
      return {};
    },

    DisableAlarmActions: (input: Input) => {
      for (const name of toList<string>(input.AlarmNames)) {
        const alarm = alarms.get(name);
        if (alarm) alarm.ActionsEnabled = false;
      }
      return {};
    },

    ListTagsForResource: (input: Input): ListTagsForResourceOutput => ({
      Tags: alarms.tagsOf(taggedAlarm(input).AlarmArn),
    }),

    TagResource: (input: Input): TagResourceOutput => {
      const alarm = taggedAlarm(input);
      alarms.tag(
        alarm.AlarmArn,
        toList<Tag>(input.Tags).map((t) => ({ Key: String(t.Key), Value: String(t.Value) })),
      );
      return {};
    },

    UntagResource: (input: Input): UntagResourceOutput => {
      const alarm = taggedAlarm(input);
      alarms.untag(alarm.AlarmArn, toList<string>(input.TagKeys));
      return {};
    },
  };
}
