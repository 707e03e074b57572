import { describe, expect, it } from 'vitest';
import { normalizeInstant, parseInstant, parseZonedInstant } from './zonedInstant.ts';

describe('zoned instants', () => {
  it('normalizes any offset to UTC', () => {
    expect(normalizeInstant('2026-11-20T15:12:00+01:00')).toBe('2026-11-20T14:12:00.000Z');
    expect(normalizeInstant('2026-11-20T14:12Z')).toBe('2026-11-20T14:12:00.000Z');
    expect(parseInstant('2026-11-20T14:12:00.250Z')).toBe(Date.UTC(2026, 10, 20, 14, 12, 0, 250));
  });

  it('refuses a date-time without a zone, an impossible date and other values', () => {
    for (const value of ['2026-11-20T14:12:00', '2026-02-30T10:00:00Z', 'now', '', 12, null]) {
      expect(parseInstant(value)).toBeNull();
    }
  });

  it('reads a stored { at, timeZone } and refuses a broken one', () => {
    expect(parseZonedInstant({ at: '2026-11-20T15:12:00+01:00', timeZone: 'europe/berlin' })).toEqual({
      at: '2026-11-20T14:12:00.000Z',
      timeZone: 'Europe/Berlin',
    });
    expect(parseZonedInstant({ at: '2026-11-20T15:12:00Z', timeZone: 'Moon/Base' })).toBeNull();
    expect(parseZonedInstant({ at: 'soon', timeZone: 'UTC' })).toBeNull();
    expect(parseZonedInstant('2026-11-20T15:12:00Z')).toBeNull();
    expect(parseZonedInstant(null)).toBeNull();
  });
});
