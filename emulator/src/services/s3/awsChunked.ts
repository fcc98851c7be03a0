/**
 * The SDK streams uploads of known length with `aws-chunked` framing:
 * `<hex size>[;chunk-signature=…]\r\n<data>\r\n` repeated, a zero-size chunk, then trailing headers
 * such as `x-amz-checksum-crc32:<base64>` (announced by `x-amz-trailer`). This recovers the payload
 * and the trailers.
 */
export function decodeAwsChunked(body: Buffer): { payload: Buffer; trailers: Record<string, string> } {
  const parts: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', offset);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(offset, lineEnd).toString('latin1').split(';')[0] as string, 16);
    if (!Number.isFinite(size)) break;
    const start = lineEnd + 2;
    if (size === 0) {
      for (const line of body.subarray(start).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      break;
    }
    parts.push(body.subarray(start, start + size));
    offset = start + size + 2;
  }
  return { payload: Buffer.concat(parts), trailers };
}

export function isAwsChunked(headers: Record<string, string | string[] | undefined>): boolean {
  const encoding = String(headers['content-encoding'] ?? '');
  const sha = String(headers['x-amz-content-sha256'] ?? '');
  return encoding.includes('aws-chunked') || sha.startsWith('STREAMING-');
}
