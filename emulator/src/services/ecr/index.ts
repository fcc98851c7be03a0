import { existsSync } from 'node:fs';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationService, RestService } from '../../protocol/types';
import { authorizationOperations } from './authorization';
import { serverError } from './ecrErrors';
import { imageOperations } from './images';
import { InMemoryImageStore, type ImageStore } from './imageStore';
import { lifecyclePolicyOperations } from './lifecyclePolicies';
import { LocalRegistry } from './localRegistry';
import { createRegistryEndpoint, NO_REGISTRY_MESSAGE, registryElsewhereMessage } from './registryEndpoint';
import { RegistryImageStore } from './registryImageStore';
import type { RegistryProcess } from './registryProcess';
import { repositoryOperations } from './repositories';
import { RepositoryStore } from './repositoryStore';

/** Debian's package docker-registry (Docker's distribution) installs it here. */
export const DEFAULT_REGISTRY_BINARY = '/usr/bin/docker-registry';

export interface EcrOptions {
  /** The registry to run; without it images stay in memory and nothing can be pushed. */
  registryBinary?: string;
}

/**
 * Amazon ECR (AWS JSON 1.1) in front of a real OCI registry (`docker-registry`, started on first
 * use), plus `/v2/` on the emulator's port that says what to install when there is none.
 */
export function createEcrServices(
  env: EmulatorEnvironment,
  options: EcrOptions = {},
): [OperationService, RestService] {
  const binary =
    options.registryBinary ?? process.env.MODELSHIP_ECR_REGISTRY_BINARY ?? DEFAULT_REGISTRY_BINARY;
  const now = () => env.clock.now();
  const repositories = new RepositoryStore(env.accountId);
  // The emulator's own URL, for a proxyEndpoint when no registry can run; startEmulator sets env.url.
  const emulatorUrl = () => {
    const url = env.url;
    if (!url)
      throw serverError(
        'The emulator has not published its URL (env.url), so ECR has no proxyEndpoint to give.',
      );
    return url;
  };

  let images: ImageStore;
  let proxyEndpoint: () => Promise<string>;
  let registryMessage: () => string;
  if (existsSync(binary)) {
    const registry = new LocalRegistry(binary);
    let current: RegistryProcess | undefined;
    const ensure = async () => (current = await registry.ensure());
    images = new RegistryImageStore(ensure, now);
    proxyEndpoint = async () => (await ensure()).url;
    registryMessage = () => registryElsewhereMessage(current?.running ? current.url : undefined);
    env.onShutdown(() => registry.stop());
    // The registry's storage goes with it; it starts again, empty, when next needed.
    env.onReset(() => registry.stop());
  } else {
    const memory = new InMemoryImageStore(now);
    images = memory;
    proxyEndpoint = async () => emulatorUrl();
    registryMessage = () => NO_REGISTRY_MESSAGE;
    env.onReset(() => memory.clear());
  }
  env.onReset(() => repositories.clear());

  const api: OperationService = {
    kind: 'operations',
    name: 'ecr',
    signingName: 'ecr',
    targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
    jsonVersion: '1.1',
    operations: {
      ...repositoryOperations({ repositories, images, now }),
      ...lifecyclePolicyOperations(repositories),
      ...imageOperations({ repositories, images }),
      ...authorizationOperations({ proxyEndpoint, now }),
    },
  };
  return [api, createRegistryEndpoint(registryMessage)];
}
