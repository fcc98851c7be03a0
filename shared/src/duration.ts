/**
 * Whole seconds from `90`, `90s`, `5m`, `1h30m` or `1h 30m 15s`; undefined when the text is not one of
 * those forms. Units go from larger to smaller and appear once, so `5m1h` is rejected rather than guessed.
 */
export function parseDurationSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/i.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** `1h 5m`, `2m 30s`, `45s`: for summaries and progress lines, which a person reads at a glance. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Whole seconds from `startedAtMs` to `nowMs`: the one subtraction behind every duration output. */
export function elapsedSeconds(startedAtMs: number, nowMs: number): number {
  return Math.max(0, Math.round((nowMs - startedAtMs) / 1000));
}

/** `45s`, `2m05s`: the compact elapsed time at the start of a progress line. */
export function formatElapsed(ms: number): string {
  const seconds = elapsedSeconds(0, ms);
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
    : `${seconds}s`;
}
