import type { LogStore } from '../../environment';

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
}

export interface LogStream {
  name: string;
  creationTime: number;
  events: LogEvent[];
}

export interface LogGroup {
  name: string;
  creationTime: number;
  streams: Map<string, LogStream>;
}

/** Log groups and streams; model and training processes append here as they print. */
export class InMemoryLogStore implements LogStore {
  readonly groups = new Map<string, LogGroup>();

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
      stream = { name, creationTime: this.now(), events: [] };
      group.streams.set(name, stream);
    }
    return stream;
  }

  append(groupName: string, streamName: string, message: string, timestamp: number): void {
    const group = this.group(groupName, true) as LogGroup;
    const stream = this.stream(group, streamName, true) as LogStream;
    stream.events.push({ timestamp, message, ingestionTime: this.now() });
    // A chatty model must not grow the emulator without bound.
    if (stream.events.length > 50_000) stream.events.splice(0, stream.events.length - 50_000);
  }

  clear(): void {
    this.groups.clear();
  }
}
