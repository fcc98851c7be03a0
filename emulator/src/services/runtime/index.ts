import { randomUUID } from 'node:crypto';
import type { EmulatorEnvironment } from '../../environment';
import type { ProcessHosting } from '../../hosting/processHosting';
import type { Fleet, InvocationRequest, InvocationResult } from '../../hosting/types';
import { AwsError } from '../../protocol/awsError';
import type { RequestContext, RestRequest, RestResponse, RestService } from '../../protocol/types';
import { parseS3Uri } from '../s3/objectStore';

/** InvokeEndpoint's limit for request and response bodies. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
const PATH = /^\/endpoints\/([^/]+)\/(invocations|async-invocations)$/;

const header = (req: RestRequest, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * SageMaker Runtime over REST-JSON: requests go to a variant by weight, then to a fleet by share, and
 * every call publishes the AWS/SageMaker metrics that alarms watch, per variant and per endpoint config.
 */
export function createRuntimeService(env: EmulatorEnvironment, hosting: ProcessHosting): RestService {
  const publish = (endpointName: string, fleet: Fleet, metrics: Record<string, number>) => {
    const store = env.stores.metrics;
    if (!store) return;
    const timestamp = env.clock.now();
    const base = { EndpointName: endpointName, VariantName: fleet.spec.variantName };
    const scoped = { ...base, EndpointConfigName: fleet.spec.endpointConfigName };
    for (const [metricName, value] of Object.entries(metrics)) {
      store.put({ namespace: 'AWS/SageMaker', metricName, dimensions: base, value, timestamp });
      store.put({ namespace: 'AWS/SageMaker', metricName, dimensions: scoped, value, timestamp });
    }
  };

  /** Calls the model, applying injected faults, and returns its answer with the model latency. */
  const callModel = async (endpointName: string, fleet: Fleet, request: InvocationRequest) => {
    const matches = (f: { endpoint: string; variant?: string }) =>
      f.endpoint === endpointName && (!f.variant || f.variant === fleet.spec.variantName);
    const started = process.hrtime.bigint();
    const slow = env.faults.take('model-slow', matches);
    if (slow) await env.clock.sleep(slow.delayMs);
    const injected = env.faults.take('model-error', matches);
    let result: InvocationResult;
    if (injected) {
      result = {
        status: injected.status ?? 500,
        body: Buffer.from('{"error":"injected model error (modelship emulator fault)"}'),
      };
    } else {
      try {
        result = await fleet.invoke(request);
      } catch (err) {
        result = { status: 500, body: Buffer.from(JSON.stringify({ error: (err as Error).message })) };
      }
    }
    const latencyMicros = Number((process.hrtime.bigint() - started) / 1000n);
    return { result, latencyMicros };
  };

  const invokeSync = async (
    req: RestRequest,
    ctx: RequestContext,
    endpointName: string,
  ): Promise<RestResponse> => {
    ctx.operation = 'InvokeEndpoint';
    if (req.body.length > MAX_PAYLOAD_BYTES) {
      throw new AwsError(
        'ValidationError',
        `Request payload of ${req.body.length} bytes is over the 6 MB limit.`,
      );
    }
    const routed = route(endpointName, header(req, 'x-amzn-sagemaker-target-variant'), ctx);
    const overheadStart = process.hrtime.bigint();
    const { result, latencyMicros } = await callModel(endpointName, routed.fleet, {
      body: req.body,
      contentType: header(req, 'content-type'),
      accept: header(req, 'accept'),
      customAttributes: header(req, 'x-amzn-sagemaker-custom-attributes'),
      targetModel: header(req, 'x-amzn-sagemaker-target-model'),
      targetContainerHostname: header(req, 'x-amzn-sagemaker-target-container-hostname'),
      inferenceId: header(req, 'x-amzn-sagemaker-inference-id'),
    });
    const totalMicros = Number((process.hrtime.bigint() - overheadStart) / 1000n);
    const ok = result.status >= 200 && result.status < 300;
    publish(endpointName, routed.fleet, {
      Invocations: 1,
      InvocationsPerInstance: 1 / routed.fleet.spec.instanceCount,
      Invocation4XXErrors: !ok && result.status < 500 ? 1 : 0,
      Invocation5XXErrors: !ok && result.status >= 500 ? 1 : 0,
      ModelLatency: latencyMicros,
      OverheadLatency: Math.max(0, totalMicros - latencyMicros),
    });
    if (!ok) {
      throw new AwsError(
        'ModelError',
        `Received server error (${result.status}) from primary with message "${result.body.toString('utf8').slice(0, 1000)}". See https://console.aws.amazon.com/cloudwatch/home for logs.`,
        424,
        {
          OriginalStatusCode: result.status,
          OriginalMessage: result.body.toString('utf8').slice(0, 1000),
          LogStreamArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:/aws/sagemaker/Endpoints/${endpointName}`,
        },
      );
    }
    if (result.body.length > MAX_PAYLOAD_BYTES) {
      throw new AwsError('ModelError', 'The model response is over the 6 MB limit.', 424, {
        OriginalStatusCode: result.status,
      });
    }
    const headers: Record<string, string> = {
      'content-type': result.contentType ?? 'application/json',
      'x-amzn-invoked-production-variant': routed.variantName,
    };
    if (result.customAttributes) headers['x-amzn-sagemaker-custom-attributes'] = result.customAttributes;
    return { status: 200, headers, body: result.body };
  };

  const invokeAsync = async (
    req: RestRequest,
    ctx: RequestContext,
    endpointName: string,
  ): Promise<RestResponse> => {
    ctx.operation = 'InvokeEndpointAsync';
    const inputLocation = header(req, 'x-amzn-sagemaker-inputlocation');
    if (!inputLocation)
      throw new AwsError('ValidationError', '1 validation error detected: InputLocation must not be null');
    const routed = route(endpointName, undefined, ctx);
    const output = routed.fleet.spec.asyncOutput;
    if (!output)
      throw new AwsError(
        'ValidationError',
        `Endpoint ${endpointName} is not an asynchronous inference endpoint.`,
      );
    const source = parseS3Uri(inputLocation);
    const input = source && env.stores.objects?.get(source.bucket, source.key);
    if (!input) throw new AwsError('ValidationError', `Could not read input from ${inputLocation}.`);
    const inferenceId = header(req, 'x-amzn-sagemaker-inference-id') ?? randomUUID();
    const outputLocation = `${output.s3OutputPath.replace(/\/$/, '')}/${inferenceId}.out`;
    const failureLocation = `${(output.s3FailurePath ?? output.s3OutputPath).replace(/\/$/, '')}/${inferenceId}-error.out`;
    // The answer is written in the background, as SageMaker queues the request and returns at once.
    void callModel(endpointName, routed.fleet, {
      body: input.body,
      contentType: header(req, 'x-amzn-sagemaker-content-type') ?? input.contentType,
      accept: header(req, 'x-amzn-sagemaker-accept'),
      inferenceId,
    }).then(({ result, latencyMicros }) => {
      const ok = result.status >= 200 && result.status < 300;
      const target = parseS3Uri(ok ? outputLocation : failureLocation);
      if (target) env.stores.objects?.put(target.bucket, target.key, result.body, result.contentType);
      publish(endpointName, routed.fleet, {
        Invocation4XXErrors: !ok && result.status < 500 ? 1 : 0,
        Invocation5XXErrors: !ok && result.status >= 500 ? 1 : 0,
        ModelLatency: latencyMicros,
      });
    });
    return {
      status: 202,
      headers: {
        'content-type': 'application/json',
        'x-amzn-sagemaker-outputlocation': outputLocation,
        'x-amzn-sagemaker-failurelocation': failureLocation,
      },
      body: JSON.stringify({ InferenceId: inferenceId }),
    };
  };

  const route = (endpointName: string, targetVariant: string | undefined, ctx: RequestContext) => {
    const picked = hosting.pick(endpointName, targetVariant);
    if (!picked)
      throw new AwsError(
        'ValidationError',
        `Endpoint ${endpointName} of account ${ctx.accountId} not found.`,
      );
    if ('error' in picked) throw new AwsError('ValidationError', picked.error);
    return picked;
  };

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
      return kind === 'invocations'
        ? invokeSync(req, ctx, endpointName)
        : invokeAsync(req, ctx, endpointName);
    },
  };
}
