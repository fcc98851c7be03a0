import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { BatchPorts } from './batchPorts';

/** `s3://bucket/some/prefix` as the bucket and the key prefix S3 lists by. */
export function s3Location(uri: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match) throw new RangeError(`"${uri}" is not an S3 URI (s3://bucket/prefix).`);
  return { bucket: match[1] as string, prefix: match[2] as string };
}

/** How many objects lie under an S3 prefix, as a transform job sees it (folders' zero-byte markers aside). */
export async function countObjects(ports: Pick<BatchPorts, 's3'>, uri: string): Promise<number> {
  const { bucket, prefix } = s3Location(uri);
  let count = 0;
  let token: string | undefined;
  do {
    const page = await ports.s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    count += (page.Contents ?? []).filter((o) => !(o.Key?.endsWith('/') && !o.Size)).length;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return count;
}
