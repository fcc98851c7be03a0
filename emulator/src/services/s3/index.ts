import type { EmulatorEnvironment } from '../../environment';
import type { RestRequest, RestService } from '../../protocol/types';
import { handleBucketRequest } from './bucketOperations';
import { handleObjectRequest } from './objectOperations';
import { InMemoryObjectStore } from './objectStore';
import { s3ErrorResponse, xmlResponse } from './s3Xml';

/** Signed for S3 in the Authorization header, or presigned for S3 in the query string. */
const SIGNED_FOR_S3 = /Credential=[^/]+\/\d{8}\/[^/]+\/s3\/aws4_request/;

function signedForS3(req: RestRequest): boolean {
  return (
    SIGNED_FOR_S3.test(String(req.headers.authorization ?? '')) ||
    /^[^/]+\/\d{8}\/[^/]+\/s3\/aws4_request$/.test(req.query.get('X-Amz-Credential') ?? '')
  );
}

/** Keys are percent-encoded by SDKs; a stray `%` from a hand-made request stays as it is. */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Path-style S3 over REST-XML (`/<bucket>/<key>`): enough for model artifacts, training data and async inference. */
export function createS3Service(env: EmulatorEnvironment): RestService {
  const store = new InMemoryObjectStore(() => env.clock.now());
  env.stores.objects = store;
  env.onReset(() => store.clear());

  return {
    kind: 'rest',
    name: 's3',
    signingName: 's3',
    // SageMaker Runtime shares the REST style (`/endpoints/...`) but signs as `sagemaker`.
    matches: signedForS3,
    errorResponse: (err, ctx) => s3ErrorResponse(err, ctx.requestId, ctx.operation.startsWith('Head')),
    handle: async (req, ctx) => {
      const [, bucket = '', ...rest] = req.path.split('/');
      const key = decodePathPart(rest.join('/'));
      if (!bucket) {
        ctx.operation = 'ListBuckets';
        return xmlResponse('ListAllMyBucketsResult', {
          Owner: { ID: ctx.accountId },
          Buckets: {
            Bucket: [...store.buckets.entries()].map(([Name, b]) => ({
              Name,
              CreationDate: b.created.toISOString(),
              BucketRegion: b.region,
            })),
          },
        });
      }
      const bucketName = decodePathPart(bucket);
      return key
        ? handleObjectRequest(store, bucketName, key, req, ctx)
        : handleBucketRequest(store, bucketName, req, ctx);
    },
  };
}
