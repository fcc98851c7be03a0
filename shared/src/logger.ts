import * as core from '@actions/core';

/** Logging as the core functions see it; `main` hands in the Actions one, tests a recording one. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};

export class RecordingLogger implements Logger {
  readonly lines: Array<{ level: 'info' | 'warning' | 'error' | 'debug' | 'group'; message: string }> = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name });
    return fn();
  }
  text(level?: 'info' | 'warning' | 'error' | 'debug'): string {
    return this.lines
      .filter((l) => !level || l.level === level)
      .map((l) => l.message)
      .join('\n');
  }
}
