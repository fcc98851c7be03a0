import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { ModelshipError } from '@modelship/shared';
import { FakeClock } from '@modelship/shared/testing';
import { HttpModelServer } from '../src/httpModelServer';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local model server whose answer each test decides; it records what it was sent and its connections. */
async function modelServer(answer: (req: Received, res: http.ServerResponse) => void) {
  const received: Received[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      answer(request, res);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { url, received, connections: () => connections, server };
}

const servers: http.Server[] = [];
const targets: HttpModelServer[] = [];
afterEach(async () => {
  await Promise.all(targets.splice(0).map((t) => t.stop()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function target(url: string, clock = new FakeClock()) {
  const made = new HttpModelServer(url, { clock, timeoutMs: 2_000, connections: 4 });
  targets.push(made);
  return made;
}

const request = { body: Buffer.from('{"instances": [[1, 0, 0]]}'), contentType: 'application/json' };
const signal = new AbortController().signal;

describe('HttpModelServer', () => {
  it('pings, then posts each case with its headers and reads the whole answer', async () => {
    const server = await modelServer((req, res) => {
      res.writeHead(req.url === '/ping' ? 200 : 201, { 'content-type': 'application/json' });
      res.write('{"predictions": ');
      res.end('[0.06]}');
    });
    const model = target(`${server.url}/`);
    await model.ready(signal);
    const outcome = await model.invoke(
      { ...request, accept: 'application/json', customAttributes: 'trace=1' },
      signal,
    );
    expect(outcome).toMatchObject({ status: 201, body: '{"predictions": [0.06]}' });
    expect(outcome.errorKind).toBeUndefined();
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /ping', 'POST /invocations']);
    expect(server.received[1]).toMatchObject({
      body: '{"instances": [[1, 0, 0]]}',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-amzn-sagemaker-custom-attributes': 'trace=1',
      },
    });
  });

  it('counts an answer that is not 2xx as an error of its status, keeping the body', async () => {
    const server = await modelServer((_req, res) => res.writeHead(500).end('{"error": "boom"}'));
    const outcome = await target(server.url).invoke(request, signal);
    expect(outcome).toMatchObject({ status: 500, body: '{"error": "boom"}', errorKind: 'HTTP 500' });
    expect(outcome.unanswered).toBeUndefined();
  });

  it('keeps no more connections than requests in flight, and reuses them', async () => {
    const server = await modelServer((_req, res) => res.writeHead(200).end('{}'));
    const model = target(server.url);
    const statuses = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const seen: number[] = [];
        for (let i = 0; i < 25; i++) seen.push((await model.invoke(request, signal)).status);
        return seen;
      }),
    );
    expect(statuses.flat()).toEqual(new Array(100).fill(200));
    expect(server.received).toHaveLength(100);
    expect(server.connections()).toBeLessThanOrEqual(4);
  });

  it('names a connection closed without an answer, as unanswered', async () => {
    const server = await modelServer((_req, res) => res.socket?.destroy());
    const outcome = await target(server.url).invoke(request, signal);
    expect(outcome).toMatchObject({ status: 0, errorKind: 'ConnectionClosed', unanswered: true });
    expect(outcome.detail).toMatch(/^POST \/invocations failed: /);
  });

  it('names a refused connection by its system error', async () => {
    const server = await modelServer(() => undefined);
    const url = server.url;
    await new Promise((resolve) => server.server.close(resolve));
    const outcome = await target(url).invoke(request, signal);
    expect(outcome).toMatchObject({ status: 0, errorKind: 'ECONNREFUSED', unanswered: true });
  });

  it('ends a request in flight when the run is cancelled', async () => {
    const server = await modelServer(() => undefined); // never answers
    const controller = new AbortController();
    const model = target(server.url);
    const pending = model.invoke(request, controller.signal);
    while (server.received.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('cancelled'));
    await expect(pending).resolves.toMatchObject({ status: 0, errorKind: 'Aborted', unanswered: true });
  });

  it('says why it is not ready when /ping never answers 200 in time, naming the last answer', async () => {
    const server = await modelServer((_req, res) => res.writeHead(503).end());
    const ready = target(server.url, new FakeClock()).ready(signal);
    await expect(ready).rejects.toThrow(ModelshipError);
    await expect(ready).rejects.toThrow(/was not ready within 2 s: GET \/ping answered 503/);
  });
});
