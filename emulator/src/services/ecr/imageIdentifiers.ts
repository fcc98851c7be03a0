import type { ImageFailureCode } from '@aws-sdk/client-ecr';
import type { StoredImage } from './imageStore';
import { isValidImageDigest, isValidImageTag } from './validation';

export interface ImageId {
  imageDigest?: string;
  imageTag?: string;
}

export interface ImageFailure {
  imageId: ImageId;
  failureCode: ImageFailureCode;
  failureReason: string;
}

export type ImageResolution = { image: StoredImage } | { failure: ImageFailure };

/** Finds the image an imageId names, or the failure ECR reports for it in BatchGetImage/BatchDeleteImage. */
export function resolveImageId(images: StoredImage[], id: unknown): ImageResolution {
  const { imageDigest, imageTag } = (id ?? {}) as ImageId;
  const imageId: ImageId = { imageDigest, imageTag };
  const fail = (failureCode: ImageFailureCode, failureReason: string) => ({
    failure: { imageId, failureCode, failureReason },
  });
  if (!imageDigest && !imageTag) {
    return fail('MissingDigestAndTag', 'Invalid request parameters: both tag and digest cannot be null');
  }
  if (imageDigest !== undefined && !isValidImageDigest(imageDigest)) {
    return fail(
      'InvalidImageDigest',
      "Invalid request parameters: image digest should satisfy the regex 'sha256:[a-f0-9]{64}'",
    );
  }
  if (imageTag !== undefined && !isValidImageTag(imageTag)) {
    return fail(
      'InvalidImageTag',
      'Invalid request parameters: image tag should be 1 to 300 letters, digits, _ . -',
    );
  }
  const byTag = imageTag === undefined ? undefined : images.find((i) => i.tags.includes(imageTag));
  const byDigest = imageDigest === undefined ? undefined : images.find((i) => i.digest === imageDigest);
  if (imageTag !== undefined && imageDigest !== undefined && byTag && byTag.digest !== imageDigest) {
    return fail(
      'ImageTagDoesNotMatchDigest',
      'Invalid request parameters: given tag does not map to the given digest',
    );
  }
  const image = imageTag !== undefined ? byTag : byDigest;
  return image ? { image } : fail('ImageNotFound', 'Requested image not found');
}

/** ListImages' view: one id per tag, and the digest alone for an untagged image. */
export const imageIdsOf = (image: StoredImage): ImageId[] =>
  image.tags.length
    ? image.tags.map((imageTag) => ({ imageDigest: image.digest, imageTag }))
    : [{ imageDigest: image.digest }];
