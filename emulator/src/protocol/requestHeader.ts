import type { RestRequest } from './types';

/** A single-valued request header (Node lower-cases names), or undefined when absent or repeated. */
export function requestHeader(req: RestRequest, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}
