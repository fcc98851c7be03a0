import { codeDeployError } from './codeDeployErrors';

const PAGE_SIZE = 100;

/** One page of a CodeDeploy list; the token is the offset of the next page. */
export function pageOf<T>(items: T[], nextToken: unknown): { items: T[]; nextToken?: string } {
  const offset = nextToken === undefined || nextToken === null ? 0 : Number(nextToken);
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) {
    throw codeDeployError(
      'InvalidNextTokenException',
      'The next token was specified in an invalid format: pass the nextToken of the previous page.',
    );
  }
  const end = offset + PAGE_SIZE;
  return { items: items.slice(offset, end), nextToken: end < items.length ? String(end) : undefined };
}
