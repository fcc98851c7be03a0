/**
 * CloudWatch speaks three protocols whose scalars differ: JSON sends numbers and epoch seconds, Query
 * sends every value as a string and timestamps as ISO 8601, CBOR sends Dates. Handlers read through these.
 */
export function toNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function toEpochMs(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value * 1000;
  if (typeof value === 'string' && value !== '') {
    const numeric = Number(value);
    if (Number.isFinite(numeric)) return numeric * 1000;
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function toList<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export interface Dimension {
  Name: string;
  Value: string;
}

export function dimensionMap(dimensions: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of toList<Dimension>(dimensions)) out[d.Name] = d.Value;
  return out;
}

/** One key for a metric: namespace, name and its exact set of dimensions (order does not matter). */
export function metricKey(namespace: string, metricName: string, dimensions: Record<string, string>): string {
  const dims = Object.keys(dimensions)
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join(',');
  return `${namespace}|${metricName}|${dims}`;
}
