import type { Logger } from '../logger';

/** A logger that keeps every line, so a test can assert what a user would read. */
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
