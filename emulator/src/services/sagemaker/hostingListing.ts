import type { JobListInput } from './jobListing';
import { checkEnum, checkRange, paginate } from './validation';

/** The members ListModels, ListEndpointConfigs and ListEndpoints share: the job listings' members and a NextToken. */
export interface HostingListInput extends JobListInput {
  NextToken?: string;
}

export interface Listable {
  name: string;
  creationTime: Date;
  lastModifiedTime?: Date;
  status?: string;
}

/** JSON timestamps arrive as epoch seconds (a number, or a string from some clients). */
function epochMs(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const seconds = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(value));
}

/**
 * The filters, sort and pages that ListModels, ListEndpointConfigs and ListEndpoints share:
 * NameContains, creation (and modification) time windows, StatusEquals, SortBy, SortOrder (newest first
 * by default) and MaxResults 1–100 with NextToken.
 */
export function listHostingResources<T extends Listable>(
  items: Iterable<T>,
  input: HostingListInput,
  sortKeys: readonly string[],
): { page: T[]; next?: string } {
  checkEnum(input.SortBy, 'sortBy', sortKeys);
  checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
  checkRange(input.MaxResults, 'maxResults', 1, 100);
  const after = epochMs(input.CreationTimeAfter);
  const before = epochMs(input.CreationTimeBefore);
  const modifiedAfter = epochMs(input.LastModifiedTimeAfter);
  const modifiedBefore = epochMs(input.LastModifiedTimeBefore);
  const nameContains = typeof input.NameContains === 'string' ? input.NameContains.toLowerCase() : undefined;
  const kept = [...items].filter((item) => {
    const created = item.creationTime.getTime();
    const modified = (item.lastModifiedTime ?? item.creationTime).getTime();
    return (
      (!nameContains || item.name.toLowerCase().includes(nameContains)) &&
      (after === undefined || created > after) &&
      (before === undefined || created < before) &&
      (modifiedAfter === undefined || modified > modifiedAfter) &&
      (modifiedBefore === undefined || modified < modifiedBefore) &&
      (!input.StatusEquals || item.status === input.StatusEquals)
    );
  });
  const compare = (a: T, b: T): number => {
    if (input.SortBy === 'Name') return a.name.localeCompare(b.name);
    if (input.SortBy === 'Status') return (a.status ?? '').localeCompare(b.status ?? '');
    return a.creationTime.getTime() - b.creationTime.getTime() || a.name.localeCompare(b.name);
  };
  kept.sort(compare);
  if (input.SortOrder !== 'Ascending') kept.reverse();
  return paginate(kept, input.MaxResults, input.NextToken);
}
