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

/** Where a call passes a role to the service (iam:PassRole), by its input field. */
const PASSED_ROLE_FIELD: Record<string, string> = {
  'sagemaker:CreateModel': 'ExecutionRoleArn',
  'sagemaker:CreateTrainingJob': 'RoleArn',
  'sagemaker:CreatePipeline': 'RoleArn',
  'sagemaker:UpdatePipeline': 'RoleArn',
  'sagemaker:CreateProcessingJob': 'RoleArn',
  'codebuild:StartBuild': 'serviceRoleOverride',
};

/** Tagging a resource as it is created needs the tagging permission too; by service, the IAM action. */
const TAG_ON_CREATE: Record<string, string> = {
  sagemaker: 'sagemaker:AddTags',
  cloudwatch: 'cloudwatch:TagResource',
  ecr: 'ecr:TagResource',
  'application-autoscaling': 'application-autoscaling:TagResource',
  codedeploy: 'codedeploy:TagResource',
};

function hasItems(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  // The Query protocol decodes `Tags.member.1.Key` into an object.
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

/**
 * Every IAM action AWS authorizes for a call: the call's own, then iam:PassRole when it hands the
 * service a role, then the service's tagging action when it tags what it creates.
 */
export function requiredIamActions(service: string, operation: string, input: unknown): string[] {
  const action = iamActionFor(service, operation);
  if (!action) return [];
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const required = [action];
  const roleField = PASSED_ROLE_FIELD[action];
  if (roleField && fields[roleField]) required.push('iam:PassRole');
  const tagging = TAG_ON_CREATE[service];
  if (tagging && /^(Create|Put|Register)/.test(operation) && hasItems(fields.Tags ?? fields.tags)) {
    required.push(tagging);
  }
  return required;
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
