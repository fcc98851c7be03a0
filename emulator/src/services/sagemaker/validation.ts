import { validationError } from '../../protocol/awsError';

export const NAME_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** SageMaker's own wording for a member that breaks its pattern. */
export function checkName(value: unknown, member: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (!NAME_PATTERN.test(value)) {
    throw validationError(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`,
    );
  }
  return value;
}

export function requireMember<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null || (value as unknown) === '') {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

export function checkRange(value: number | undefined, member: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw validationError(
      `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must have value ${value < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`}`,
    );
  }
}

export function checkEnum(value: unknown, member: string, allowed: readonly string[]): void {
  if (value === undefined) return;
  if (!allowed.includes(value as string)) {
    throw validationError(
      `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
}

/** ListX pagination: NextToken is the index of the next item; any other token is refused, as AWS does. */
export function paginate<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
): { page: T[]; next?: string } {
  if (nextToken !== undefined && !/^(0|[1-9][0-9]{0,8})$/.test(nextToken)) {
    throw validationError(
      `Invalid pagination token '${nextToken}': pass the NextToken of the previous response unchanged.`,
    );
  }
  const start = Number(nextToken ?? 0);
  const size = maxResults ?? 10;
  const page = items.slice(start, start + size);
  return { page, next: start + size < items.length ? String(start + size) : undefined };
}

export function sortByCreation<T extends { name: string; creationTime: Date }>(
  items: T[],
  sortBy: string | undefined,
  sortOrder: string | undefined,
): T[] {
  const sorted = [...items].sort((a, b) =>
    sortBy === 'Name' ? a.name.localeCompare(b.name) : a.creationTime.getTime() - b.creationTime.getTime(),
  );
  // SageMaker's List* calls default to newest first (SortOrder Descending) for these resources.
  return sortOrder === 'Ascending' ? sorted : sorted.reverse();
}
