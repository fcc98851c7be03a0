import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { AwsError } from '../../protocol/awsError';
import type { RestResponse } from '../../protocol/types';

const builder = new XMLBuilder({ ignoreAttributes: false });
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'Object',
});
export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function xmlResponse(
  root: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): RestResponse {
  return {
    status: 200,
    headers: { 'content-type': 'application/xml', ...headers },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [root]: { '@_xmlns': S3_XMLNS, ...body } })}`,
  };
}

/**
 * A request document as the parser reads it: element names to text (tag values are not converted) or to
 * nested elements; `Object` is always a list. Callers narrow it to the document they expect.
 */
export function parseXml(body: Buffer): unknown {
  try {
    return parser.parse(body.toString('utf8')) as unknown;
  } catch {
    throw malformedXml();
  }
}

/** S3's error document; HEAD responses carry no body, so the SDK only sees the status (404 -> NotFound). */
export function s3ErrorResponse(err: AwsError, requestId: string, head: boolean): RestResponse {
  if (head) return { status: err.status, headers: {} };
  return {
    status: err.status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({
      Error: { Code: err.code, Message: err.message, ...err.extra, RequestId: requestId },
    })}`,
  };
}

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });
export const noSuchKey = (key: string) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });
export const malformedXml = () =>
  new AwsError(
    'MalformedXML',
    'The XML you provided was not well-formed or did not validate against our published schema',
    400,
  );
export const invalidArgument = (message: string, name: string, value: string) =>
  new AwsError('InvalidArgument', message, 400, { ArgumentName: name, ArgumentValue: value });
export const preconditionFailed = (condition: string) =>
  new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, {
    Condition: condition,
  });
export const notImplemented = (what: string) =>
  new AwsError('NotImplemented', `The modelship emulator does not implement ${what}.`, 501);
