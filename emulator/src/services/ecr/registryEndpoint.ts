import type { RestResponse, RestService } from '../../protocol/types';

export const NO_REGISTRY_MESSAGE =
  "The modelship emulator's ECR has no registry, so pushes and pulls cannot land: install Debian's docker-registry package (apt-get install docker-registry) and restart the emulator. The ECR API (repositories, PutImage, BatchGetImage) works without it.";

export const registryElsewhereMessage = (registryUrl: string | undefined): string =>
  registryUrl
    ? `The modelship emulator's registry runs at ${registryUrl}: push and pull there (it is the proxyEndpoint of ecr GetAuthorizationToken).`
    : "The modelship emulator's registry starts on the first ECR call that needs it: call ecr GetAuthorizationToken (aws ecr get-login-password) and use its proxyEndpoint.";

/** A registry's error, as Docker's distribution API writes them, so that docker and buildah print the message. */
export function registryUnavailableResponse(message: string): RestResponse {
  return {
    status: 503,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'docker-distribution-api-version': 'registry/2.0',
    },
    body: JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message }] }),
  };
}

/**
 * Answers `/v2/...` on the emulator's own port, where GetAuthorizationToken points when no registry can
 * run, so that `docker push` fails saying what to install instead of with a bare 404.
 */
export function createRegistryEndpoint(message: () => string): RestService {
  return {
    kind: 'rest',
    name: 'ecr-registry',
    signingName: 'ecr',
    matches: (req) => req.path === '/v2' || req.path.startsWith('/v2/'),
    errorResponse: (err) => registryUnavailableResponse(err.message),
    handle: async (_req, ctx) => {
      ctx.operation = 'RegistryRequest';
      return registryUnavailableResponse(message());
    },
  };
}
