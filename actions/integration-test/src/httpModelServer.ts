import { performance } from 'node:perf_hooks';
import { ModelshipError, type Clock } from '@modelship/shared';
import { HttpConnectionPool } from './httpConnectionPool';
import { httpRequestBytes } from './httpRequestBytes';
import { exchangeErrorKind, type HttpAnswer } from './keepAliveConnection';
import {
  statusErrorKind,
  type InvocationOutcome,
  type InvocationRequest,
  type InvocationTarget,
} from './ports';

/** How often GET /ping is retried while the server starts. */
const PING_INTERVAL_MS = 250;
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * A model server that speaks the SageMaker container contract over HTTP: GET /ping answers 200 once
 * it is ready, POST /invocations predicts. Requests go through a pool of keep-alive connections, one
 * per request in flight (the load run's concurrency), each request's bytes built once per case.
 */
export class HttpModelServer implements InvocationTarget {
  readonly description: string;
  private readonly base: URL;
  private readonly pool: HttpConnectionPool;
  private readonly ping: Buffer;
  private readonly invocations = new WeakMap<InvocationRequest, Buffer>();

  private readonly clock: Clock;
  private readonly readyWithinMs: number;

  constructor(
    url: string,
    options: { clock: Clock; timeoutMs: number; connections: number },
    /** Why the server will never answer (its process exited), checked between pings. */
    private readonly gone: () => string | undefined = () => undefined,
  ) {
    this.base = new URL(url.endsWith('/') ? url : `${url}/`);
    this.description = url;
    this.clock = options.clock;
    this.readyWithinMs = options.timeoutMs;
    this.pool = new HttpConnectionPool(
      {
        secure: this.base.protocol === 'https:',
        hostname: this.base.hostname.replace(/^\[|\]$/g, ''),
        port: Number(this.base.port) || (this.base.protocol === 'https:' ? 443 : 80),
      },
      // SageMaker gives a model 60 s to answer; a hung local server gets no longer.
      { connections: options.connections, timeoutMs: REQUEST_TIMEOUT_MS },
    );
    this.ping = this.requestBytes('GET', 'ping', {});
  }

  async ready(signal: AbortSignal): Promise<void> {
    const deadline = this.clock.now() + this.readyWithinMs;
    let last = 'no answer yet';
    for (;;) {
      const exited = this.gone();
      if (exited) throw new ModelshipError(`The model server at ${this.description} stopped: ${exited}`);
      try {
        const answer = await this.request(undefined, signal);
        if (answer.status === 200) return;
        last = `GET /ping answered ${answer.status}`;
      } catch (err) {
        if (signal.aborted) throw signal.reason;
        last = (err as Error).message;
      }
      if (this.clock.now() >= deadline) {
        throw new ModelshipError(
          `The model server at ${this.description} was not ready within ${Math.round(this.readyWithinMs / 1000)} s: ${last}.`,
          'Check that it listens on that address and answers GET /ping with 200; no case was run.',
        );
      }
      await this.clock.sleep(PING_INTERVAL_MS, signal);
    }
  }

  async invoke(request: InvocationRequest, signal: AbortSignal): Promise<InvocationOutcome> {
    const started = performance.now();
    try {
      const answer = await this.request(request, signal);
      const latencyMs = performance.now() - started;
      return {
        status: answer.status,
        body: answer.body.toString('utf8'),
        latencyMs,
        errorKind: statusErrorKind(answer.status),
      };
    } catch (err) {
      return {
        status: 0,
        body: '',
        latencyMs: performance.now() - started,
        // A cancelled run aborts the requests in flight with the run's own reason, which has no code.
        errorKind: signal.aborted ? 'Aborted' : exchangeErrorKind(err),
        detail: `POST /invocations failed: ${(err as Error).message}`,
        unanswered: true,
      };
    }
  }

  async stop(): Promise<void> {
    this.pool.stop();
  }

  private request(invocation: InvocationRequest | undefined, signal: AbortSignal): Promise<HttpAnswer> {
    return this.pool.exchange(invocation ? this.invocationBytes(invocation) : this.ping, signal);
  }

  /** A case's request, built once: the load run sends the same few cases thousands of times. */
  private invocationBytes(invocation: InvocationRequest): Buffer {
    let bytes = this.invocations.get(invocation);
    if (!bytes) {
      const headers: Record<string, string> = { 'content-type': invocation.contentType };
      if (invocation.accept) headers.accept = invocation.accept;
      if (invocation.customAttributes)
        headers['x-amzn-sagemaker-custom-attributes'] = invocation.customAttributes;
      bytes = this.requestBytes('POST', 'invocations', headers, invocation.body);
      this.invocations.set(invocation, bytes);
    }
    return bytes;
  }

  private requestBytes(
    method: 'GET' | 'POST',
    route: string,
    headers: Record<string, string>,
    body?: Buffer,
  ): Buffer {
    const path = `${this.base.pathname}${route}`;
    return httpRequestBytes({ method, path, host: this.base.host, headers, body });
  }
}
