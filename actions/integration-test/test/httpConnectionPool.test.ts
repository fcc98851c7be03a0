import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpConnectionPool } from '../src/httpConnectionPool';
import { httpRequestBytes } from '../src/httpRequestBytes';
import { exchangeErrorKind } from '../src/keepAliveConnection';

/**
 * A server that answers each request it reads with the raw bytes a test gives, so that answers a
 * general-purpose server never writes (chunked, read-until-close, 1xx first) can be checked.
 */
async function rawServer(answer: (request: string, socket: net.Socket, index: number) => void) {
  let connections = 0;
  let requests = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (data) => answer(data.toString('latin1'), socket, requests++));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port, connections: () => connections };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function pool(port: number, options = { connections: 2, timeoutMs: 5_000 }) {
  const made = new HttpConnectionPool({ secure: false, hostname: '127.0.0.1', port }, options);
  cleanups.push(async () => made.stop());
  return made;
}

const post = httpRequestBytes({
  method: 'POST',
  path: '/invocations',
  host: 'model:8080',
  headers: { 'content-type': 'text/csv' },
  body: Buffer.from('1,2,3'),
});
const signal = new AbortController().signal;
const ok = (body: string, extra = '') =>
  `HTTP/1.1 200 OK\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

describe('httpRequestBytes', () => {
  it('writes the request line, host, headers, length and body as one buffer', () => {
    expect(post.toString('latin1')).toBe(
      'POST /invocations HTTP/1.1\r\nhost: model:8080\r\ncontent-type: text/csv\r\ncontent-length: 5\r\n\r\n1,2,3',
    );
  });

  it('refuses a header value with a line break, naming the header', () => {
    const smuggled = { method: 'POST' as const, path: '/', host: 'h', headers: { accept: 'a\r\nx-evil: 1' } };
    expect(() => httpRequestBytes(smuggled)).toThrow(/accept header value .* has a line break/);
  });
});

describe('HttpConnectionPool', () => {
  it('reads answers of every framing on one kept-alive connection: sized, chunked, and after a 1xx', async () => {
    const answers = [
      ok('{"a":1}'),
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4\r\n{"b"\r\n3\r\n:2}\r\n0\r\n\r\n',
      `HTTP/1.1 102 Processing\r\n\r\n${ok('{"c":3}')}`,
    ];
    const server = await rawServer((_request, socket, index) => socket.write(answers[index] as string));
    const connections = pool(server.port);
    const bodies: string[] = [];
    for (let i = 0; i < answers.length; i++) {
      const answer = await connections.exchange(post, signal);
      expect(answer.status).toBe(200);
      bodies.push(answer.body.toString());
    }
    expect(bodies).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
    expect(server.connections()).toBe(1);
  });

  it('reads an answer that ends with the connection, then opens a new one for the next request', async () => {
    const server = await rawServer((_request, socket) =>
      socket.end('HTTP/1.0 201 Created\r\n\r\n{"done":true}'),
    );
    const connections = pool(server.port);
    for (let i = 0; i < 2; i++) {
      const answer = await connections.exchange(post, signal);
      expect({ status: answer.status, body: answer.body.toString() }).toEqual({
        status: 201,
        body: '{"done":true}',
      });
    }
    expect(server.connections()).toBe(2);
  });

  it('opens a new connection after the server says connection: close', async () => {
    const server = await rawServer((_request, socket) => socket.write(ok('{}', 'connection: close\r\n')));
    const connections = pool(server.port);
    await connections.exchange(post, signal);
    await connections.exchange(post, signal);
    expect(server.connections()).toBe(2);
  });

  it('queues requests beyond its connections and answers them all', async () => {
    const server = await rawServer((_request, socket) => setImmediate(() => socket.write(ok('{}'))));
    const connections = pool(server.port);
    const answers = await Promise.all(Array.from({ length: 10 }, () => connections.exchange(post, signal)));
    expect(answers.map((a) => a.status)).toEqual(new Array(10).fill(200));
    expect(server.connections()).toBe(2);
  });

  it('fails an exchange the server never answers once the timeout passes, as a Timeout', async () => {
    const server = await rawServer(() => undefined);
    const failed = pool(server.port, { connections: 1, timeoutMs: 50 }).exchange(post, signal);
    const err = await failed.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(exchangeErrorKind(err)).toBe('Timeout');
    expect((err as Error).message).toMatch(/no answer within/);
  });

  it('names an unreadable answer', async () => {
    const server = await rawServer((_request, socket) => socket.write('SMTP ready\r\n\r\n'));
    const err = await pool(server.port)
      .exchange(post, signal)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(exchangeErrorKind(err)).toBe('BadResponse');
  });

  it('fails requests waiting for a connection when their run is cancelled, and refuses new ones', async () => {
    const server = await rawServer(() => undefined);
    const controller = new AbortController();
    const connections = pool(server.port, { connections: 1, timeoutMs: 5_000 });
    const inFlight = connections.exchange(post, controller.signal);
    const waiting = connections.exchange(post, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(inFlight).rejects.toThrow('cancelled');
    await expect(waiting).rejects.toThrow('cancelled');
    await expect(connections.exchange(post, controller.signal)).rejects.toThrow('cancelled');
  });
});
