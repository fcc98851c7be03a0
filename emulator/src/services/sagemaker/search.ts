import type {
  Filter,
  NestedFilters,
  SearchRecord as ResultRecord,
  SearchExpression,
  SearchRequest,
  SearchResponse,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../protocol/awsError';
import { checkEnum, checkRange, constraints, paginate, requireMember } from './validation';

/** A resource as Search returns it: its Describe shape plus Tags. */
export type SearchRecord = Record<string, unknown>;

const RESOURCES = [
  'Endpoint',
  'Experiment',
  'ExperimentTrial',
  'ExperimentTrialComponent',
  'FeatureGroup',
  'FeatureMetadata',
  'HubContent',
  'HyperParameterTuningJob',
  'Image',
  'ImageVersion',
  'Job',
  'Model',
  'ModelCard',
  'ModelPackage',
  'ModelPackageGroup',
  'Pipeline',
  'PipelineExecution',
  'PipelineVersion',
  'Project',
  'TrainingJob',
];
const OPERATORS = [
  'Equals',
  'NotEquals',
  'GreaterThan',
  'GreaterThanOrEqualTo',
  'LessThan',
  'LessThanOrEqualTo',
  'Contains',
  'Exists',
  'NotExists',
  'In',
];
const MAX_MEMBERS = 20;

/** The resources Search can find, each contributed by the module that keeps them. */
export class SearchableResources {
  private readonly sources = new Map<string, () => Iterable<SearchRecord>>();

  register(resource: string, records: () => Iterable<SearchRecord>): void {
    this.sources.set(resource, records);
  }

  records(resource: string): SearchRecord[] {
    const source = this.sources.get(resource);
    if (!source) {
      throw validationError(
        `Search on ${resource} is not supported by the modelship emulator; it searches ${[...this.sources.keys()].sort().join(', ')}.`,
      );
    }
    return [...source()];
  }
}

/**
 * The values at a property path: `ModelApprovalStatus`, `HyperParameters.epochs`,
 * `InferenceSpecification.Containers.Image` (every element of a list), `Tags.<key>` and, for
 * training jobs, `Metrics.<name>` (the final value of a metric).
 */
export function valuesAt(record: unknown, path: string): unknown[] {
  const [head, ...rest] = path.split('.');
  if (head === undefined || record === undefined || record === null) return [];
  if (Array.isArray(record)) return record.flatMap((item) => valuesAt(item, path));
  if (typeof record !== 'object') return [];
  const object = record as Record<string, unknown>;
  if (head === 'Tags' && rest.length > 0 && Array.isArray(object.Tags)) {
    const key = rest.join('.');
    return (object.Tags as Array<{ Key?: string; Value?: string }>)
      .filter((t) => t.Key === key)
      .map((t) => t.Value);
  }
  if (head === 'Metrics' && rest.length > 0 && Array.isArray(object.FinalMetricDataList)) {
    const name = rest.join('.');
    return (object.FinalMetricDataList as Array<{ MetricName?: string; Value?: number }>)
      .filter((m) => m.MetricName === name)
      .map((m) => m.Value);
  }
  const value = object[head];
  if (rest.length === 0) return (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined);
  return valuesAt(value, rest.join('.'));
}

/** How a property compares with a filter's Value: as a time, a number, or text. */
function compare(property: unknown, value: string): number | undefined {
  if (property instanceof Date) {
    const numeric = Number(value);
    const ms = Number.isFinite(numeric) ? numeric * 1000 : Date.parse(value);
    return Number.isNaN(ms) ? undefined : property.getTime() - ms;
  }
  if (typeof property === 'number') {
    const numeric = Number(value);
    return value.trim() === '' || !Number.isFinite(numeric) ? undefined : property - numeric;
  }
  if (typeof property === 'boolean') return String(property) === value.toLowerCase() ? 0 : 1;
  return String(property).localeCompare(value);
}

function holds(property: unknown, operator: string, value: string): boolean {
  if (operator === 'Contains') return String(property).includes(value);
  if (operator === 'In') return value.split(',').some((v) => compare(property, v.trim()) === 0);
  const order = compare(property, value);
  if (order === undefined) return false;
  switch (operator) {
    case 'Equals':
      return order === 0;
    case 'GreaterThan':
      return order > 0;
    case 'GreaterThanOrEqualTo':
      return order >= 0;
    case 'LessThan':
      return order < 0;
    default:
      return order <= 0;
  }
}

function checkFilter(filter: Filter, member: string): void {
  requireMember(filter.Name, `${member}.name`);
  checkEnum(filter.Operator, `${member}.operator`, OPERATORS);
  const operator = filter.Operator ?? 'Equals';
  if (operator !== 'Exists' && operator !== 'NotExists' && filter.Value === undefined) {
    throw validationError(`Filter ${filter.Name} with operator ${operator} needs a Value.`);
  }
}

export function matchesFilter(record: unknown, filter: Filter): boolean {
  const values = valuesAt(record, filter.Name as string);
  const operator = filter.Operator ?? 'Equals';
  if (operator === 'Exists') return values.length > 0;
  if (operator === 'NotExists') return values.length === 0;
  if (operator === 'NotEquals') return !values.some((v) => holds(v, 'Equals', filter.Value as string));
  return values.some((v) => holds(v, operator, filter.Value as string));
}

/** NestedFilters: every filter holds for one and the same element of the list property. */
function matchesNested(record: unknown, nested: NestedFilters): boolean {
  const property = nested.NestedPropertyName as string;
  const prefix = `${property}.`;
  return valuesAt(record, property).some((element) =>
    (nested.Filters ?? []).every((filter) =>
      matchesFilter(element, {
        ...filter,
        Name: (filter.Name ?? '').startsWith(prefix)
          ? (filter.Name as string).slice(prefix.length)
          : filter.Name,
      }),
    ),
  );
}

function checkExpression(expression: SearchExpression, member: string): void {
  checkEnum(expression.Operator, `${member}.operator`, ['And', 'Or']);
  constraints.count(expression.Filters, `${member}.filters`, 0, MAX_MEMBERS);
  constraints.count(expression.NestedFilters, `${member}.nestedFilters`, 0, MAX_MEMBERS);
  constraints.count(expression.SubExpressions, `${member}.subExpressions`, 0, MAX_MEMBERS);
  expression.Filters?.forEach((f, i) => checkFilter(f, `${member}.filters.${i + 1}.member`));
  expression.NestedFilters?.forEach((n, i) => {
    requireMember(n.NestedPropertyName, `${member}.nestedFilters.${i + 1}.member.nestedPropertyName`);
    n.Filters?.forEach((f, j) =>
      checkFilter(f, `${member}.nestedFilters.${i + 1}.member.filters.${j + 1}.member`),
    );
  });
  expression.SubExpressions?.forEach((e, i) =>
    checkExpression(e, `${member}.subExpressions.${i + 1}.member`),
  );
}

export function matchesExpression(record: unknown, expression: SearchExpression): boolean {
  const outcomes = [
    ...(expression.Filters ?? []).map((f) => () => matchesFilter(record, f)),
    ...(expression.NestedFilters ?? []).map((n) => () => matchesNested(record, n)),
    ...(expression.SubExpressions ?? []).map((e) => () => matchesExpression(record, e)),
  ];
  return expression.Operator === 'Or' ? outcomes.some((o) => o()) : outcomes.every((o) => o());
}

/** Search: the resources of one kind matching the expression, sorted (Descending by default), paged. */
export function search(resources: SearchableResources, input: SearchRequest): SearchResponse {
  const resource = requireMember(input.Resource, 'resource');
  checkEnum(resource, 'resource', RESOURCES);
  checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
  checkRange(input.MaxResults, 'maxResults', 1, 100);
  if (input.SearchExpression) checkExpression(input.SearchExpression, 'searchExpression');
  const sortBy = input.SortBy ?? 'LastModifiedTime';
  const sortKey = (record: SearchRecord) =>
    valuesAt(record, sortBy)[0] ?? (sortBy === 'LastModifiedTime' ? record.CreationTime : undefined);
  const found = resources
    .records(resource)
    .filter((record) => !input.SearchExpression || matchesExpression(record, input.SearchExpression))
    .sort((a, b) => {
      const [x, y] = [sortKey(a), sortKey(b)];
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
      if (x instanceof Date && y instanceof Date) return x.getTime() - y.getTime();
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x).localeCompare(String(y));
    });
  if (input.SortOrder !== 'Ascending') found.reverse();
  const { page, next } = paginate(found, input.MaxResults, input.NextToken);
  // Each record is its resource's Describe answer plus Tags, which is what the SDK's result member holds.
  return { Results: page.map((record) => ({ [resource]: record }) as ResultRecord), NextToken: next };
}
