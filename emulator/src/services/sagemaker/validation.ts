import { validationError } from '../../protocol/awsError';
import { pageOf } from '../../protocol/listPager';
import { memberConstraints } from '../../protocol/memberConstraints';

export const NAME_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** SageMaker's member checks: every refusal is a ValidationException in the services' shared wording. */
export const constraints = memberConstraints(validationError);

/** SageMaker's own wording for a member that breaks its pattern. */
export function checkName(value: unknown, member: string): string {
  return constraints.pattern(value, member, NAME_PATTERN, '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}');
}

export function requireMember<T>(value: T | undefined | null, member: string): T {
  return constraints.required(value, member);
}

export function checkRange(value: number | undefined, member: string, min: number, max: number): void {
  constraints.range(value, member, min, max);
}

export function checkEnum(value: unknown, member: string, allowed: readonly string[]): void {
  constraints.oneOf(value, member, allowed);
}

/** ListX pagination: NextToken is the index of the next item; any other token is refused, as AWS does. */
export function paginate<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
): { page: T[]; next?: string } {
  return pageOf(items, {
    size: maxResults ?? 10,
    token: nextToken,
    invalidToken: (token) =>
      validationError(
        `Invalid pagination token '${token}': pass the NextToken of the previous response unchanged.`,
      ),
  });
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
