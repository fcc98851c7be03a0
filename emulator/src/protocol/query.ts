import { XMLBuilder } from 'fast-xml-parser';
import type { AwsError } from './awsError';
import type { RestResponse } from './types';

/**
 * Turns a Query-protocol form body (`AlarmNames.member.1=a&Dimensions.member.1.Name=x`) into nested
 * values. Lists use `member.N`, maps `entry.N.key` / `entry.N.value`. Scalars stay strings because the
 * wire carries no types; handlers coerce what they need.
 */
export function decodeQueryForm(form: URLSearchParams): { action: string; input: Record<string, unknown> } {
  const root: Record<string, unknown> = {};
  let action = '';
  for (const [key, value] of form) {
    if (key === 'Action') {
      action = value;
      continue;
    }
    if (key === 'Version') continue;
    setPath(root, key.split('.'), value);
  }
  return { action, input: normalise(root) as Record<string, unknown> };
}

function setPath(target: Record<string, unknown>, parts: string[], value: string): void {
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

// `{ member: { '1': a, '2': b } }` becomes `[a, b]`; `{ entry: { '1': { key, value } } }` becomes a map.
function normalise(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && (keys[0] === 'member' || keys[0] === 'entry')) {
    const items = obj[keys[0]] as Record<string, unknown>;
    const ordered = Object.keys(items)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => normalise(items[k]));
    if (keys[0] === 'member') return ordered;
    const map: Record<string, unknown> = {};
    for (const entry of ordered as Array<{ key: string; value: unknown }>) map[entry.key] = entry.value;
    return map;
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = normalise(obj[k]);
  return out;
}

const QUERY_MAP = Symbol('queryMap');

/**
 * Marks an output object as a map (as opposed to a structure), so that Query XML writes it as
 * `<entry><key/><value/></entry>` items. JSON and CBOR do not see the mark.
 */
export function asQueryMap<T extends object>(value: T): T {
  Object.defineProperty(value, QUERY_MAP, { value: true, enumerable: false });
  return value;
}

// Query XML wraps every list item in <member>; dates are ISO 8601.
function toXmlValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return { member: value.map(toXmlValue) };
  if (value !== null && typeof value === 'object' && QUERY_MAP in value) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return { entry: entries.map(([key, v]) => ({ key, value: toXmlValue(v) })) };
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toXmlValue(v);
    return out;
  }
  return value;
}

const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: false });

export function queryResponse(
  operation: string,
  output: unknown,
  xmlNamespace: string,
  requestId: string,
): RestResponse {
  const body = builder.build({
    [`${operation}Response`]: {
      '@_xmlns': xmlNamespace,
      [`${operation}Result`]: toXmlValue(output ?? {}),
      ResponseMetadata: { RequestId: requestId },
    },
  });
  return { status: 200, headers: { 'content-type': 'text/xml' }, body: `<?xml version="1.0"?>\n${body}` };
}

export function queryErrorResponse(err: AwsError, xmlNamespace: string, requestId: string): RestResponse {
  const body = builder.build({
    ErrorResponse: {
      '@_xmlns': xmlNamespace,
      Error: { Type: err.sender ? 'Sender' : 'Receiver', Code: err.wireQueryCode, Message: err.message },
      RequestId: requestId,
    },
  });
  return {
    status: err.status,
    headers: { 'content-type': 'text/xml' },
    body: `<?xml version="1.0"?>\n${body}`,
  };
}
