import net from 'node:net';
import tls from 'node:tls';
import { HTTPParser } from 'http-parser-js';

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

export interface HttpOrigin {
  secure: boolean;
  hostname: string;
  port: number;
}

/** A failed exchange and its kind, as the load run counts errors. */
export class ExchangeError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
  }
}

/** What a connection tells its pool: it can take another request, or it is gone. */
export interface ConnectionEvents {
  idle(connection: KeepAliveConnection): void;
  closed(connection: KeepAliveConnection): void;
}

interface PendingExchange {
  resolve(answer: HttpAnswer): void;
  reject(err: Error): void;
}

/**
 * One keep-alive HTTP/1.1 connection carrying one exchange at a time: the request is written as one
 * buffer built once per case, and the answer parsed by http-parser-js, the parser autocannon uses. A
 * general-purpose client (undici) cost three times the CPU per request on a 2-core machine, where every
 * cycle the load generator spends is taken from the model server it measures.
 */
export class KeepAliveConnection {
  private readonly socket: net.Socket;
  private readonly parser = new HTTPParser(HTTPParser.RESPONSE);
  private pending: PendingExchange | undefined;
  private status = 0;
  private chunks: Buffer[] = [];
  private keepAlive = true;
  private closed = false;

  constructor(
    origin: HttpOrigin,
    private readonly timeoutMs: number,
    private readonly events: ConnectionEvents,
  ) {
    const { hostname: host, port } = origin;
    this.socket = origin.secure
      ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host })
      : net.connect({ host, port });
    this.socket.setNoDelay(true);
    // Reset by every read and write: an answer slower than this, or an idle connection, is closed.
    this.socket.setTimeout(timeoutMs);
    this.parser[HTTPParser.kOnHeadersComplete] = (info) => {
      this.status = info.statusCode;
      this.keepAlive = info.shouldKeepAlive;
    };
    this.parser[HTTPParser.kOnBody] = (chunk, offset, length) => {
      this.chunks.push(chunk.subarray(offset, offset + length));
    };
    this.parser[HTTPParser.kOnMessageComplete] = () => this.answered();
    this.listen();
  }

  /** Sends a whole request and resolves with the whole answer; one at a time per connection. */
  exchange(request: Buffer): Promise<HttpAnswer> {
    if (this.closed) return Promise.reject(new ExchangeError('the connection is closed', 'ConnectionClosed'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  /** Ends the connection; an exchange in flight fails with the reason. */
  destroy(reason: Error): void {
    this.fail(reason);
  }

  private listen(): void {
    this.socket.on('data', (data: Buffer) => {
      const parsed = this.parser.execute(data);
      if (parsed instanceof Error)
        this.fail(new ExchangeError(`unreadable answer: ${parsed.message}`, 'BadResponse'));
    });
    const closedWithoutAnswer = () =>
      this.fail(new ExchangeError('the server closed the connection without an answer', 'ConnectionClosed'));
    // An answer without a length ends with the connection.
    this.socket.on('end', () => {
      if (this.pending) this.parser.finish();
      closedWithoutAnswer();
    });
    this.socket.on('timeout', () =>
      this.fail(new ExchangeError(`no answer within ${Math.round(this.timeoutMs / 1000)} s`, 'Timeout')),
    );
    this.socket.on('error', (err) => this.fail(err));
    this.socket.on('close', closedWithoutAnswer);
  }

  private answered(): void {
    // An informational 1xx answer comes before the real one on the same exchange.
    if (this.status < 200 && this.status !== 101) return this.resetAnswer();
    const pending = this.pending;
    const answer = {
      status: this.status,
      body: this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks),
    };
    this.pending = undefined;
    this.resetAnswer();
    if (this.keepAlive) this.events.idle(this);
    else this.fail(new ExchangeError('the server closed the connection', 'ConnectionClosed'));
    pending?.resolve(answer);
  }

  private resetAnswer(): void {
    this.status = 0;
    this.chunks = [];
  }

  private fail(err: Error): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!this.closed) {
      this.closed = true;
      this.socket.destroy();
      this.events.closed(this);
    }
    pending?.reject(err);
  }
}

/** Connection resets are the server closing on us; other system errors keep their code (ECONNREFUSED). */
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE']);

/** The kind of a failed exchange, for the errors-by-kind table. */
export function exchangeErrorKind(err: unknown): string {
  if (err instanceof ExchangeError) return err.kind;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && CLOSED_CODES.has(code)) return 'ConnectionClosed';
  return code || 'RequestFailed';
}
