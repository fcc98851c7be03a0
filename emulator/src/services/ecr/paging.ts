import { invalidParameter } from './ecrErrors';

/**
 * One page of `items` for ECR's maxResults/nextToken. The token is the offset, opaque to clients;
 * lists are in a stable order, so an offset is enough for a local emulator.
 */
export function pageOf<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: unknown,
): { page: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const decoded =
      typeof nextToken === 'string' ? Number(Buffer.from(nextToken, 'base64url').toString()) : NaN;
    if (!Number.isInteger(decoded) || decoded < 0) {
      throw invalidParameter('Invalid parameter at nextToken: pass the nextToken of the previous response.');
    }
    start = decoded;
  }
  const size = maxResults ?? 100;
  const page = items.slice(start, start + size);
  const end = start + page.length;
  return end < items.length ? { page, nextToken: Buffer.from(String(end)).toString('base64url') } : { page };
}
