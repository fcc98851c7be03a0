import type { ManifestFacts } from './imageManifest';

export interface StoredImage {
  digest: string;
  tags: string[];
  manifest: string;
  mediaType: string;
  sizeInBytes: number;
  pushedAt: Date;
}

/** Where a repository's images live: a real OCI registry, or memory when there is none. */
export interface ImageStore {
  /** Every image of the repository, tagged or not, oldest first. */
  list(repository: string): Promise<StoredImage[]>;
  /** Stores the manifest and, with a tag, points the tag at it (taking it from another image). */
  put(repository: string, manifest: string, facts: ManifestFacts, tag?: string): Promise<void>;
  /** Removes one tag from an image that keeps others. */
  untag(repository: string, tag: string): Promise<void>;
  /** Removes the image and all its tags. */
  deleteImage(repository: string, digest: string): Promise<void>;
  deleteRepository(repository: string): Promise<void>;
}

/** Images kept by the emulator itself: PutImage/BatchGetImage work, but nothing can pull them. */
export class InMemoryImageStore implements ImageStore {
  private readonly repositories = new Map<string, Map<string, StoredImage>>();

  constructor(private readonly now: () => number) {}

  async list(repository: string): Promise<StoredImage[]> {
    return [...(this.repositories.get(repository)?.values() ?? [])].map((image) => ({
      ...image,
      tags: [...image.tags],
    }));
  }

  async put(repository: string, manifest: string, facts: ManifestFacts, tag?: string): Promise<void> {
    let images = this.repositories.get(repository);
    if (!images) this.repositories.set(repository, (images = new Map()));
    const image = images.get(facts.digest) ?? {
      digest: facts.digest,
      tags: [],
      manifest,
      mediaType: facts.mediaType,
      sizeInBytes: facts.sizeInBytes,
      pushedAt: new Date(this.now()),
    };
    images.set(facts.digest, image);
    if (tag === undefined || image.tags.includes(tag)) return;
    for (const other of images.values()) other.tags = other.tags.filter((t) => t !== tag);
    image.tags.push(tag);
  }

  async untag(repository: string, tag: string): Promise<void> {
    for (const image of this.repositories.get(repository)?.values() ?? []) {
      image.tags = image.tags.filter((t) => t !== tag);
    }
  }

  async deleteImage(repository: string, digest: string): Promise<void> {
    this.repositories.get(repository)?.delete(digest);
  }

  async deleteRepository(repository: string): Promise<void> {
    this.repositories.delete(repository);
  }

  clear(): void {
    this.repositories.clear();
  }
}
