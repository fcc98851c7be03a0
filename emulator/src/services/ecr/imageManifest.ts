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

const sizeOf = (items: unknown): number =>
  Array.isArray(items)
    ? items.reduce(
        (sum: number, item: { size?: unknown }) => sum + (typeof item?.size === 'number' ? item.size : 0),
        0,
      )
    : 0;

/**
 * Reads what ECR reports about a manifest. The media type is the declared one, else the manifest's own
 * `mediaType`, else inferred (an OCI manifest may leave it out).
 */
export function manifestFacts(manifest: string, declaredMediaType?: string): ManifestFacts {
  let parsed: Record<string, any>;
  try {
    parsed = JSON.parse(manifest) as Record<string, any>;
  } catch {
    throw invalidParameter('Invalid parameter at imageManifest: the manifest is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.schemaVersion !== 2) {
    throw invalidParameter(
      'Invalid parameter at imageManifest: only schemaVersion 2 manifests (Docker v2 or OCI) are supported.',
    );
  }
  const inferred =
    typeof parsed.mediaType === 'string'
      ? parsed.mediaType
      : Array.isArray(parsed.manifests)
        ? OCI_INDEX
        : OCI_MANIFEST;
  const mediaType = declaredMediaType || inferred;
  if (typeof parsed.mediaType === 'string' && declaredMediaType && declaredMediaType !== parsed.mediaType) {
    throw invalidParameter(
      `Invalid parameter at imageManifestMediaType: ${declaredMediaType} does not match the manifest's mediaType ${parsed.mediaType}.`,
    );
  }
  const sizeInBytes = Array.isArray(parsed.manifests)
    ? sizeOf(parsed.manifests)
    : sizeOf(parsed.layers) + sizeOf(parsed.config ? [parsed.config] : []);
  return { digest: manifestDigest(manifest), mediaType, sizeInBytes };
}
