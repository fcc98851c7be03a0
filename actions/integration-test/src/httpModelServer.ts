import { performance } from 'node:perf_hooks';
import { ModelshipError, type Clock } from '@modelship/shared';
import type { Dispatcher, Pool } from 'undici';
import { exchange, exchangeErrorKind, InFlightExchanges, type HttpAnswer } from './httpExchange';
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
 * it is ready, POST /invocations predicts. Requests go through one undici pool of keep-alive
 * connections, one per request in flight (the load run's concurrency), reused from request to request, so the load generator measures the model, not TCP handshakes. undici is loaded on first use:
 * an endpoint run never needs it, and the action's cold start does not pay for it.
 */
export class HttpModelServer implements InvocationTarget {
  readonly description: string;
  private readonly base: URL;
  private pool: Pool | undefined;
  private readonly inFlight = new InFlightExchanges();
  private readonly invocations = new WeakMap<InvocationRequest, Dispatcher.DispatchOptions>();

  private readonly clock: Clock;
  private readonly readyWithinMs: number;
  private readonly connections: number;

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
    this.connections = options.connections;
  }

  async ready(signal: AbortSignal): Promise<void> {
    const deadline = this.clock.now() + this.readyWithinMs;
    let last = 'no answer yet';
    for (;;) {
      const exited = this.gone();
      if (exited) throw new ModelshipError(`The model server at ${this.description} stopped: ${exited}`);
      try {
        const answer = await this.request('GET', 'ping', undefined, signal);
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
      const answer = await this.request('POST', 'invocations', request, signal);
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
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  private request(
    method: 'GET' | 'POST',
    route: string,
    invocation: InvocationRequest | undefined,
    signal: AbortSignal,
  ): Promise<HttpAnswer> {
    const options = invocation ? this.invocationOptions(invocation) : this.options(method, route, {});
    // No await once the pool is open: a promise less per request of the load run.
    if (this.pool) return exchange(this.pool, options, signal, this.inFlight);
    return this.openPool().then((pool) => exchange(pool, options, signal, this.inFlight));
  }

  /** A case's request, built once: the load run sends the same few cases thousands of times. */
  private invocationOptions(invocation: InvocationRequest): Dispatcher.DispatchOptions {
    let options = this.invocations.get(invocation);
    if (!options) {
      const headers: Record<string, string> = { 'content-type': invocation.contentType };
      if (invocation.accept) headers.accept = invocation.accept;
      if (invocation.customAttributes)
        headers['x-amzn-sagemaker-custom-attributes'] = invocation.customAttributes;
      options = this.options('POST', 'invocations', headers, invocation.body);
      this.invocations.set(invocation, options);
    }
    return options;
  }

  private options(
    method: 'GET' | 'POST',
    route: string,
    headers: Record<string, string>,
    body?: Buffer,
  ): Dispatcher.DispatchOptions {
    const path = `${this.base.pathname}${route}`;
    // SageMaker gives a model 60 s to answer; a hung local server gets no longer.
    const timeouts = { headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS };
    return { method, path, headers, body, ...timeouts };
  }

  private async openPool(): Promise<Pool> {
    const { Pool } = await import('undici');
    // Never more connections than requests in flight: a request finds its connection free again
    // only a tick after the answer, and an unbounded pool would open a new one in that tick.
    this.pool ??= new Pool(this.base.origin, { connections: this.connections });
    return this.pool;
  }
}
