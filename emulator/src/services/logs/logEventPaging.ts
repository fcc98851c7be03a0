import type { LogEvent, LogStream } from './logStore';

export interface GetLogEventsOptions {
  nextToken?: string;
  startFromHead?: boolean;
  limit: number;
  startTime?: number;
  endTime?: number;
}

export interface LogEventsPage {
  events: LogEvent[];
  nextForwardToken: string;
  nextBackwardToken: string;
}

const token = (direction: 'f' | 'b', position: number) =>
  `${direction}/${String(position).padStart(20, '0')}`;

/** `f/…` and `b/…` as handed out below; undefined for anything else (an invalid token). */
export function parseLogToken(value: string): { direction: 'f' | 'b'; position: number } | undefined {
  const match = /^([fb])\/(\d{1,20})$/.exec(value);
  return match ? { direction: match[1] as 'f' | 'b', position: Number(match[2]) } : undefined;
}

/**
 * GetLogEvents paging over stream positions. A forward token names the position after the last event
 * returned, so a follower that keeps passing nextForwardToken gets only new events, and gets the same
 * token back when there are none (which is how SDK paginators and `aws logs tail` know to stop or wait).
 * A backward token names the first event returned; paging with it goes towards older events.
 */
export function getLogEventsPage(stream: LogStream, options: GetLogEventsOptions): LogEventsPage {
  const end = stream.firstPosition + stream.events.length;
  const inRange = stream.events
    .map((event, i) => ({ event, position: stream.firstPosition + i }))
    .filter(
      ({ event }) =>
        (options.startTime === undefined || event.timestamp >= options.startTime) &&
        (options.endTime === undefined || event.timestamp < options.endTime),
    );
  const parsed = options.nextToken ? parseLogToken(options.nextToken) : undefined;
  let page: typeof inRange;
  if (parsed?.direction === 'f' || (!parsed && options.startFromHead)) {
    const from = parsed?.position ?? 0;
    page = inRange.filter((e) => e.position >= from).slice(0, options.limit);
  } else {
    const before = parsed?.position ?? end;
    const older = inRange.filter((e) => e.position < before);
    page = older.slice(Math.max(0, older.length - options.limit));
  }
  const first = page[0]?.position;
  const last = page.at(-1)?.position;
  const unchanged = (direction: 'f' | 'b') =>
    parsed && parsed.direction === direction
      ? (options.nextToken as string)
      : token(direction, direction === 'f' ? end : (parsed?.position ?? end));
  return {
    events: page.map((e) => e.event),
    nextForwardToken: last === undefined ? unchanged('f') : token('f', last + 1),
    nextBackwardToken: first === undefined ? unchanged('b') : token('b', first),
  };
}
