import { createHash } from 'node:crypto';
import { invalidParameter } from './ecrErrors';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/** What a registry is asked for, so that it returns each manifest in the form it was pushed. */
export const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST].join(', ');

export interface ManifestFacts {
  digest: string;
  mediaType: string;
  /** Layers plus config for an image; the sum of the referenced manifests for an index. */
  sizeInBytes: number;
}

/** The digest a registry gives these exact bytes. */
export const manifestDigest = (manifest: string | Buffer): string =>
  `sha256:${createHash('sha256').update(manifest).digest('hex')}`;

/** The members of a schemaVersion 2 manifest or index read here; each is checked where it is used. */
interface ManifestDocument {
  schemaVersion: 2;
  mediaType?: unknown;
  manifests?: unknown;
  layers?: unknown;
  config?: unknown;
}

const isSchemaVersion2 = (value: unknown): value is ManifestDocument =>
  typeof value === 'object' && value !== null && (value as { schemaVersion?: unknown }).schemaVersion === 2;

const sizeOf = (items: unknown): number =>
  Array.isArray(items)
    ? items.reduce((sum: number, item: unknown) => {
        const size = (item as { size?: unknown } | null)?.size;
        return sum + (typeof size === 'number' ? size : 0);
      }, 0)
    : 0;

/**
 * Reads what ECR reports about a manifest. The media type is the declared one, else the manifest's own
 * `mediaType`, else inferred (an OCI manifest may leave it out).
 */
export function manifestFacts(manifest: string, declaredMediaType?: string): ManifestFacts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    throw invalidParameter('Invalid parameter at imageManifest: the manifest is not valid JSON.');
  }
  if (!isSchemaVersion2(parsed)) {
    throw invalidParameter(
      'Invalid parameter at imageManifest: only schemaVersion 2 manifests (Docker v2 or OCI) are supported.',
    );
  }
  const ownMediaType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
  const inferred = ownMediaType ?? (Array.isArray(parsed.manifests) ? OCI_INDEX : OCI_MANIFEST);
  const mediaType = declaredMediaType || inferred;
  if (ownMediaType !== undefined && declaredMediaType && declaredMediaType !== ownMediaType) {
    throw invalidParameter(
      `Invalid parameter at imageManifestMediaType: ${declaredMediaType} does not match the manifest's mediaType ${ownMediaType}.`,
    );
  }
  const sizeInBytes = Array.isArray(parsed.manifests)
    ? sizeOf(parsed.manifests)
    : sizeOf(parsed.layers) + sizeOf(parsed.config ? [parsed.config] : []);
  return { digest: manifestDigest(manifest), mediaType, sizeInBytes };
}
