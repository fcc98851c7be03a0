import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { ModelshipError, type Clock } from '@modelship/shared';
import {
  statusErrorKind,
  type InvocationOutcome,
  type InvocationRequest,
  type InvocationTarget,
} from './ports';

/** How often GET /ping is retried while the server starts. */
const PING_INTERVAL_MS = 250;
const REQUEST_TIMEOUT_MS = 60_000;

interface RawAnswer {
  status: number;
  body: Buffer;
}

/**
 * A model server that speaks the SageMaker container contract over HTTP: GET /ping answers 200 once
 * it is ready, POST /invocations predicts. Connections are kept alive and shared by the load run's
 * workers, so the load generator measures the model, not TCP handshakes.
 */
export class HttpModelServer implements InvocationTarget {
  readonly description: string;
  private readonly agent: http.Agent;
  private readonly base: URL;
  private readonly send: typeof http.request;

  constructor(
    url: string,
    private readonly clock: Clock,
    private readonly readyWithinMs: number,
    /** Why the server will never answer (its process exited), checked between pings. */
    private readonly gone: () => string | undefined = () => undefined,
  ) {
    this.base = new URL(url.endsWith('/') ? url : `${url}/`);
    this.description = url;
    const transport = this.base.protocol === 'https:' ? https : http;
    this.agent = new transport.Agent({ keepAlive: true, maxSockets: 256 });
    this.send = transport.request;
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
      const code = (err as NodeJS.ErrnoException).code ?? 'RequestFailed';
      return {
        status: 0,
        body: '',
        latencyMs: performance.now() - started,
        errorKind: code,
        detail: `POST /invocations failed: ${(err as Error).message}`,
        unanswered: true,
      };
    }
  }

  async stop(): Promise<void> {
    this.agent.destroy();
  }

  private request(
    method: 'GET' | 'POST',
    route: string,
    invocation: InvocationRequest | undefined,
    signal: AbortSignal,
  ): Promise<RawAnswer> {
    const headers: Record<string, string> = {};
    if (invocation) {
      headers['content-type'] = invocation.contentType;
      headers['content-length'] = String(invocation.body.length);
      if (invocation.accept) headers.accept = invocation.accept;
      if (invocation.customAttributes)
        headers['x-amzn-sagemaker-custom-attributes'] = invocation.customAttributes;
    }
    return new Promise((resolve, reject) => {
      const req = this.send(
        {
          protocol: this.base.protocol,
          hostname: this.base.hostname,
          port: this.base.port,
          path: `${this.base.pathname}${route}`,
          method,
          headers,
          agent: this.agent,
          signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      // SageMaker gives a model 60 s to answer; a hung local server gets no longer.
      req.setTimeout(REQUEST_TIMEOUT_MS, () =>
        req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)),
      );
      req.on('error', reject);
      req.end(invocation?.body);
    });
  }
}
