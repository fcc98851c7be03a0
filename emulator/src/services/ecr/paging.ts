import { pageOf as offsetPage } from '../../protocol/listPager';
import { invalidParameter } from './ecrErrors';

/** ECR's tokens are opaque strings; these wrap the shared pager's offset so that clients do not read it. */
const encoded = (offset: string) => Buffer.from(offset).toString('base64url');
const decoded = (token: string) => Buffer.from(token, 'base64url').toString();

/**
 * One page of `items` for ECR's maxResults/nextToken (100 when maxResults is not given). Lists are in a
 * stable order, so an offset is enough for a local emulator.
 */
export function pageOf<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: unknown,
): { page: T[]; nextToken?: string } {
  if (nextToken !== undefined && typeof nextToken !== 'string') throw invalidToken();
  const { page, next } = offsetPage(items, {
    size: maxResults ?? 100,
    token: nextToken === undefined ? undefined : decoded(nextToken),
    invalidToken,
  });
  return next === undefined ? { page } : { page, nextToken: encoded(next) };
}

function invalidToken() {
  return invalidParameter('Invalid parameter at nextToken: pass the nextToken of the previous response.');
}
