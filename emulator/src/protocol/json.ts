import type { AwsError } from './awsError';
import type { RestResponse } from './types';

/**
 * AWS JSON 1.0/1.1 and REST-JSON carry timestamps as epoch seconds and blobs as base64; handlers
 * return Dates and Buffers, so this converts them on the way out.
 */
export function toJsonWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map(toJsonWire);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonWire(v);
    return out;
  }
  return value;
}

export function jsonResponse(output: unknown, version: '1.0' | '1.1', status = 200): RestResponse {
  return {
    status,
    headers: { 'content-type': `application/x-amz-json-${version}` },
    body: JSON.stringify(toJsonWire(output ?? {})),
  };
}

export function jsonErrorResponse(
  err: AwsError,
  version: '1.0' | '1.1',
  queryCompatible: boolean,
): RestResponse {
  const headers: Record<string, string> = { 'content-type': `application/x-amz-json-${version}` };
  // Query-compatible services (CloudWatch) let the SDK recover the legacy Query error code from here.
  if (queryCompatible)
    headers['x-amzn-query-error'] = `${err.wireQueryCode};${err.sender ? 'Sender' : 'Receiver'}`;
  return {
    status: err.status,
    headers,
    body: JSON.stringify({ __type: err.code, message: err.message, Message: err.message, ...err.extra }),
  };
}
