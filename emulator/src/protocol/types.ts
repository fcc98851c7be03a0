import type { IncomingHttpHeaders } from 'node:http';

/** What every operation handler learns about the request besides its input. */
export interface RequestContext {
  region: string;
  accountId: string;
  requestId: string;
  service: string;
  operation: string;
}

/**
 * Handlers take the decoded input (plain JSON-like values) and return the output. They return `Date`
 * for timestamps; each protocol encodes dates its own way (epoch seconds for JSON, ISO 8601 in XML,
 * tag 1 in CBOR). Query-protocol input arrives with numbers and booleans as strings, so handlers of
 * services that speak query coerce them (see `coerce.ts`).
 */
export type OperationHandler = (input: never, ctx: RequestContext) => unknown;

/** A service reached by an operation name: AWS JSON 1.0/1.1, and for some also Query and RPC v2 CBOR. */
export interface OperationService {
  kind: 'operations';
  /** The SigV4 signing name, as in the credential scope (`sagemaker`, `monitoring`, `sts`). */
  signingName: string;
  /** Name used in the request log and errors, e.g. `sagemaker`, `cloudwatch`. */
  name: string;
  /** The X-Amz-Target prefix for the JSON protocol, e.g. `SageMaker`, `GraniteServiceVersion20100801`. */
  targetPrefix?: string;
  jsonVersion?: '1.0' | '1.1';
  /** Set when the service also speaks the Query protocol: its XML namespace and API version. */
  query?: { xmlNamespace: string; version: string };
  /** Set when the service also speaks Smithy RPC v2 CBOR: the service shape name in the URL path. */
  cborServiceName?: string;
  operations: Record<string, OperationHandler>;
}

export interface RestRequest {
  method: string;
  /** Path without the query string, percent-decoded per segment left to the service. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RestResponse {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** A REST service (SageMaker Runtime, S3) that routes by method and path itself. */
export interface RestService {
  kind: 'rest';
  signingName: string;
  name: string;
  /** Whether this service should take the request; checked in registration order. */
  matches(req: RestRequest): boolean;
  /** Returns the response, or throws AwsError; sets `ctx.operation` for the request log. */
  handle(req: RestRequest, ctx: RequestContext): Promise<RestResponse>;
  /** How this service writes an AwsError (REST-JSON and REST-XML differ). */
  errorResponse(err: import('./awsError').AwsError, ctx: RequestContext): RestResponse;
}

export type ServiceDefinition = OperationService | RestService;
