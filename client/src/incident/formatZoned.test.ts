import { formatDuration } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { formatSinceStart, formatZoned } from './formatZoned.ts';

const at = '2026-11-23T13:03:00.000Z';

describe('formatZoned', () => {
  it('writes the moment in its own zone', () => {
    expect(formatZoned(at, 'Europe/Berlin', 'time')).toBe('14:03');
    expect(formatZoned(at, 'Europe/Berlin', 'zone')).toBe('CET');
    expect(formatZoned(at, 'Europe/Berlin', 'timeWithZone')).toBe('14:03 CET');
    expect(formatZoned(at, 'Europe/Berlin', 'date')).toBe('23 Nov 2026');
    expect(formatZoned(at, 'Europe/Berlin', 'weekdayDate')).toBe('Mon 23 Nov 2026');
    expect(formatZoned(at, 'Europe/Berlin', 'full')).toBe('23 Nov 2026, 14:03 CET');
    expect(formatZoned(at, 'Asia/Kolkata', 'full')).toBe('23 Nov 2026, 18:33 UTC+05:30');
    expect(formatZoned(at, 'Asia/Tokyo', 'time')).toBe('22:03');
    expect(formatZoned('2026-11-23T23:10:00Z', 'Europe/Berlin', 'day')).toBe('2026-11-24');
    expect(formatZoned('2026-11-23T23:10:00Z', 'Asia/Tokyo', 'date')).toBe('24 Nov 2026');
  });

  it('gives an empty string for what it cannot read', () => {
    expect(formatZoned('yesterday', 'UTC', 'time')).toBe('');
    expect(formatZoned(at, 'Nowhere/Land', 'time')).toBe('');
  });
});

describe('formatSinceStart', () => {
  it('counts from the start of the incident', () => {
    expect(formatSinceStart(12 * 60_000, formatDuration)).toBe('T+12 min');
    expect(formatSinceStart(-5 * 60_000, formatDuration)).toBe('T−5 min');
    expect(formatSinceStart(10_000, formatDuration)).toBe('T+0');
    expect(formatSinceStart(26 * 3_600_000, formatDuration)).toBe('T+1 d 2 h');
  });
});
