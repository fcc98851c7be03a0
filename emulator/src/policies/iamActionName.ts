import type { RestRequest } from '../protocol/types';

/** IAM service prefixes where the emulator's service name differs. */
const IAM_PREFIX: Record<string, string> = {
  'sagemaker-runtime': 'sagemaker',
};

/**
 * Calls that need no IAM permission: STS GetCallerIdentity answers for any valid credentials.
 * `null` in the table means "allowed without a policy statement".
 */
const NO_PERMISSION_NEEDED = new Set(['sts:GetCallerIdentity']);

/** S3 operations whose IAM action has another name (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html). */
const S3_IAM_ACTION: Record<string, string> = {
  ListBuckets: 's3:ListAllMyBuckets',
  ListObjects: 's3:ListBucket',
  ListObjectsV2: 's3:ListBucket',
  HeadBucket: 's3:ListBucket',
  HeadObject: 's3:GetObject',
  CopyObject: 's3:PutObject',
  DeleteObjects: 's3:DeleteObject',
  CreateMultipartUpload: 's3:PutObject',
  UploadPart: 's3:PutObject',
  CompleteMultipartUpload: 's3:PutObject',
  AbortMultipartUpload: 's3:AbortMultipartUpload',
};

/**
 * The IAM action a call needs, e.g. (`sagemaker`, `CreateModel`) -> `sagemaker:CreateModel`, or
 * undefined when it needs none. Most services name IAM actions after their operations.
 */
export function iamActionFor(service: string, operation: string): string | undefined {
  if (service === 's3') return S3_IAM_ACTION[operation] ?? `s3:${operation}`;
  const action = `${IAM_PREFIX[service] ?? service}:${operation}`;
  return NO_PERMISSION_NEEDED.has(action) ? undefined : action;
}

/**
 * The operation of a REST call, read from the request before the service runs it (the services name
 * their operation only while handling it, too late to refuse it). Undefined for paths no modelship
 * action calls through the SDK (the ECR registry is reached by the container engine, not the SDK).
 */
export function restOperation(service: string, req: RestRequest): string | undefined {
  if (service === 'sagemaker-runtime') {
    return req.path.endsWith('/async-invocations') ? 'InvokeEndpointAsync' : 'InvokeEndpoint';
  }
  if (service === 's3') return s3Operation(req);
  return undefined;
}

function s3Operation(req: RestRequest): string {
  const [, bucket = '', ...key] = req.path.split('/');
  const { method, query } = req;
  if (!bucket) return 'ListBuckets';
  if (!key.join('/')) {
    if (method === 'POST' && query.has('delete')) return 'DeleteObjects';
    if (query.has('location')) return 'GetBucketLocation';
    const bucketOperations: Record<string, string> = {
      PUT: 'CreateBucket',
      HEAD: 'HeadBucket',
      DELETE: 'DeleteBucket',
      GET: query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects',
    };
    return bucketOperations[method] ?? method;
  }
  if (query.has('uploads')) return 'CreateMultipartUpload';
  if (query.has('uploadId')) {
    const multipart: Record<string, string> = {
      PUT: 'UploadPart',
      POST: 'CompleteMultipartUpload',
      DELETE: 'AbortMultipartUpload',
    };
    return multipart[method] ?? 'ListParts';
  }
  if (method === 'PUT' && req.headers['x-amz-copy-source']) return 'CopyObject';
  const objectOperations: Record<string, string> = {
    PUT: 'PutObject',
    GET: 'GetObject',
    HEAD: 'HeadObject',
    DELETE: 'DeleteObject',
  };
  return objectOperations[method] ?? method;
}
