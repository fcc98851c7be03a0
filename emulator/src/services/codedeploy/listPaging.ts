import { pageOf as offsetPage } from '../../protocol/listPager';
import { codeDeployError } from './codeDeployErrors';

const PAGE_SIZE = 100;

/** One page of a CodeDeploy list; the token is the offset of the next page, as the shared pager hands out. */
export function pageOf<T>(items: T[], nextToken: string | undefined): { items: T[]; nextToken?: string } {
  const { page, next } = offsetPage(items, {
    size: PAGE_SIZE,
    token: nextToken,
    invalidToken: () =>
      codeDeployError(
        'InvalidNextTokenException',
        'The next token was specified in an invalid format: pass the nextToken of the previous page.',
      ),
  });
  return { items: page, nextToken: next };
}
