import { checkEnum, checkRange } from './validation';

/** The members the job listings share, as they arrive: times are epoch seconds on the wire. */
export interface JobListInput {
  NameContains?: string;
  CreationTimeAfter?: unknown;
  CreationTimeBefore?: unknown;
  LastModifiedTimeAfter?: unknown;
  LastModifiedTimeBefore?: unknown;
  StatusEquals?: string;
  SortBy?: string;
  SortOrder?: string;
  MaxResults?: number;
}

export interface ListableJob {
  name: string;
  status: string;
  creationTime: Date;
  lastModifiedTime: Date;
}

/**
 * The filters and order ListTrainingJobs and ListTransformJobs share: NameContains, the creation and
 * modification time windows (epoch seconds on the wire), SortBy and SortOrder. Their default orders
 * differ (training Ascending, transform Descending), and StatusEquals is left to the caller, because
 * ListTrainingJobs applies it after paging.
 */
export function listedJobs<T extends ListableJob>(
  jobs: Iterable<T>,
  input: JobListInput,
  statuses: readonly string[],
  defaultOrder: 'Ascending' | 'Descending',
): T[] {
  checkEnum(input.SortBy, 'sortBy', ['Name', 'CreationTime', 'Status']);
  checkEnum(input.SortOrder, 'sortOrder', ['Ascending', 'Descending']);
  checkEnum(input.StatusEquals, 'statusEquals', statuses);
  checkRange(input.MaxResults, 'maxResults', 1, 100);
  const within = (time: Date, after: unknown, before: unknown) =>
    (after === undefined || time.getTime() > Number(after) * 1000) &&
    (before === undefined || time.getTime() < Number(before) * 1000);
  const items = [...jobs]
    .filter(
      (j) =>
        (!input.NameContains || j.name.includes(input.NameContains)) &&
        within(j.creationTime, input.CreationTimeAfter, input.CreationTimeBefore) &&
        within(j.lastModifiedTime, input.LastModifiedTimeAfter, input.LastModifiedTimeBefore),
    )
    .sort((a, b) =>
      input.SortBy === 'Name'
        ? a.name.localeCompare(b.name)
        : input.SortBy === 'Status'
          ? a.status.localeCompare(b.status)
          : a.creationTime.getTime() - b.creationTime.getTime(),
    );
  if ((input.SortOrder ?? defaultOrder) === 'Descending') items.reverse();
  return items;
}
