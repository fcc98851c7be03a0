import type { ECRClient } from '@aws-sdk/client-ecr';
import type { BuildRequest } from './buildRequest';
import { ecrLogin, type RegistryLogin } from './ecrLogin';
import { ensureRepository } from './ecrRepository';

/** Where the image goes: the logged-in registry and the repository in it. */
export interface RegistryTarget {
  login: RegistryLogin;
  repository: string;
  /** `<account>.dkr.ecr.<region>.amazonaws.com/<repository>`, what SageMaker's image URIs use. */
  repositoryUri: string;
  created: boolean;
}

/** The image reference engines push to: the login's registry, the repository, a tag. */
export const pushRef = (target: RegistryTarget, tag: string): string =>
  `${target.login.registry}/${target.repository}:${tag}`;

/** Logs in to ECR (the password masked first) and makes sure the repository exists, as asked. */
export async function prepareRegistry(
  ports: { ecr: Pick<ECRClient, 'send'>; setSecret(value: string): void },
  request: BuildRequest,
): Promise<RegistryTarget> {
  const login = await ecrLogin(ports.ecr, ports.setSecret);
  const { inputs } = request;
  const repository = await ensureRepository(ports.ecr, {
    name: inputs.repository,
    create: inputs['create-repository'],
    scanOnPush: inputs['scan-on-push'],
    immutableTags: inputs['immutable-tags'],
    keepImages: inputs['keep-images'],
    tags: request.resourceTags,
  });
  return { login, repository: inputs.repository, repositoryUri: repository.uri, created: repository.created };
}
