import { invalidParameter } from './ecrErrors';
import { constraints, type TagMutability } from './validation';

export interface ExclusionFilter {
  filterType: 'WILDCARD';
  filter: string;
}

export interface MutabilitySetting {
  imageTagMutability: TagMutability;
  imageTagMutabilityExclusionFilters?: ExclusionFilter[];
}

const FILTER = /^[0-9a-zA-Z._*-]{1,128}$/;

/**
 * Checks the exclusion filters that go with a mutability: the *_WITH_EXCLUSION settings need 1 to 5
 * WILDCARD filters, the plain ones take none.
 */
export function checkExclusionFilters(
  mutability: TagMutability,
  filters: unknown,
): ExclusionFilter[] | undefined {
  const withExclusion = mutability.endsWith('_WITH_EXCLUSION');
  if (filters === undefined || (Array.isArray(filters) && filters.length === 0 && !withExclusion)) {
    if (withExclusion) {
      throw invalidParameter(
        `imageTagMutabilityExclusionFilters are required with ${mutability}: pass 1 to 5 filters such as {filterType: 'WILDCARD', filter: 'latest'}.`,
      );
    }
    return undefined;
  }
  if (!withExclusion) {
    throw invalidParameter(
      `imageTagMutabilityExclusionFilters can only be used with IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION, not ${mutability}.`,
    );
  }
  if (!Array.isArray(filters) || filters.length < 1 || filters.length > 5) {
    throw invalidParameter('imageTagMutabilityExclusionFilters must hold 1 to 5 filters.');
  }
  return filters.map((f: Record<string, unknown>) => {
    constraints.oneOf(
      constraints.required(f?.filterType, 'imageTagMutabilityExclusionFilters.member.filterType'),
      'imageTagMutabilityExclusionFilters.member.filterType',
      ['WILDCARD'],
    );
    if (typeof f.filter !== 'string' || !FILTER.test(f.filter)) {
      throw invalidParameter(
        `Invalid exclusion filter '${String(f.filter)}': use 1 to 128 letters, digits, . _ - and * as a wildcard.`,
      );
    }
    return { filterType: 'WILDCARD', filter: f.filter };
  });
}

function wildcardMatches(filter: string, tag: string): boolean {
  const pattern = filter
    .split('*')
    .map((part) => part.replace(/\./g, '\\.'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(tag);
}

/** Whether an existing `tag` may not be moved to another image under this setting. */
export function isTagImmutable(setting: MutabilitySetting, tag: string): boolean {
  const excluded = (setting.imageTagMutabilityExclusionFilters ?? []).some((f) =>
    wildcardMatches(f.filter, tag),
  );
  switch (setting.imageTagMutability) {
    case 'IMMUTABLE':
      return true;
    case 'MUTABLE':
      return false;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
  }
}
