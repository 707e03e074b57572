import { describe, expect, it } from 'vitest';
import { formatInTimeZone } from './formatInTimeZone.ts';

describe('formatInTimeZone', () => {
  it('shows the instant as a clock in the zone does, with the zone', () => {
    const text = formatInTimeZone('2026-11-20T14:12:00Z', 'Europe/Berlin');
    expect(text).toMatch(/Fri/);
    expect(text).toMatch(/20 Nov 2026/);
    expect(text).toMatch(/15:12/);
    expect(text).toMatch(/CET|GMT\+1/);
  });

  it('shows an incident spanning midnight on the right days', () => {
    expect(formatInTimeZone('2026-11-20T22:50:00Z', 'Europe/Berlin')).toMatch(/20 Nov.*23:50/);
    expect(formatInTimeZone('2026-11-20T23:10:00Z', 'Europe/Berlin')).toMatch(/21 Nov.*00:10/);
    expect(formatInTimeZone('2026-11-20T23:10:00Z', 'America/Los_Angeles')).toMatch(/20 Nov.*15:10/);
  });

  it('follows daylight saving', () => {
    expect(formatInTimeZone('2026-07-01T12:00:00Z', 'Europe/Berlin')).toMatch(/14:00 CEST|14:00 GMT\+2/);
    expect(formatInTimeZone('2026-12-01T12:00:00Z', 'Europe/Berlin')).toMatch(/13:00 CET|13:00 GMT\+1/);
  });

  it('accepts an offset instant, another locale and other fields', () => {
    expect(
      formatInTimeZone('2026-11-20T15:12:00+01:00', 'UTC', 'en-US', { hour: 'numeric', minute: '2-digit' }),
    ).toMatch(/2:12\sPM/);
    expect(formatInTimeZone('2026-11-20T14:12:00Z', 'Europe/Berlin', 'de-DE', { dateStyle: 'long' })).toBe(
      '20. November 2026',
    );
  });

  it('throws RangeError for an invalid instant or zone', () => {
    expect(() => formatInTimeZone('yesterday', 'UTC')).toThrow(RangeError);
    expect(() => formatInTimeZone('2026-11-20T14:12:00Z', 'Not/AZone')).toThrow(RangeError);
  });
});
