/**
 * The one way List and Describe operations page: NextToken is the offset of the next item, handed out
 * by the previous page; anything else is a token the service did not hand out, answered with the
 * service's own error.
 */
export function pageOf<T>(
  items: T[],
  options: { size: number; token: string | undefined; invalidToken: (token: string) => Error },
): { page: T[]; next?: string } {
  const { size, token } = options;
  if (token !== undefined && !/^(0|[1-9][0-9]{0,8})$/.test(token)) throw options.invalidToken(token);
  const start = Number(token ?? 0);
  const page = items.slice(start, start + size);
  return { page, next: start + size < items.length ? String(start + size) : undefined };
}
