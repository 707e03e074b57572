import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [59_400, '59 s'],
    [59_600, '1 min'],
    [12 * MIN, '12 min'],
    [12 * MIN + 29_000, '12 min'],
    [12 * MIN + 31_000, '13 min'],
    [59 * MIN + 40_000, '1 h'],
    [2 * HOUR + 15 * MIN, '2 h 15 min'],
    [2 * HOUR, '2 h'],
    [23 * HOUR + 59 * MIN, '23 h 59 min'],
    [23 * HOUR + 59 * MIN + 40_000, '1 d'],
    [DAY + 3 * HOUR, '1 d 3 h'],
    [DAY + 3 * HOUR + 29 * MIN, '1 d 3 h'],
    [DAY + 3 * HOUR + 31 * MIN, '1 d 4 h'],
    [3 * DAY, '3 d'],
    [2 * DAY + 23 * HOUR + 45 * MIN, '3 d'],
    [-(2 * HOUR + 15 * MIN), '-2 h 15 min'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('is empty for what is not a number of milliseconds', () => {
    expect(formatDuration(Number.NaN)).toBe('');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('');
  });
});
