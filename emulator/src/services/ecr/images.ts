import type {
  Image,
  ImageDetail,
  BatchDeleteImageRequest,
  BatchDeleteImageResponse,
  BatchGetImageRequest,
  BatchGetImageResponse,
  DescribeImagesRequest,
  DescribeImagesResponse,
  ListImagesRequest,
  ListImagesResponse,
  PutImageRequest,
  PutImageResponse,
} from '@aws-sdk/client-ecr';
import { AwsError } from '../../protocol/awsError';
import type { OperationHandler } from '../../protocol/types';
import { invalidParameter } from './ecrErrors';
import { imageIdsOf, resolveImageId, type ImageFailure, type ImageId } from './imageIdentifiers';
import { manifestFacts } from './imageManifest';
import type { ImageStore, StoredImage } from './imageStore';
import { pageOf } from './paging';
import type { RepositoryRecord, RepositoryStore } from './repositoryStore';
import { isTagImmutable } from './tagMutability';
import {
  checkEnum,
  checkImageTag,
  checkMaxResults,
  checkRepositoryName,
  TAG_STATUSES,
  type TagStatus,
} from './validation';

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_IMAGE_IDS = 100;

export interface ImageDeps {
  repositories: RepositoryStore;
  images: ImageStore;
}

function withTagStatus(images: StoredImage[], filter: unknown): StoredImage[] {
  const status: TagStatus =
    checkEnum((filter as { tagStatus?: unknown } | undefined)?.tagStatus, TAG_STATUSES, 'filter.tagStatus') ??
    'ANY';
  if (status === 'TAGGED') return images.filter((i) => i.tags.length > 0);
  if (status === 'UNTAGGED') return images.filter((i) => i.tags.length === 0);
  return images;
}

function checkImageIds(value: unknown): unknown[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_IMAGE_IDS) {
    throw invalidParameter(
      `imageIds is required: pass 1 to ${MAX_IMAGE_IDS} {imageDigest?, imageTag?} entries.`,
    );
  }
  return value;
}

/**
 * The ImageDetail shape. Scans are not run: with scanOnPush on (now, not at push time) an image
 * reports a completed scan without findings, which is what pipelines gate on.
 */
function imageDetail(repository: RepositoryRecord, image: StoredImage): ImageDetail {
  return {
    registryId: repository.registryId,
    repositoryName: repository.name,
    imageDigest: image.digest,
    imageTags: image.tags.length ? image.tags : undefined,
    imageSizeInBytes: image.sizeInBytes,
    imagePushedAt: image.pushedAt,
    imageManifestMediaType: image.mediaType,
    imageStatus: 'ACTIVE',
    ...(repository.scanOnPush
      ? {
          imageScanStatus: { status: 'COMPLETE', description: 'The scan was completed successfully.' },
          imageScanFindingsSummary: {
            imageScanCompletedAt: image.pushedAt,
            vulnerabilitySourceUpdatedAt: image.pushedAt,
            findingSeverityCounts: {},
          },
        }
      : {}),
  };
}

const idText = (id: ImageId) =>
  `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;

/** Images of a repository: what PutImage stored, or what was pushed to the registry. */
export function imageOperations({ repositories, images }: ImageDeps): Record<string, OperationHandler> {
  const registryId = repositories.registryId;
  const repositoryOf = (input: { repositoryName?: string }) =>
    repositories.get(checkRepositoryName(input.repositoryName));

  return {
    DescribeImages: async (input: DescribeImagesRequest): Promise<DescribeImagesResponse> => {
      const repository = repositoryOf(input);
      const maxResults = checkMaxResults(input.maxResults);
      const stored = await images.list(repository.name);
      if (input.imageIds !== undefined) {
        const found = checkImageIds(input.imageIds).map((id) => {
          const resolution = resolveImageId(stored, id);
          if ('image' in resolution) return resolution.image;
          const { failureCode, failureReason, imageId } = resolution.failure;
          if (failureCode === 'ImageNotFound' || failureCode === 'ImageTagDoesNotMatchDigest') {
            throw new AwsError(
              'ImageNotFoundException',
              `The image with imageId ${idText(imageId)} does not exist within the repository with name '${repository.name}' in the registry with id '${registryId}'`,
            );
          }
          throw invalidParameter(failureReason);
        });
        const unique = [...new Map(found.map((i) => [i.digest, i])).values()];
        return { imageDetails: withTagStatus(unique, input.filter).map((i) => imageDetail(repository, i)) };
      }
      const { page, nextToken } = pageOf(withTagStatus(stored, input.filter), maxResults, input.nextToken);
      return { imageDetails: page.map((i) => imageDetail(repository, i)), nextToken };
    },

    ListImages: async (input: ListImagesRequest): Promise<ListImagesResponse> => {
      const repository = repositoryOf(input);
      const maxResults = checkMaxResults(input.maxResults);
      const stored = withTagStatus(await images.list(repository.name), input.filter);
      const { page, nextToken } = pageOf(stored.flatMap(imageIdsOf), maxResults, input.nextToken);
      return { imageIds: page, nextToken };
    },

    BatchGetImage: async (input: BatchGetImageRequest): Promise<BatchGetImageResponse> => {
      const repository = repositoryOf(input);
      const ids = checkImageIds(input.imageIds);
      const stored = await images.list(repository.name);
      const found: Image[] = [];
      const failures: ImageFailure[] = [];
      for (const id of ids) {
        const resolution = resolveImageId(stored, id);
        if ('failure' in resolution) {
          failures.push(resolution.failure);
          continue;
        }
        const { imageDigest, imageTag } = id as ImageId;
        found.push({
          registryId,
          repositoryName: repository.name,
          imageId: { imageDigest: imageDigest ?? resolution.image.digest, imageTag },
          imageManifest: resolution.image.manifest,
          imageManifestMediaType: resolution.image.mediaType,
        });
      }
      return { images: found, failures };
    },

    PutImage: async (input: PutImageRequest): Promise<PutImageResponse> => {
      const repository = repositoryOf(input);
      const manifest = input.imageManifest;
      if (typeof manifest !== 'string' || manifest.length === 0 || manifest.length > MAX_MANIFEST_BYTES) {
        throw invalidParameter('imageManifest is required: pass the manifest JSON text (at most 4 MiB).');
      }
      const tag = input.imageTag === undefined ? undefined : checkImageTag(input.imageTag);
      const facts = manifestFacts(manifest, input.imageManifestMediaType);
      if (input.imageDigest !== undefined && input.imageDigest !== facts.digest) {
        throw new AwsError(
          'ImageDigestDoesNotMatchException',
          `The imageDigest ${String(input.imageDigest)} does not match the digest of the manifest, ${facts.digest}; leave imageDigest out or pass the manifest's sha256.`,
        );
      }
      const stored = await images.list(repository.name);
      const tagged = tag === undefined ? undefined : stored.find((i) => i.tags.includes(tag));
      const same = stored.find((i) => i.digest === facts.digest);
      if (same && (tag === undefined || tagged === same)) {
        throw new AwsError(
          'ImageAlreadyExistsException',
          `Image with digest '${facts.digest}'${tag ? ` and tag '${tag}'` : ''} already exists in the repository with name '${repository.name}' in registry with id '${registryId}'`,
        );
      }
      // Tag immutability is enforced here only: a push straight to the registry (docker/buildah) is not
      // seen by the emulator's ECR API, and the registry itself has no notion of immutable tags.
      if (tag !== undefined && tagged && isTagImmutable(repository, tag)) {
        throw new AwsError(
          'ImageTagAlreadyExistsException',
          `The image tag '${tag}' already exists in the '${repository.name}' repository and cannot be overwritten because the tag is immutable.`,
        );
      }
      await images.put(repository.name, manifest, facts, tag);
      return {
        image: {
          registryId,
          repositoryName: repository.name,
          imageId: { imageDigest: facts.digest, imageTag: tag },
          imageManifest: manifest,
          imageManifestMediaType: facts.mediaType,
        },
      };
    },

    BatchDeleteImage: async (input: BatchDeleteImageRequest): Promise<BatchDeleteImageResponse> => {
      const repository = repositoryOf(input);
      const ids = checkImageIds(input.imageIds);
      let stored = await images.list(repository.name);
      const deleted: ImageId[] = [];
      const failures: ImageFailure[] = [];
      for (const id of ids) {
        const resolution = resolveImageId(stored, id);
        if ('failure' in resolution) {
          failures.push(resolution.failure);
          continue;
        }
        const { image } = resolution;
        const { imageTag } = id as ImageId;
        // Deleting an image's last tag deletes the image, as ECR does.
        if (imageTag !== undefined && image.tags.length > 1) {
          await images.untag(repository.name, imageTag);
          image.tags = image.tags.filter((t) => t !== imageTag);
          deleted.push({ imageDigest: image.digest, imageTag });
          continue;
        }
        await images.deleteImage(repository.name, image.digest);
        stored = stored.filter((i) => i !== image);
        deleted.push(...imageIdsOf(image));
      }
      return { imageIds: deleted, failures };
    },
  };
}
