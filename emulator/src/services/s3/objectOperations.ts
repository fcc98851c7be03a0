import type { StoredObject } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { RequestContext, RestRequest, RestResponse } from '../../protocol/types';
import { decodeAwsChunked, isAwsChunked } from './awsChunked';
import { bucketOrFail } from './bucketOperations';
import { parseByteRange } from './byteRange';
import { checksumMismatch, crc32Base64 } from './objectChecksums';
import type { InMemoryObjectStore } from './objectStore';
import { noSuchKey, notImplemented, preconditionFailed, xmlResponse } from './s3Xml';
import { requestHeader } from '../../protocol/requestHeader';

const userMetadata = (req: RestRequest): Record<string, string> =>
  Object.fromEntries(
    Object.entries(req.headers)
      .filter(([h]) => h.startsWith('x-amz-meta-'))
      .map(([h, v]) => [h.slice('x-amz-meta-'.length), String(v)]),
  );

/** If-Match / If-None-Match, for reads (304 when unchanged) and conditional writes (412). */
function checkConditions(
  req: RestRequest,
  object: StoredObject | undefined,
  write: boolean,
): RestResponse | undefined {
  const ifMatch = requestHeader(req, 'if-match');
  const ifNoneMatch = requestHeader(req, 'if-none-match');
  if (ifMatch !== undefined && (!object || (ifMatch !== '*' && ifMatch !== object.etag))) {
    if (!object && !write) throw noSuchKey(req.path);
    throw preconditionFailed('If-Match');
  }
  if (ifNoneMatch !== undefined && object && (ifNoneMatch === '*' || ifNoneMatch === object.etag)) {
    if (write) throw preconditionFailed('If-None-Match');
    return { status: 304, headers: { etag: object.etag } };
  }
  return undefined;
}

/** Requests on `/<bucket>/<key>`: put, copy, get (with Range), head and delete. */
export function handleObjectRequest(
  store: InMemoryObjectStore,
  bucket: string,
  key: string,
  req: RestRequest,
  ctx: RequestContext,
): RestResponse {
  if (req.query.has('uploads') || req.query.has('uploadId')) {
    ctx.operation = 'MultipartUpload';
    throw notImplemented('multipart uploads; upload objects in one PutObject');
  }
  // Named before the bucket is looked up, so that a HEAD on a missing bucket answers without a body.
  ctx.operation =
    { PUT: 'PutObject', DELETE: 'DeleteObject', GET: 'GetObject', HEAD: 'HeadObject' }[req.method] ??
    req.method;
  const found = bucketOrFail(store, bucket);
  const existing = found.objects.get(key);
  switch (req.method) {
    case 'PUT':
      return requestHeader(req, 'x-amz-copy-source')
        ? copyObject(store, bucket, key, req, ctx)
        : putObject(store, bucket, key, req, ctx, existing);
    case 'DELETE':
      ctx.operation = 'DeleteObject';
      found.objects.delete(key);
      return { status: 204 };
    case 'GET':
    case 'HEAD':
      return getObject(key, req, ctx, existing);
    default:
      throw notImplemented(`${req.method} on an object`);
  }
}

function putObject(
  store: InMemoryObjectStore,
  bucket: string,
  key: string,
  req: RestRequest,
  ctx: RequestContext,
  existing: StoredObject | undefined,
): RestResponse {
  ctx.operation = 'PutObject';
  let body = req.body;
  let sent: Record<string, string | string[] | undefined> = req.headers;
  if (isAwsChunked(req.headers)) {
    const decoded = decodeAwsChunked(req.body);
    body = decoded.payload;
    sent = { ...req.headers, ...decoded.trailers };
    const declared = requestHeader(req, 'x-amz-decoded-content-length');
    if (declared !== undefined && Number(declared) !== body.length) {
      throw new AwsError(
        'IncompleteBody',
        'You did not provide the number of bytes specified by the Content-Length HTTP header',
        400,
      );
    }
  }
  const mismatch = checksumMismatch(body, sent);
  if (mismatch) throw new AwsError('BadDigest', mismatch, 400);
  checkConditions(req, existing, true);
  const stored = store.put(bucket, key, body, requestHeader(req, 'content-type'), userMetadata(req));
  const headers: Record<string, string> = { etag: stored.etag };
  for (const name of [
    'x-amz-checksum-crc32',
    'x-amz-checksum-crc32c',
    'x-amz-checksum-sha1',
    'x-amz-checksum-sha256',
  ]) {
    const value = sent[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return { status: 200, headers };
}

function copyObject(
  store: InMemoryObjectStore,
  bucket: string,
  key: string,
  req: RestRequest,
  ctx: RequestContext,
): RestResponse {
  ctx.operation = 'CopyObject';
  const source = decodeURIComponent(
    (requestHeader(req, 'x-amz-copy-source') as string).split('?')[0] as string,
  ).replace(/^\//, '');
  const slash = source.indexOf('/');
  const sourceBucket = source.slice(0, slash);
  const sourceKey = source.slice(slash + 1);
  const from = bucketOrFail(store, sourceBucket).objects.get(sourceKey);
  if (slash <= 0 || !from) throw noSuchKey(sourceKey);
  const replace = requestHeader(req, 'x-amz-metadata-directive') === 'REPLACE';
  if (!replace && sourceBucket === bucket && sourceKey === key) {
    throw new AwsError(
      'InvalidRequest',
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      400,
    );
  }
  const stored = store.put(
    bucket,
    key,
    from.body,
    replace ? requestHeader(req, 'content-type') : from.contentType,
    replace ? userMetadata(req) : from.metadata,
  );
  return xmlResponse('CopyObjectResult', {
    LastModified: stored.lastModified.toISOString(),
    ETag: stored.etag,
  });
}

function getObject(
  key: string,
  req: RestRequest,
  ctx: RequestContext,
  object: StoredObject | undefined,
): RestResponse {
  const head = req.method === 'HEAD';
  ctx.operation = head ? 'HeadObject' : 'GetObject';
  if (!object) throw noSuchKey(key);
  const unchanged = checkConditions(req, object, false);
  if (unchanged) return unchanged;
  const size = object.body.length;
  const headers: Record<string, string> = {
    'content-type': object.contentType ?? 'binary/octet-stream',
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
  };
  for (const [k, v] of Object.entries(object.metadata ?? {})) headers[`x-amz-meta-${k}`] = v;
  const range = parseByteRange(requestHeader(req, 'range'), size);
  if (range === 'unsatisfiable') {
    throw new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, {
      RangeRequested: requestHeader(req, 'range'),
      ActualObjectSize: size,
    });
  }
  if (range) {
    headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
    headers['content-length'] = String(range.end - range.start + 1);
    return {
      status: 206,
      headers,
      body: head ? undefined : object.body.subarray(range.start, range.end + 1),
    };
  }
  // The SDK asks for the checksum (x-amz-checksum-mode) and validates the body against it.
  if (requestHeader(req, 'x-amz-checksum-mode') === 'ENABLED')
    headers['x-amz-checksum-crc32'] = crc32Base64(object.body);
  headers['content-length'] = String(size);
  return { status: 200, headers, body: head ? undefined : object.body };
}
