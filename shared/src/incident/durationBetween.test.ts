import { describe, expect, it } from 'vitest';
import { durationBetween } from './durationBetween.ts';

describe('durationBetween', () => {
  it('counts real elapsed time, across offsets and a DST change', () => {
    expect(durationBetween('2026-11-20T14:00:00Z', '2026-11-20T16:15:00Z')).toBe(8_100_000);
    expect(durationBetween('2026-11-20T15:00:00+01:00', '2026-11-20T14:30:00Z')).toBe(30 * 60_000);
    // 01:00 to 04:00 Berlin wall time on the spring-forward night is two real hours.
    expect(durationBetween('2026-03-29T01:00:00+01:00', '2026-03-29T04:00:00+02:00')).toBe(2 * 3_600_000);
  });

  it('is negative when the end is earlier, null when either end is missing or not an instant', () => {
    expect(durationBetween('2026-11-20T16:00:00Z', '2026-11-20T14:00:00Z')).toBe(-2 * 3_600_000);
    expect(durationBetween(null, '2026-11-20T14:00:00Z')).toBeNull();
    expect(durationBetween('2026-11-20T14:00:00Z', undefined)).toBeNull();
    expect(durationBetween('2026-11-20', '2026-11-21')).toBeNull();
  });
});
