import { createHash } from 'node:crypto';
import type { ObjectStore, StoredObject } from '../../environment';

export interface Bucket {
  created: Date;
  region: string;
  objects: Map<string, StoredObject>;
}

/** Buckets of objects in memory; other services (async inference, training) read and write here too. */
export class InMemoryObjectStore implements ObjectStore {
  readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number) {}

  createBucket(bucket: string, region = 'us-east-1'): Bucket {
    let found = this.buckets.get(bucket);
    if (!found) {
      found = { created: new Date(this.now()), region, objects: new Map() };
      this.buckets.set(bucket, found);
    }
    return found;
  }

  get(bucket: string, key: string): StoredObject | undefined {
    return this.buckets.get(bucket)?.objects.get(key);
  }

  put(
    bucket: string,
    key: string,
    body: Buffer,
    contentType?: string,
    metadata?: Record<string, string>,
  ): StoredObject {
    const object: StoredObject = {
      body,
      contentType,
      metadata,
      lastModified: new Date(this.now()),
      etag: `"${createHash('md5').update(body).digest('hex')}"`,
    };
    this.createBucket(bucket).objects.set(key, object);
    return object;
  }

  delete(bucket: string, key: string): void {
    this.buckets.get(bucket)?.objects.delete(key);
  }

  /** Objects under the prefix, in S3's order: by key, as UTF-8 bytes compare. */
  list(bucket: string, prefix: string): Array<{ key: string; object: StoredObject }> {
    const objects = this.buckets.get(bucket)?.objects;
    if (!objects) return [];
    return [...objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
      .map(([key, object]) => ({ key, object }));
  }

  clear(): void {
    this.buckets.clear();
  }
}

/** `s3://bucket/key` -> its parts; undefined when it is not an S3 URI. */
export function parseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return match ? { bucket: match[1] as string, key: match[2] as string } : undefined;
}
