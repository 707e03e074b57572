import { describe, expect, it } from 'vitest';
import { formatCountdown } from './formatCountdown.ts';

describe('formatCountdown', () => {
  it.each([
    [10 * 60_000, '10:00'],
    [9 * 60_000 + 5_000, '09:05'],
    [59_001, '01:00'],
    [999, '00:01'],
    [0, '00:00'],
    [-1, '+0:00 over'],
    [-65_000, '+1:05 over'],
    [-(12 * 60_000 + 3_400), '+12:03 over'],
    [90 * 60_000, '1:30:00'],
    [-(61 * 60_000), '+1:01:00 over'],
  ])('%i ms → %s', (remainingMs, text) => {
    expect(formatCountdown(remainingMs)).toBe(text);
  });
});
