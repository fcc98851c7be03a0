import { XMLBuilder } from 'fast-xml-parser';
import type { EmulatorEnvironment } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { RestRequest, RestResponse, RestService } from '../../protocol/types';
import { decodeAwsChunked, isAwsChunked } from './awsChunked';
import { InMemoryObjectStore } from './objectStore';

const xml = new XMLBuilder({ ignoreAttributes: false });
const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

const xmlResponse = (root: string, body: Record<string, unknown>, status = 200): RestResponse => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml.build({ [root]: { '@_xmlns': XMLNS, ...body } })}`,
});

const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });
const noSuchKey = (key: string) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });

/** Path-style S3 (`/<bucket>/<key>`), enough for model artifacts, training data and async inference. */
export function createS3Service(env: EmulatorEnvironment): RestService {
  const store = new InMemoryObjectStore();
  env.stores.objects = store;
  env.onReset(() => store.clear());

  const bucketOrFail = (bucket: string) => {
    const found = store.buckets.get(bucket);
    if (!found) throw noSuchBucket(bucket);
    return found;
  };

  return {
    kind: 'rest',
    name: 's3',
    signingName: 's3',
    // Only claims requests signed for S3: SageMaker Runtime shares the REST style but not the signing name.
    matches: (req) => /Credential=[^/]+\/\d{8}\/[^/]+\/s3\//.test(String(req.headers.authorization ?? '')),
    errorResponse: (err, ctx) => ({
      status: err.status,
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml.build({
        Error: { Code: err.code, Message: err.message, ...err.extra, RequestId: ctx.requestId },
      })}`,
    }),
    handle: async (req: RestRequest, ctx) => {
      const [, bucket = '', ...rest] = req.path.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      const method = req.method;
      if (!bucket) {
        ctx.operation = 'ListBuckets';
        return xmlResponse('ListAllMyBucketsResult', {
          Owner: { ID: ctx.accountId },
          Buckets: {
            Bucket: [...store.buckets.entries()].map(([Name, b]) => ({
              Name,
              CreationDate: b.created.toISOString(),
            })),
          },
        });
      }
      if (!key) {
        if (method === 'PUT') {
          ctx.operation = 'CreateBucket';
          store.createBucket(bucket);
          return { status: 200, headers: { location: `/${bucket}` } };
        }
        if (method === 'HEAD') {
          ctx.operation = 'HeadBucket';
          bucketOrFail(bucket);
          return { status: 200 };
        }
        if (method === 'DELETE') {
          ctx.operation = 'DeleteBucket';
          const found = bucketOrFail(bucket);
          if (found.objects.size)
            throw new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409);
          store.buckets.delete(bucket);
          return { status: 204 };
        }
        ctx.operation = 'ListObjectsV2';
        bucketOrFail(bucket);
        const prefix = req.query.get('prefix') ?? '';
        const delimiter = req.query.get('delimiter') ?? '';
        const maxKeys = Number(req.query.get('max-keys') ?? 1000);
        const after = req.query.get('continuation-token') ?? req.query.get('start-after') ?? '';
        const all = store.list(bucket, prefix).filter((o) => o.key > after);
        const prefixes = new Set<string>();
        const contents: Array<{ key: string; object: { body: Buffer; lastModified: Date; etag: string } }> =
          [];
        for (const item of all) {
          const restOfKey = item.key.slice(prefix.length);
          const cut = delimiter ? restOfKey.indexOf(delimiter) : -1;
          if (cut >= 0) prefixes.add(prefix + restOfKey.slice(0, cut + delimiter.length));
          else contents.push(item);
          if (contents.length + prefixes.size >= maxKeys) break;
        }
        const truncated =
          contents.length + prefixes.size < all.length && contents.length + prefixes.size >= maxKeys;
        const last = contents[contents.length - 1]?.key;
        return xmlResponse('ListBucketResult', {
          Name: bucket,
          Prefix: prefix,
          KeyCount: contents.length + prefixes.size,
          MaxKeys: maxKeys,
          IsTruncated: truncated,
          ...(truncated && last ? { NextContinuationToken: last } : {}),
          Contents: contents.map((c) => ({
            Key: c.key,
            LastModified: c.object.lastModified.toISOString(),
            ETag: c.object.etag,
            Size: c.object.body.length,
            StorageClass: 'STANDARD',
          })),
          CommonPrefixes: [...prefixes].map((Prefix) => ({ Prefix })),
        });
      }
      if (method === 'PUT') {
        ctx.operation = 'PutObject';
        bucketOrFail(bucket);
        const body = isAwsChunked(req.headers) ? decodeAwsChunked(req.body) : req.body;
        const metadata = Object.fromEntries(
          Object.entries(req.headers)
            .filter(([h]) => h.startsWith('x-amz-meta-'))
            .map(([h, v]) => [h.slice('x-amz-meta-'.length), String(v)]),
        );
        const stored = store.put(
          bucket,
          key,
          body,
          req.headers['content-type'] as string | undefined,
          metadata,
        );
        return { status: 200, headers: { etag: stored.etag } };
      }
      const object = bucketOrFail(bucket).objects.get(key);
      if (method === 'DELETE') {
        ctx.operation = 'DeleteObject';
        store.delete(bucket, key);
        return { status: 204 };
      }
      ctx.operation = method === 'HEAD' ? 'HeadObject' : 'GetObject';
      if (!object) {
        if (method === 'HEAD') return { status: 404 };
        throw noSuchKey(key);
      }
      const headers: Record<string, string> = {
        'content-type': object.contentType ?? 'application/octet-stream',
        'content-length': String(object.body.length),
        etag: object.etag,
        'last-modified': object.lastModified.toUTCString(),
      };
      for (const [k, v] of Object.entries(object.metadata ?? {})) headers[`x-amz-meta-${k}`] = v;
      return { status: 200, headers, body: method === 'HEAD' ? undefined : object.body };
    },
  };
}
