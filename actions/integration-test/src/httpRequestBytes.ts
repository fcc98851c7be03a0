/** A request as the pool sends it: its head and body in one buffer, built once per case. */
export function httpRequestBytes(request: {
  method: 'GET' | 'POST';
  path: string;
  host: string;
  headers: Record<string, string>;
  body?: Buffer;
}): Buffer {
  const lines = [`${request.method} ${request.path} HTTP/1.1`, `host: ${request.host}`];
  for (const [name, value] of Object.entries(request.headers)) {
    // A line break in a value would start a header, or a request, the test file never wrote.
    if (/[\r\n\0]/.test(value))
      throw new Error(`The ${name} header value ${JSON.stringify(value)} has a line break.`);
    lines.push(`${name}: ${value}`);
  }
  if (request.body || request.method === 'POST') lines.push(`content-length: ${request.body?.length ?? 0}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return request.body ? Buffer.concat([head, request.body]) : head;
}
