import { AwsError } from '../../protocol/awsError';
import type { RequestContext, RestRequest, RestResponse } from '../../protocol/types';
import { listPage } from './objectListing';
import type { Bucket, InMemoryObjectStore } from './objectStore';
import { invalidArgument, malformedXml, noSuchBucket, notImplemented, parseXml, xmlResponse } from './s3Xml';

const BUCKET_NAME = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Subresources other than these (`?versioning`, `?policy`, ...) are not emulated. */
const HANDLED_SUBRESOURCES = new Set(['location', 'delete', 'list-type']);
const LIST_PARAMETERS = new Set([
  'prefix',
  'delimiter',
  'max-keys',
  'continuation-token',
  'start-after',
  'marker',
  'encoding-type',
  'fetch-owner',
  'x-id',
]);

/** Keys in a listing with `encoding-type=url`, which botocore asks for and decodes. */
/** CreateBucket's body as parseXml reads it: text values, so LocationConstraint is the region name. */
interface CreateBucketDocument {
  CreateBucketConfiguration?: { LocationConstraint?: string };
}

/** DeleteObjects' body as parseXml reads it: `Object` is always a list and Quiet is the text `true`. */
interface DeleteObjectsDocument {
  Delete?: { Object?: Array<{ Key?: string }>; Quiet?: string };
}

const urlEncode = (value: string) => encodeURIComponent(value).replace(/%2F/g, '/');

export function bucketOrFail(store: InMemoryObjectStore, bucket: string): Bucket {
  const found = store.buckets.get(bucket);
  if (!found) throw noSuchBucket(bucket);
  return found;
}

function createBucket(
  store: InMemoryObjectStore,
  bucket: string,
  req: RestRequest,
  ctx: RequestContext,
): RestResponse {
  ctx.operation = 'CreateBucket';
  if (!BUCKET_NAME.test(bucket)) {
    throw new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 400, {
      BucketName: bucket,
    });
  }
  const configured = req.body.length
    ? (parseXml(req.body) as CreateBucketDocument).CreateBucketConfiguration?.LocationConstraint
    : undefined;
  const region = configured || ctx.region;
  const existing = store.buckets.get(bucket);
  // us-east-1 answers 200 to re-creating a bucket you own; every other region says so.
  if (existing && ctx.region !== 'us-east-1') {
    throw new AwsError(
      'BucketAlreadyOwnedByYou',
      'Your previous request to create the named bucket succeeded and you already own it.',
      409,
      { BucketName: bucket },
    );
  }
  store.createBucket(bucket, region);
  return { status: 200, headers: { location: `/${bucket}` } };
}

function deleteObjects(
  store: InMemoryObjectStore,
  bucket: string,
  req: RestRequest,
  ctx: RequestContext,
): RestResponse {
  if (!req.query.has('delete')) throw notImplemented(`POST /${bucket}`);
  ctx.operation = 'DeleteObjects';
  const found = bucketOrFail(store, bucket);
  const request = (parseXml(req.body) as DeleteObjectsDocument).Delete;
  if (!request?.Object?.length) throw malformedXml();
  const keys = request.Object.map((o) => String(o.Key ?? ''));
  for (const key of keys) found.objects.delete(key);
  return xmlResponse('DeleteResult', {
    Deleted: request.Quiet === 'true' ? [] : keys.map((Key) => ({ Key })),
  });
}

/** Requests on `/<bucket>`: create, head, delete, location, listings and batch delete. */
export function handleBucketRequest(
  store: InMemoryObjectStore,
  bucket: string,
  req: RestRequest,
  ctx: RequestContext,
): RestResponse {
  const unknown = [...req.query.keys()].find((k) => !HANDLED_SUBRESOURCES.has(k) && !LIST_PARAMETERS.has(k));
  if (unknown) {
    ctx.operation = `Bucket?${unknown}`;
    throw notImplemented(`the bucket subresource ?${unknown}`);
  }
  if (req.method === 'HEAD') ctx.operation = 'HeadBucket';
  switch (req.method) {
    case 'PUT':
      return createBucket(store, bucket, req, ctx);
    case 'HEAD': {
      ctx.operation = 'HeadBucket';
      const found = bucketOrFail(store, bucket);
      return { status: 200, headers: { 'x-amz-bucket-region': found.region } };
    }
    case 'DELETE': {
      ctx.operation = 'DeleteBucket';
      const found = bucketOrFail(store, bucket);
      if (found.objects.size) {
        throw new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, {
          BucketName: bucket,
        });
      }
      store.buckets.delete(bucket);
      return { status: 204 };
    }
    case 'POST':
      return deleteObjects(store, bucket, req, ctx);
    case 'GET':
      break;
    default:
      throw notImplemented(`${req.method} /${bucket}`);
  }
  if (req.query.has('location')) {
    ctx.operation = 'GetBucketLocation';
    const found = bucketOrFail(store, bucket);
    // us-east-1 is the empty LocationConstraint, for historical reasons.
    return xmlResponse('LocationConstraint', { '#text': found.region === 'us-east-1' ? '' : found.region });
  }
  return listObjects(store, bucket, req, ctx);
}

function listObjects(
  store: InMemoryObjectStore,
  bucket: string,
  req: RestRequest,
  ctx: RequestContext,
): RestResponse {
  const v2 = req.query.get('list-type') === '2';
  ctx.operation = v2 ? 'ListObjectsV2' : 'ListObjects';
  bucketOrFail(store, bucket);
  const prefix = req.query.get('prefix') ?? '';
  const delimiter = req.query.get('delimiter') ?? '';
  const maxKeysText = req.query.get('max-keys') ?? '1000';
  const maxKeys = Number(maxKeysText);
  if (!Number.isInteger(maxKeys) || maxKeys < 0) {
    throw invalidArgument(
      'Provided max-keys not an integer or within integer range',
      'max-keys',
      maxKeysText,
    );
  }
  const token = req.query.get('continuation-token');
  let after: string;
  if (v2 && token !== null) {
    after = Buffer.from(token, 'base64url').toString('utf8');
    if (!token || Buffer.from(after, 'utf8').toString('base64url') !== token) {
      throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
    }
  } else {
    after = (v2 ? req.query.get('start-after') : req.query.get('marker')) ?? '';
  }
  const page = listPage(store.list(bucket, prefix), {
    prefix,
    delimiter,
    maxKeys: Math.min(maxKeys, 1000),
    after,
  });
  const encode = req.query.get('encoding-type') === 'url' ? urlEncode : (v: string) => v;
  const common = {
    Name: bucket,
    Prefix: encode(prefix),
    ...(delimiter ? { Delimiter: encode(delimiter) } : {}),
    MaxKeys: maxKeys,
    ...(req.query.get('encoding-type') === 'url' ? { EncodingType: 'url' } : {}),
    IsTruncated: page.truncated,
    Contents: page.contents.map((c) => ({
      Key: encode(c.key),
      LastModified: c.object.lastModified.toISOString(),
      ETag: c.object.etag,
      Size: c.object.body.length,
      StorageClass: 'STANDARD',
    })),
    CommonPrefixes: page.commonPrefixes.map((p) => ({ Prefix: encode(p) })),
  };
  if (v2) {
    return xmlResponse('ListBucketResult', {
      ...common,
      KeyCount: page.contents.length + page.commonPrefixes.length,
      ...(token !== null ? { ContinuationToken: token } : {}),
      ...(req.query.get('start-after') ? { StartAfter: encode(req.query.get('start-after') as string) } : {}),
      ...(page.truncated && page.last
        ? { NextContinuationToken: Buffer.from(page.last, 'utf8').toString('base64url') }
        : {}),
    });
  }
  return xmlResponse('ListBucketResult', {
    ...common,
    Marker: encode(after),
    // S3 gives NextMarker only with a delimiter; without one, clients continue from the last key.
    ...(page.truncated && delimiter && page.last ? { NextMarker: encode(page.last) } : {}),
  });
}
