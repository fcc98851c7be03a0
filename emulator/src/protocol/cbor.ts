import { Decoder, Encoder } from 'cbor-x';
import type { AwsError } from './awsError';
import type { RestResponse } from './types';

// Plain maps (not cbor-x "records") so that other CBOR implementations such as botocore's read them.
const encoder = new Encoder({ useRecords: false, mapsAsObjects: true, tagUint8Array: false });
const decoder = new Decoder({ useRecords: false, mapsAsObjects: true });

/** Smithy RPC v2 CBOR: `POST /service/<Service>/operation/<Operation>` with header `smithy-protocol`. */
export function parseCborPath(path: string): { service: string; operation: string } | undefined {
  const match = /\/service\/([^/]+)\/operation\/([^/]+)$/.exec(path);
  return match ? { service: match[1] as string, operation: match[2] as string } : undefined;
}

export function decodeCbor(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  const value = decoder.decode(body);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = withoutUndefined(v);
    return out;
  }
  return value;
}

const cborHeaders = { 'content-type': 'application/cbor', 'smithy-protocol': 'rpc-v2-cbor' };

export function cborResponse(output: unknown): RestResponse {
  return {
    status: 200,
    headers: cborHeaders,
    body: Buffer.from(encoder.encode(withoutUndefined(output ?? {}))),
  };
}

export function cborErrorResponse(
  err: AwsError,
  shapeNamespace: string,
  queryCompatible: boolean,
): RestResponse {
  const headers: Record<string, string> = { ...cborHeaders };
  if (queryCompatible)
    headers['x-amzn-query-error'] = `${err.wireQueryCode};${err.sender ? 'Sender' : 'Receiver'}`;
  const body = { __type: `${shapeNamespace}#${err.code}`, message: err.message, ...err.extra };
  return { status: err.status, headers, body: Buffer.from(encoder.encode(body)) };
}
