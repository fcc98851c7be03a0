import { performance } from 'node:perf_hooks';
import type { EmulatorEnvironment } from '../../environment';
import { AwsError } from '../../protocol/awsError';
import type { RequestContext, RestRequest, RestResponse, RestService } from '../../protocol/types';
import { invokeAsync } from './asyncInvocation';
import { createInvocationMetrics, type InvocationMetrics } from './invocationMetrics';
import { routeInvocation } from './invocationRoute';
import { callModel } from './modelCall';
import { modelError } from './modelError';
import { requestHeader } from '../../protocol/requestHeader';

/** InvokeEndpoint's limit for request and response bodies: 6 MiB. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
/** Serverless endpoints take at most 4 MB. */
const MAX_SERVERLESS_PAYLOAD_BYTES = 4 * 1024 * 1024;
const PATH = /^\/endpoints\/([^/]+)\/(invocations|async-invocations)$/;

/**
 * SageMaker Runtime over REST-JSON. Each call goes to a variant by weight (or TargetVariant), then to
 * a fleet by share, and publishes the AWS/SageMaker metrics that alarms watch. Hosting is read from
 * env.stores at request time, so it can be replaced (tests hand in one with a seeded router).
 */
export function createRuntimeService(env: EmulatorEnvironment): RestService {
  const metrics = createInvocationMetrics(env);
  return {
    kind: 'rest',
    name: 'sagemaker-runtime',
    signingName: 'sagemaker',
    matches: (req) => req.method === 'POST' && PATH.test(req.path),
    errorResponse: (err) => ({
      status: err.status,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': err.code },
      body: JSON.stringify({ message: err.message, ...err.extra }),
    }),
    handle: async (req, ctx) => {
      const [, rawName, kind] = PATH.exec(req.path) as RegExpExecArray;
      const endpointName = decodeURIComponent(rawName as string);
      if (kind === 'invocations') return invokeSync(env, metrics, req, ctx, endpointName);
      ctx.operation = 'InvokeEndpointAsync';
      return invokeAsync(env, metrics, req, ctx, endpointName);
    },
  };
}

async function invokeSync(
  env: EmulatorEnvironment,
  metrics: InvocationMetrics,
  req: RestRequest,
  ctx: RequestContext,
  endpointName: string,
): Promise<RestResponse> {
  const started = performance.now();
  ctx.operation = 'InvokeEndpoint';
  if (req.body.length > MAX_PAYLOAD_BYTES) {
    throw new AwsError(
      'ValidationError',
      `Request payload of ${req.body.length} bytes is over the limit of ${MAX_PAYLOAD_BYTES} bytes for InvokeEndpoint.`,
    );
  }
  const { variantName, fleet } = routeInvocation(
    env,
    endpointName,
    requestHeader(req, 'x-amzn-sagemaker-target-variant'),
    ctx,
  );
  if (fleet.spec.serverless && req.body.length > MAX_SERVERLESS_PAYLOAD_BYTES) {
    throw new AwsError(
      'ValidationError',
      `Request payload of ${req.body.length} bytes is over the limit of ${MAX_SERVERLESS_PAYLOAD_BYTES} bytes for serverless endpoints.`,
    );
  }
  const outcome = await callModel(env, endpointName, fleet, {
    body: req.body,
    contentType: requestHeader(req, 'content-type'),
    accept: requestHeader(req, 'accept'),
    customAttributes: requestHeader(req, 'x-amzn-sagemaker-custom-attributes'),
    targetModel: requestHeader(req, 'x-amzn-sagemaker-target-model'),
    targetContainerHostname: requestHeader(req, 'x-amzn-sagemaker-target-container-hostname'),
    inferenceId: requestHeader(req, 'x-amzn-sagemaker-inference-id'),
  });
  const status = outcome.answered ? outcome.result.status : 0;
  metrics(endpointName, fleet, {
    status,
    modelLatencyMicros: outcome.modelLatencyMicros,
    overheadLatencyMicros: Math.max(
      0,
      Math.round((performance.now() - started) * 1000) - outcome.modelLatencyMicros,
    ),
    countInvocation: true,
  });
  if (!outcome.answered || status < 200 || status >= 300) throw modelError(endpointName, ctx, outcome);
  const { result } = outcome;
  if (result.body.length > MAX_PAYLOAD_BYTES) {
    throw new AwsError(
      'ModelError',
      `Received a response of ${result.body.length} bytes from ${result.container ?? 'primary'}, over the limit of ${MAX_PAYLOAD_BYTES} bytes.`,
      424,
      { OriginalStatusCode: status },
    );
  }
  const headers: Record<string, string> = {
    'content-type': result.contentType ?? 'application/octet-stream',
    'x-amzn-invoked-production-variant': variantName,
  };
  if (result.customAttributes) headers['x-amzn-sagemaker-custom-attributes'] = result.customAttributes;
  return { status: 200, headers, body: result.body };
}
