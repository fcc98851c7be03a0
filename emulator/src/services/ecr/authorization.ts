import { randomBytes } from 'node:crypto';
import type { OperationHandler } from '../../protocol/types';

/** ECR tokens last 12 hours. */
const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface AuthorizationDeps {
  /** The registry clients should push to, started if need be. */
  proxyEndpoint: () => Promise<string>;
  now: () => number;
}

/** What `docker login -u AWS -p <password>` takes: base64 of `AWS:<password>`. */
export const authorizationToken = (password: string): string =>
  Buffer.from(`AWS:${password}`).toString('base64');

/**
 * GetAuthorizationToken. The registry behind it has no auth and takes any credentials; the password
 * is random so that nothing comes to depend on a fixed one.
 */
export function authorizationOperations({
  proxyEndpoint,
  now,
}: AuthorizationDeps): Record<string, OperationHandler> {
  const password = randomBytes(48).toString('base64url');
  return {
    GetAuthorizationToken: async () => ({
      authorizationData: [
        {
          authorizationToken: authorizationToken(password),
          expiresAt: new Date(now() + TOKEN_LIFETIME_MS),
          proxyEndpoint: await proxyEndpoint(),
        },
      ],
    }),
  };
}
