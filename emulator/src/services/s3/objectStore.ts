import { createHash } from 'node:crypto';
import type { ObjectStore, StoredObject } from '../../environment';

/** Buckets of objects in memory; other services (async inference, training) read and write here too. */
export class InMemoryObjectStore implements ObjectStore {
  readonly buckets = new Map<string, { created: Date; objects: Map<string, StoredObject> }>();

  createBucket(bucket: string): void {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, { created: new Date(), objects: new Map() });
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
    this.createBucket(bucket);
    const object: StoredObject = {
      body,
      contentType,
      metadata,
      lastModified: new Date(),
      etag: `"${createHash('md5').update(body).digest('hex')}"`,
    };
    this.buckets.get(bucket)?.objects.set(key, object);
    return object;
  }

  delete(bucket: string, key: string): void {
    this.buckets.get(bucket)?.objects.delete(key);
  }

  list(bucket: string, prefix: string): Array<{ key: string; object: StoredObject }> {
    const objects = this.buckets.get(bucket)?.objects;
    if (!objects) return [];
    return [...objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
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
