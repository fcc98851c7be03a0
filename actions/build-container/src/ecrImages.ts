import {
  BatchGetImageCommand,
  DescribeImagesCommand,
  PutImageCommand,
  type ECRClient,
  type ImageDetail,
} from '@aws-sdk/client-ecr';
import { ModelshipError } from '@modelship/shared';

/** An image as ECR describes it: what the outputs and the summary report. */
export interface StoredImage {
  digest: string;
  sizeInBytes?: number;
  tags: string[];
  pushedAt?: Date;
}

const storedImage = (detail: ImageDetail): StoredImage => ({
  digest: detail.imageDigest as string,
  sizeInBytes: detail.imageSizeInBytes,
  tags: detail.imageTags ?? [],
  pushedAt: detail.imagePushedAt,
});

/** The image a tag points at in the repository, or undefined when no image has it. */
export async function findImageByTag(
  ecr: Pick<ECRClient, 'send'>,
  repositoryName: string,
  imageTag: string,
): Promise<StoredImage | undefined> {
  try {
    const answer = await ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag }] }));
    const detail = answer.imageDetails?.[0];
    return detail?.imageDigest ? storedImage(detail) : undefined;
  } catch (err) {
    if ((err as Error).name === 'ImageNotFoundException') return undefined;
    throw err;
  }
}

async function manifestOf(ecr: Pick<ECRClient, 'send'>, repositoryName: string, imageDigest: string) {
  const answer = await ecr.send(new BatchGetImageCommand({ repositoryName, imageIds: [{ imageDigest }] }));
  const image = answer.images?.[0];
  if (!image?.imageManifest) {
    const reason = answer.failures?.[0]?.failureReason ?? 'no manifest returned';
    throw new ModelshipError(`ECR could not read image ${imageDigest} of ${repositoryName}: ${reason}`);
  }
  return { manifest: image.imageManifest, mediaType: image.imageManifestMediaType };
}

/**
 * Adds tags to an image already in the repository without pulling or pushing it: its manifest, put again
 * under each tag (BatchGetImage + PutImage). A tag already on the image is left as it is.
 */
export async function addImageTags(
  ecr: Pick<ECRClient, 'send'>,
  repositoryName: string,
  image: StoredImage,
  tags: string[],
): Promise<StoredImage> {
  const missing = tags.filter((tag) => !image.tags.includes(tag));
  if (!missing.length) return image;
  const { manifest, mediaType } = await manifestOf(ecr, repositoryName, image.digest);
  for (const imageTag of missing) {
    try {
      await ecr.send(
        new PutImageCommand({
          repositoryName,
          imageManifest: manifest,
          imageManifestMediaType: mediaType,
          imageDigest: image.digest,
          imageTag,
        }),
      );
    } catch (err) {
      if ((err as Error).name === 'ImageAlreadyExistsException') continue;
      if ((err as Error).name === 'ImageTagAlreadyExistsException') {
        throw new ModelshipError(
          `Tag ${imageTag} already names another image in the immutable repository ${repositoryName}.`,
          'Use a tag that is not taken yet (tags: ...), or make the repository mutable.',
        );
      }
      throw err;
    }
  }
  return { ...image, tags: [...image.tags, ...missing] };
}
