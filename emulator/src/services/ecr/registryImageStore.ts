import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AwsError } from '../../protocol/awsError';
import { invalidParameter, serverError } from './ecrErrors';
import { MANIFEST_ACCEPT, manifestFacts, type ManifestFacts } from './imageManifest';
import type { ImageStore, StoredImage } from './imageStore';
import type { RegistryProcess } from './registryProcess';

const REQUEST_TIMEOUT_MS = 30_000;

interface RegistryErrorBody {
  errors?: Array<{ code?: string; message?: string }>;
}

/**
 * Images as the registry holds them, so that what `docker push`/`buildah push` sent is what ECR
 * describes. Repository names are validated by the ECR pattern before they reach here, which keeps
 * them safe as URL paths and as paths under the registry's storage.
 */
export class RegistryImageStore implements ImageStore {
  constructor(
    private readonly registry: () => Promise<RegistryProcess>,
    private readonly now: () => number,
  ) {}

  /** The repository's directory in distribution's filesystem layout (ours: we wrote its config). */
  private static repositoryDir(registry: RegistryProcess, repository: string): string {
    return path.join(
      registry.storageDir,
      'docker',
      'registry',
      'v2',
      'repositories',
      ...repository.split('/'),
    );
  }

  private async request(method: string, route: string, init: RequestInit = {}): Promise<Response> {
    const registry = await this.registry();
    try {
      return await fetch(`${registry.url}/v2/${route}`, {
        ...init,
        method,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (err) {
      throw serverError(
        `The emulator's registry at ${registry.url} did not answer ${method} /v2/${route}: ${(err as Error).message}`,
      );
    }
  }

  private async fetchImage(
    repository: string,
    reference: string,
  ): Promise<Omit<StoredImage, 'tags' | 'pushedAt'> | undefined> {
    const response = await this.request('GET', `${repository}/manifests/${reference}`, {
      headers: { accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404) return undefined;
    const manifest = await response.text();
    if (!response.ok)
      throw serverError(`The registry refused to read ${repository}:${reference}: ${manifest}`);
    const mediaType = response.headers.get('content-type') ?? undefined;
    const facts = manifestFacts(manifest, mediaType);
    return {
      digest: response.headers.get('docker-content-digest') ?? facts.digest,
      manifest,
      mediaType: facts.mediaType,
      sizeInBytes: facts.sizeInBytes,
    };
  }

  /** When the registry wrote this revision; the registry's API does not say. */
  private async pushedAt(repository: string, digest: string): Promise<Date> {
    const registry = await this.registry();
    const [algorithm = 'sha256', hex = ''] = digest.split(':');
    const link = path.join(
      RegistryImageStore.repositoryDir(registry, repository),
      '_manifests',
      'revisions',
      algorithm,
      hex,
      'link',
    );
    const stats = await stat(link).catch(() => undefined);
    return new Date(stats?.mtimeMs ?? this.now());
  }

  /** Digests of every manifest in the repository: the registry API lists tags only, not untagged images. */
  private async revisionDigests(repository: string): Promise<string[]> {
    const registry = await this.registry();
    const dir = path.join(
      RegistryImageStore.repositoryDir(registry, repository),
      '_manifests',
      'revisions',
      'sha256',
    );
    const digests: string[] = [];
    for (const hex of await readdir(dir).catch(() => [] as string[])) {
      // A deleted manifest leaves its directory behind without the link.
      if (await stat(path.join(dir, hex, 'link')).catch(() => undefined)) digests.push(`sha256:${hex}`);
    }
    return digests;
  }

  async list(repository: string): Promise<StoredImage[]> {
    const response = await this.request('GET', `${repository}/tags/list`);
    if (!response.ok && response.status !== 404) {
      throw serverError(
        `The emulator's registry could not list the tags of ${repository}: ${await response.text()}`,
      );
    }
    const tags =
      response.status === 404 ? [] : (((await response.json()) as { tags?: string[] | null }).tags ?? []);
    const images = new Map<string, StoredImage>();
    const add = async (reference: string, tag?: string) => {
      const found = await this.fetchImage(repository, reference);
      if (!found) return;
      const image = images.get(found.digest) ?? {
        ...found,
        tags: [],
        pushedAt: await this.pushedAt(repository, found.digest),
      };
      if (tag !== undefined) image.tags.push(tag);
      images.set(found.digest, image);
    };
    for (const tag of tags) await add(tag, tag);
    for (const digest of await this.revisionDigests(repository)) {
      if (!images.has(digest)) await add(digest);
    }
    return [...images.values()].sort((a, b) => a.pushedAt.getTime() - b.pushedAt.getTime());
  }

  async put(repository: string, manifest: string, facts: ManifestFacts, tag?: string): Promise<void> {
    const response = await this.request('PUT', `${repository}/manifests/${tag ?? facts.digest}`, {
      headers: { 'content-type': facts.mediaType },
      body: manifest,
    });
    if (response.ok) return;
    const text = await response.text();
    let codes: string[] = [];
    try {
      codes = ((JSON.parse(text) as RegistryErrorBody).errors ?? []).map((e) => e.code ?? '');
    } catch {
      // Not the registry's JSON error: reported below as it is.
    }
    if (codes.some((code) => code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN')) {
      throw new AwsError(
        'LayersNotFoundException',
        `The image manifest references layers or a config that are not in repository '${repository}': push the image's blobs first (docker push / buildah push to the proxyEndpoint of GetAuthorizationToken). Registry said: ${text}`,
      );
    }
    if (response.status < 500) throw invalidParameter(`The registry refused the manifest: ${text}`);
    throw serverError(`The emulator's registry failed to store the manifest: ${text}`);
  }

  /**
   * Distribution's API cannot remove one tag of a manifest (DELETE by tag is unsupported), so the tag's
   * directory is removed from the registry's storage, which it reads on every request.
   */
  async untag(repository: string, tag: string): Promise<void> {
    const registry = await this.registry();
    const dir = path.join(RegistryImageStore.repositoryDir(registry, repository), '_manifests', 'tags', tag);
    await rm(dir, { recursive: true, force: true });
  }

  async deleteImage(repository: string, digest: string): Promise<void> {
    const response = await this.request('DELETE', `${repository}/manifests/${digest}`);
    if (!response.ok && response.status !== 404) {
      throw serverError(
        `The emulator's registry could not delete ${repository}@${digest}: ${await response.text()}`,
      );
    }
  }

  /** Removes the repository's own data; `a/b` lives inside `a`'s directory and stays. */
  async deleteRepository(repository: string): Promise<void> {
    const registry = await this.registry();
    const dir = RegistryImageStore.repositoryDir(registry, repository);
    for (const part of ['_manifests', '_layers', '_uploads']) {
      await rm(path.join(dir, part), { recursive: true, force: true });
    }
  }
}
