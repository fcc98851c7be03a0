/** One AWS request as the emulator saw it, for `GET /_emulator/requests` and test assertions. */
export interface LoggedRequest {
  time: number;
  service: string;
  operation: string;
  params: unknown;
  status: number;
  errorCode?: string;
  durationMs: number;
}

/** Bounded, so that a long benchmark cannot grow the server's memory without limit. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly capacity = 20_000) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(filter: { service?: string; operation?: string } = {}): LoggedRequest[] {
    return this.entries.filter(
      (e) =>
        (!filter.service || e.service === filter.service) &&
        (!filter.operation || e.operation === filter.operation),
    );
  }

  clear(): void {
    this.entries = [];
  }
}
