import { describe, expect, it } from '@jest/globals';
import { elapsedSeconds, formatDuration, formatElapsed, parseDurationSeconds } from '../src';

describe('parseDurationSeconds', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['5m', 300],
    ['1h30m', 5400],
    ['1h 30m 15s', 5415],
    ['2H', 7200],
    [' 10m ', 600],
  ])('reads %j as %d seconds', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBe(seconds);
  });

  it.each(['', 'soon', '5m1h', '1.5h', '-5s', '5 minutes'])('rejects %j', (text) => {
    expect(parseDurationSeconds(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('writes the largest units a person reads at a glance', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(150)).toBe('2m 30s');
    expect(formatDuration(3900)).toBe('1h 5m');
    expect(formatDuration(3600)).toBe('1h');
    expect(formatDuration(-3)).toBe('0s');
  });
});

describe('elapsedSeconds and formatElapsed', () => {
  it('rounds to whole seconds and never goes negative', () => {
    expect(elapsedSeconds(1_000, 3_600)).toBe(3);
    expect(elapsedSeconds(5_000, 1_000)).toBe(0);
  });

  it('writes minutes with two-digit seconds for progress lines', () => {
    expect(formatElapsed(45_000)).toBe('45s');
    expect(formatElapsed(125_000)).toBe('2m05s');
  });
});
