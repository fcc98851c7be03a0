import { ExchangeError, KeepAliveConnection, type HttpAnswer, type HttpOrigin } from './keepAliveConnection';

interface Waiter {
  signal: AbortSignal;
  resolve(connection: KeepAliveConnection): void;
  reject(err: Error): void;
}

/**
 * Up to `connections` keep-alive connections to one origin, each reused from request to request: the
 * load run keeps exactly that many requests in flight, so it measures the model, not TCP handshakes.
 * A run's signal ends every exchange in flight when it aborts, through one listener per signal, not
 * one per request (adding and removing a listener per request cost a tenth of an exchange).
 */
export class HttpConnectionPool {
  private readonly idle: KeepAliveConnection[] = [];
  private readonly busy = new Set<KeepAliveConnection>();
  private readonly waiting: Waiter[] = [];
  private readonly watched = new WeakSet<AbortSignal>();
  private stopped = false;

  constructor(
    private readonly origin: HttpOrigin,
    private readonly options: { connections: number; timeoutMs: number },
  ) {}

  exchange(request: Buffer, signal: AbortSignal): Promise<HttpAnswer> {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    if (this.stopped) return Promise.reject(new ExchangeError('the connection pool is stopped', 'Aborted'));
    this.watch(signal);
    const connection = this.idle.pop() ?? this.openIfRoom();
    if (connection) return this.exchangeOn(connection, request);
    return this.waitForConnection(signal).then((free) => this.exchangeOn(free, request));
  }

  /** Closes every connection; exchanges in flight fail. */
  stop(): void {
    this.stopped = true;
    const reason = new ExchangeError('the connection pool is stopped', 'Aborted');
    for (const connection of [...this.idle, ...this.busy]) connection.destroy(reason);
    for (const waiter of this.waiting.splice(0)) waiter.reject(reason);
  }

  private exchangeOn(connection: KeepAliveConnection, request: Buffer): Promise<HttpAnswer> {
    this.busy.add(connection);
    return connection.exchange(request);
  }

  private openIfRoom(): KeepAliveConnection | undefined {
    if (this.idle.length + this.busy.size >= this.options.connections) return undefined;
    return new KeepAliveConnection(this.origin, this.options.timeoutMs, {
      idle: (connection) => this.release(connection),
      closed: (connection) => this.forget(connection),
    });
  }

  private waitForConnection(signal: AbortSignal): Promise<KeepAliveConnection> {
    return new Promise((resolve, reject) => this.waiting.push({ signal, resolve, reject }));
  }

  /** A connection free again goes to the longest waiter, or back to the idle ones. */
  private release(connection: KeepAliveConnection): void {
    this.busy.delete(connection);
    const waiter = this.waiting.shift();
    if (waiter) {
      this.busy.add(connection);
      waiter.resolve(connection);
    } else this.idle.push(connection);
  }

  /** A closed connection leaves room for a new one, which a waiter gets. */
  private forget(connection: KeepAliveConnection): void {
    this.busy.delete(connection);
    const index = this.idle.indexOf(connection);
    if (index !== -1) this.idle.splice(index, 1);
    if (this.stopped || this.waiting.length === 0) return;
    const fresh = this.openIfRoom();
    if (fresh) this.waiting.shift()?.resolve(fresh);
  }

  private watch(signal: AbortSignal): void {
    if (this.watched.has(signal)) return;
    this.watched.add(signal);
    signal.addEventListener('abort', () => this.abort(signal), { once: true });
  }

  private abort(signal: AbortSignal): void {
    const reason = signal.reason as Error;
    // Waiters first: a connection destroyed below would otherwise be replaced and handed to one of them.
    const waiters = this.waiting.splice(0);
    for (const waiter of waiters) {
      if (waiter.signal === signal) waiter.reject(reason);
      else this.waiting.push(waiter);
    }
    for (const connection of [...this.busy]) connection.destroy(reason);
  }
}
