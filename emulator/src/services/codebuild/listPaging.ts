import { pageOf } from '../../protocol/listPager';
import { invalidInput } from './validation';

const PAGE_SIZE = 100;

/** One page of a CodeBuild list (100 names or IDs); nextToken is the offset the previous page handed out. */
export function codeBuildPage<T>(
  items: T[],
  nextToken: string | undefined,
): { page: T[]; nextToken?: string } {
  const { page, next } = pageOf(items, {
    size: PAGE_SIZE,
    token: nextToken,
    invalidToken: (token) =>
      invalidInput(`Invalid nextToken ${token}; pass the nextToken of the previous answer.`),
  });
  return next === undefined ? { page } : { page, nextToken: next };
}
