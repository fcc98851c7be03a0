import type { Dispatcher } from 'undici';

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

/**
 * The exchanges in flight, each ended when the signal of its run aborts. One listener per signal,
 * not one per request: the load run sends thousands of requests a second, and adding and removing
 * an AbortSignal listener cost more than a tenth of what undici spends on a request.
 */
export class InFlightExchanges {
  private readonly aborts = new Set<(reason: Error) => void>();
  private readonly watched = new WeakSet<AbortSignal>();

  watch(signal: AbortSignal): void {
    if (this.watched.has(signal)) return;
    this.watched.add(signal);
    signal.addEventListener(
      'abort',
      () => {
        for (const abort of this.aborts) abort(signal.reason as Error);
      },
      { once: true },
    );
  }

  add(abort: (reason: Error) => void): void {
    this.aborts.add(abort);
  }

  delete(abort: ((reason: Error) => void) | undefined): void {
    if (abort) this.aborts.delete(abort);
  }
}

/**
 * One request and its whole answer through an undici dispatcher (a keep-alive pool). It uses the
 * dispatcher's handler callbacks rather than `request()`: a response stream per request cost more
 * CPU than the model server it measures, and on a small machine that CPU is taken from the server.
 * The body is still read to its end, so the connection is reused and the latency covers the answer.
 */
export function exchange(
  dispatcher: Dispatcher,
  request: Dispatcher.DispatchOptions,
  signal: AbortSignal,
  inFlight: InFlightExchanges,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    inFlight.watch(signal);
    const chunks: Buffer[] = [];
    let status = 0;
    let abortExchange: ((reason: Error) => void) | undefined;
    dispatcher.dispatch(request, {
      onConnect: (abort) => {
        abortExchange = abort;
        if (signal.aborted) abort(signal.reason as Error);
        else inFlight.add(abort);
      },
      // An informational 1xx answer comes first when there is one; the last status is the answer's.
      onHeaders: (statusCode) => {
        status = statusCode;
        return true;
      },
      onData: (chunk) => {
        chunks.push(chunk);
        return true;
      },
      onComplete: () => {
        inFlight.delete(abortExchange);
        resolve({ status, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
      },
      onError: (err) => {
        inFlight.delete(abortExchange);
        reject(err);
      },
    });
  });
}

/** undici's error codes as the load run's error kinds; a system error keeps its own (ECONNREFUSED). */
const ERROR_KINDS: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'Timeout',
  UND_ERR_HEADERS_TIMEOUT: 'Timeout',
  UND_ERR_BODY_TIMEOUT: 'Timeout',
  UND_ERR_SOCKET: 'ConnectionClosed',
  UND_ERR_ABORTED: 'Aborted',
};

/** The kind of a failed exchange, for the errors-by-kind table. */
export function exchangeErrorKind(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return (code && (ERROR_KINDS[code] ?? code)) || 'RequestFailed';
}
