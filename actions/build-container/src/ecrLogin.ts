import { GetAuthorizationTokenCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { ModelshipError } from '@modelship/shared';

/** What a container engine needs to log in to the repository's registry. */
export interface RegistryLogin {
  /** Host (and port) of the registry: the part of an image name before the repository. */
  registry: string;
  username: string;
  password: string;
  /** The registry speaks plain HTTP (a local registry), so TLS verification must be off for it. */
  plainHttp: boolean;
}

/**
 * GetAuthorizationToken, decoded. The password (and the token that carries it) is masked before anything
 * else happens, so no later log line, error or command echo can show it.
 */
export async function ecrLogin(
  ecr: Pick<ECRClient, 'send'>,
  setSecret: (value: string) => void,
): Promise<RegistryLogin> {
  const answer = await ecr.send(new GetAuthorizationTokenCommand({}));
  const data = answer.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint) {
    throw new ModelshipError(
      'ECR GetAuthorizationToken returned no token or no registry address.',
      'Check the credentials allow ecr:GetAuthorizationToken, then run the step again.',
    );
  }
  setSecret(data.authorizationToken);
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const password = decoded.slice(colon + 1);
  setSecret(password);
  const endpoint = new URL(data.proxyEndpoint);
  return {
    registry: endpoint.host,
    username: decoded.slice(0, colon),
    password,
    plainHttp: endpoint.protocol === 'http:',
  };
}
