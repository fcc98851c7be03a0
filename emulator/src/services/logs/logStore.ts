import type { LogStore } from '../../environment';

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
}

export interface LogStream {
  name: string;
  /** Distinguishes streams in event ids. */
  id: number;
  creationTime: number;
  events: LogEvent[];
  /**
   * Position of `events[0]` in the stream. Positions never change, so that paging tokens (which are
   * positions) stay valid when old events are dropped.
   */
  firstPosition: number;
}

export interface LogGroup {
  name: string;
  creationTime: number;
  retentionInDays?: number;
  streams: Map<string, LogStream>;
}

/** A chatty model must not grow the emulator without bound. */
const MAX_EVENTS_PER_STREAM = 50_000;

/** Log groups and streams; model and training processes append here as they print. */
export class InMemoryLogStore implements LogStore {
  readonly groups = new Map<string, LogGroup>();
  private nextStreamId = 1;

  constructor(private readonly now: () => number) {}

  group(name: string, create = false): LogGroup | undefined {
    let group = this.groups.get(name);
    if (!group && create) {
      group = { name, creationTime: this.now(), streams: new Map() };
      this.groups.set(name, group);
    }
    return group;
  }

  stream(group: LogGroup, name: string, create = false): LogStream | undefined {
    let stream = group.streams.get(name);
    if (!stream && create) {
      stream = { name, id: this.nextStreamId++, creationTime: this.now(), events: [], firstPosition: 0 };
      group.streams.set(name, stream);
    }
    return stream;
  }

  append(groupName: string, streamName: string, message: string, timestamp: number): void {
    const group = this.group(groupName, true) as LogGroup;
    this.appendTo(this.stream(group, streamName, true) as LogStream, [{ timestamp, message }]);
  }

  appendTo(stream: LogStream, events: Array<{ timestamp: number; message: string }>): void {
    const ingestionTime = this.now();
    for (const event of events) stream.events.push({ ...event, ingestionTime });
    const excess = stream.events.length - MAX_EVENTS_PER_STREAM;
    if (excess > 0) {
      stream.events.splice(0, excess);
      stream.firstPosition += excess;
    }
  }

  clear(): void {
    this.groups.clear();
  }
}
