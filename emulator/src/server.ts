import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { handleAdmin } from './admin';
import type { Dispatcher } from './dispatcher';
import { ConnectionResetFault } from './faults';
import { restOperation } from './policies/iamActionName';
import { AwsError } from './protocol/awsError';
import { cborErrorResponse, cborResponse, decodeCbor, parseCborPath } from './protocol/cbor';
import { jsonErrorResponse, jsonResponse } from './protocol/json';
import { decodeQueryForm, queryErrorResponse, queryResponse } from './protocol/query';
import type {
  OperationService,
  RequestContext,
  RestRequest,
  RestResponse,
  RestService,
  ServiceDefinition,
} from './protocol/types';

/** Larger bodies are refused before they are buffered; S3 model artifacts in tests are far smaller. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export function createHttpServer(dispatcher: Dispatcher): http.Server {
  const server = http.createServer((req, res) => {
    handle(dispatcher, req)
      .then((response) => send(res, response))
      .catch((err: unknown) => {
        if (err instanceof ConnectionResetFault) return void req.socket.destroy();
        // Only a bug in the emulator reaches here; the client gets a 500 it can read, and the server lives on.
        console.error('modelship-emulator: unhandled error', err);
        send(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: String(err) });
      });
  });
  // Keep-alive connections from SDK clients must not hold the process open at shutdown.
  server.keepAliveTimeout = 5_000;
  return server;
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function send(res: http.ServerResponse, response: RestResponse): void {
  if (res.headersSent) return;
  res.writeHead(response.status, response.headers ?? {});
  res.end(response.body ?? '');
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    throw new AwsError(
      'RequestEntityTooLarge',
      `Request body of ${declared} bytes is over the emulator's limit.`,
      413,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new AwsError('RequestEntityTooLarge', 'Request body is too large.', 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The SDK gzips large request bodies of the operations that allow it (CloudWatch PutMetricData above
 * 10 KB). S3 is left alone: there Content-Encoding describes the object stored, not the request.
 */
function decodedBody(req: http.IncomingMessage, body: Buffer, signingName: string | undefined): Buffer {
  const encodings = String(req.headers['content-encoding'] ?? '').toLowerCase();
  if (signingName === 's3' || !encodings.split(',').some((e) => e.trim() === 'gzip')) return body;
  try {
    return gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES });
  } catch (err) {
    throw new AwsError(
      'SerializationException',
      `The gzip request body could not be read: ${(err as Error).message}`,
      400,
    );
  }
}

/** `Credential=AKID/20260101/us-east-1/sagemaker/aws4_request` -> region and signing name. */
export function credentialScope(authorization: string | undefined): {
  region?: string;
  signingName?: string;
} {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return match ? { region: match[1], signingName: match[2] } : {};
}

type Route =
  | { protocol: 'json'; service: OperationService; operation: string; input: unknown }
  | { protocol: 'cbor'; service: OperationService; operation: string; input: unknown }
  | { protocol: 'query'; service: OperationService; operation: string; input: unknown }
  | { protocol: 'rest'; service: RestService; request: RestRequest }
  | { protocol: 'none'; error: AwsError };

async function handle(dispatcher: Dispatcher, req: http.IncomingMessage): Promise<RestResponse> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const scope = credentialScope(req.headers.authorization);
  let body: Buffer;
  try {
    body = decodedBody(req, await readBody(req), scope.signingName);
  } catch (err) {
    const e = err as AwsError;
    return { status: e.status ?? 400, headers: { 'content-type': 'text/plain' }, body: e.message };
  }
  if (url.pathname.startsWith('/_emulator/')) return handleAdmin(dispatcher, req.method ?? 'GET', url, body);

  const started = Date.now();
  const ctx: RequestContext = {
    region: scope.region ?? 'us-east-1',
    accountId: dispatcher.env.accountId,
    requestId: randomUUID(),
    service: 'unknown',
    operation: 'unknown',
  };
  const route = resolveRoute(dispatcher.services, req, url, body, scope.signingName);
  let response: RestResponse;
  let params: unknown;
  let errorCode: string | undefined;
  try {
    if (route.protocol === 'none') throw route.error;
    ctx.service = route.service.name;
    if (route.protocol === 'rest') {
      params = { method: route.request.method, path: route.request.path };
      const operation = restOperation(ctx.service, route.request);
      if (operation) {
        ctx.operation = operation;
        const call = { service: ctx.service, operation, input: {}, accountId: ctx.accountId };
        dispatcher.policies?.authorize(req.headers, call);
      }
      response = await route.service.handle(route.request, ctx);
    } else {
      ctx.operation = route.operation;
      params = route.input;
      const call = {
        service: ctx.service,
        operation: ctx.operation,
        input: params,
        accountId: ctx.accountId,
      };
      dispatcher.policies?.authorize(req.headers, call);
      await dispatcher.env.faults.applyApiFaults(ctx.service, ctx.operation);
      const handler = route.service.operations[route.operation];
      if (!handler) throw unknownOperation(route.service, route.operation);
      // The decoded request is the handler's declared SDK input only as far as the client sent it so:
      // handlers check every member they rely on.
      const output = await handler(route.input as never, ctx);
      response = encodeOutput(route, output, ctx);
    }
  } catch (err) {
    if (err instanceof ConnectionResetFault) {
      const reset = { time: started, service: ctx.service, operation: ctx.operation, params, status: 0 };
      dispatcher.log.add({ ...reset, errorCode: 'ConnectionReset', durationMs: Date.now() - started });
      throw err;
    }
    const awsError =
      err instanceof AwsError
        ? err
        : new AwsError('InternalFailure', `Emulator error: ${(err as Error).message}`, 500);
    if (!(err instanceof AwsError)) console.error('modelship-emulator:', err);
    errorCode = awsError.code;
    response = encodeError(route, awsError, ctx);
  }
  response.headers = {
    ...response.headers,
    'x-amzn-requestid': ctx.requestId,
    'x-amz-request-id': ctx.requestId,
  };
  dispatcher.log.add({
    time: started,
    service: ctx.service,
    operation: ctx.operation,
    params,
    status: response.status,
    errorCode,
    durationMs: Date.now() - started,
  });
  return response;
}

function unknownOperation(service: OperationService, operation: string): AwsError {
  return new AwsError(
    'UnknownOperationException',
    `The modelship emulator does not implement ${service.name} operation ${operation}.`,
  );
}

function resolveRoute(
  services: ServiceDefinition[],
  req: http.IncomingMessage,
  url: URL,
  body: Buffer,
  signingName: string | undefined,
): Route {
  const operationServices = services.filter((s): s is OperationService => s.kind === 'operations');
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const [prefix, operation = ''] = target.split('.');
    const service = operationServices.find((s) => s.targetPrefix === prefix);
    if (!service) {
      return {
        protocol: 'none',
        error: new AwsError('UnknownOperationException', `Unknown X-Amz-Target ${target}.`),
      };
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return {
        protocol: 'none',
        error: new AwsError('SerializationException', 'The request body is not valid JSON.'),
      };
    }
    return { protocol: 'json', service, operation, input };
  }
  if (req.headers['smithy-protocol'] === 'rpc-v2-cbor') {
    const parsed = parseCborPath(url.pathname);
    const service = parsed && operationServices.find((s) => s.cborServiceName === parsed.service);
    if (!parsed || !service) {
      return {
        protocol: 'none',
        error: new AwsError('UnknownOperationException', `Unknown CBOR path ${url.pathname}.`),
      };
    }
    try {
      return { protocol: 'cbor', service, operation: parsed.operation, input: decodeCbor(body) };
    } catch {
      return {
        protocol: 'none',
        error: new AwsError('SerializationException', 'The request body is not valid CBOR.'),
      };
    }
  }
  const contentType = String(req.headers['content-type'] ?? '');
  if (contentType.startsWith('application/x-www-form-urlencoded') || url.searchParams.has('Action')) {
    const form = new URLSearchParams(body.length ? body.toString('utf8') : url.search);
    if (form.has('Action')) {
      const { action, input } = decodeQueryForm(form);
      const candidates = operationServices.filter((s) => s.query);
      const service =
        candidates.find((s) => s.signingName === signingName) ??
        candidates.find((s) => action in s.operations);
      if (service) return { protocol: 'query', service, operation: action, input };
    }
  }
  const request: RestRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
  };
  const restServices = services.filter((s): s is RestService => s.kind === 'rest');
  const service =
    restServices.find((s) => s.signingName === signingName && s.matches(request)) ??
    restServices.find((s) => s.matches(request));
  if (service) return { protocol: 'rest', service, request };
  return {
    protocol: 'none',
    error: new AwsError(
      'UnknownOperationException',
      `No emulated service handles ${request.method} ${url.pathname}.`,
    ),
  };
}

function encodeOutput(route: Route, output: unknown, ctx: RequestContext): RestResponse {
  switch (route.protocol) {
    case 'json':
      return jsonResponse(output, route.service.jsonVersion ?? '1.1');
    case 'cbor':
      return cborResponse(output);
    case 'query':
      return queryResponse(ctx.operation, output, route.service.query?.xmlNamespace ?? '', ctx.requestId);
    default:
      throw new Error('REST services encode their own responses');
  }
}

function encodeError(route: Route, err: AwsError, ctx: RequestContext): RestResponse {
  switch (route.protocol) {
    case 'json':
      return jsonErrorResponse(err, route.service.jsonVersion ?? '1.1', Boolean(route.service.query));
    case 'cbor':
      return cborErrorResponse(err, `com.amazonaws.${route.service.name}`, Boolean(route.service.query));
    case 'query':
      return queryErrorResponse(err, route.service.query?.xmlNamespace ?? '', ctx.requestId);
    case 'rest':
      return route.service.errorResponse(err, ctx);
    default:
      return jsonErrorResponse(err, '1.1', false);
  }
}
