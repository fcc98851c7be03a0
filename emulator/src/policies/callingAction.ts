import type { IncomingHttpHeaders } from 'node:http';

/**
 * The modelship action behind a request, from the user agent every action's SDK clients send
 * (`... modelship/0.1.0 md/modelship-action#deploy-endpoint`); undefined for any other caller.
 */
export function callingAction(headers: IncomingHttpHeaders): string | undefined {
  for (const name of ['x-amz-user-agent', 'user-agent']) {
    const value = headers[name];
    const match = /(?:^|\s)md\/modelship-action#([a-z0-9-]+)(?:\s|$)/.exec(String(value ?? ''));
    if (match) return match[1];
  }
  return undefined;
}
