import { randomUUID } from 'node:crypto';
import type { EmulatorEnvironment } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { RequestContext, RestRequest, RestResponse } from '../../protocol/types';
import { parseS3Uri } from '../s3/objectStore';
import type { InvocationMetrics } from './invocationMetrics';
import { callModel } from './modelCall';
import { routeInvocation } from './invocationRoute';
import { requestHeader } from '../../protocol/requestHeader';

/** InvokeEndpointAsync's limit for an inline Body (larger inputs go through S3). */
const MAX_INLINE_BYTES = 128_000;

/**
 * InvokeEndpointAsync: reads the input (from S3, or inline), answers 202 at once with where the result
 * will be, and writes the model's answer to the endpoint config's S3OutputPath (a failure to
 * S3FailurePath) in the background, as SageMaker's queue does.
 */
export async function invokeAsync(
  env: EmulatorEnvironment,
  metrics: InvocationMetrics,
  req: RestRequest,
  ctx: RequestContext,
  endpointName: string,
): Promise<RestResponse> {
  const inputLocation = requestHeader(req, 'x-amzn-sagemaker-inputlocation');
  if (!inputLocation && req.body.length === 0) {
    throw new AwsError('ValidationError', 'Either InputLocation or Body must be provided.');
  }
  if (!inputLocation && req.body.length > MAX_INLINE_BYTES) {
    throw new AwsError(
      'ValidationError',
      `Body of ${req.body.length} bytes is over the ${MAX_INLINE_BYTES}-byte limit for inline input; use InputLocation.`,
    );
  }
  const { fleet } = routeInvocation(env, endpointName, undefined, ctx);
  const output = fleet.spec.asyncOutput;
  if (!output) {
    throw new AwsError(
      'ValidationError',
      `Endpoint ${endpointName} is not configured for asynchronous inference (no AsyncInferenceConfig).`,
    );
  }
  const { body, contentType } = asyncInput(env, req, inputLocation);

  const inferenceId = requestHeader(req, 'x-amzn-sagemaker-inference-id') ?? randomUUID();
  const outputId = randomUUID();
  const outputLocation = `${trimSlash(output.s3OutputPath)}/${outputId}.out`;
  const failureLocation = `${trimSlash(output.s3FailurePath ?? output.s3OutputPath)}/${outputId}-error.out`;

  void callModel(env, endpointName, fleet, {
    body,
    contentType,
    accept: requestHeader(req, 'x-amzn-sagemaker-accept'),
    customAttributes: requestHeader(req, 'x-amzn-sagemaker-custom-attributes'),
    inferenceId,
  })
    .then((outcome) => {
      const status = outcome.answered ? outcome.result.status : 0;
      const ok = status >= 200 && status < 300;
      if (outcome.answered) {
        putObject(
          env,
          ok ? outputLocation : failureLocation,
          outcome.result.body,
          outcome.result.contentType,
        );
      } else {
        putObject(env, failureLocation, errorDocument(outcome.failure.message), 'application/json');
      }
      metrics(endpointName, fleet, {
        status,
        modelLatencyMicros: outcome.modelLatencyMicros,
        countInvocation: false,
      });
    })
    // The caller has its 202 already; what went wrong goes where SageMaker puts failures.
    .catch((err: unknown) =>
      putObject(env, failureLocation, errorDocument((err as Error).message), 'application/json'),
    );

  return {
    status: 202,
    headers: {
      'content-type': 'application/json',
      'x-amzn-sagemaker-outputlocation': outputLocation,
      'x-amzn-sagemaker-failurelocation': failureLocation,
    },
    body: JSON.stringify({ InferenceId: inferenceId }),
  };
}

const trimSlash = (uri: string) => uri.replace(/\/+$/, '');

const errorDocument = (message: string) => Buffer.from(JSON.stringify({ error: message }));

function putObject(
  env: EmulatorEnvironment,
  uri: string,
  body: Buffer,
  contentType: string | undefined,
): void {
  const target = parseS3Uri(uri);
  if (target) env.stores.objects?.put(target.bucket, target.key, body, contentType);
}

/** The request's input: the object at InputLocation (its content type unless the request gives one), else the body. */
function asyncInput(
  env: EmulatorEnvironment,
  req: RestRequest,
  inputLocation: string | undefined,
): { body: Buffer; contentType: string | undefined } {
  const contentType = requestHeader(req, 'x-amzn-sagemaker-content-type');
  if (!inputLocation) return { body: req.body, contentType };
  const source = parseS3Uri(inputLocation);
  if (!source) throw new AwsError('ValidationError', `InputLocation ${inputLocation} is not an S3 URI.`);
  const input = env.stores.objects?.get(source.bucket, source.key);
  if (!input) {
    throw new AwsError(
      'ValidationError',
      `Could not access model input data at ${inputLocation}. Please ensure that the object exists and that the execution role can read it.`,
    );
  }
  return { body: input.body, contentType: contentType ?? input.contentType };
}
