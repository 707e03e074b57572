import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatZonedClock,
  formatZonedDate,
  formatZonedDateTime,
  formatZonedTime,
  formatZoneName,
} from './formatZonedDateTime.ts';

describe('formatZonedDateTime', () => {
  it('writes day, short month, year, a 24-hour clock and the zone people use there', () => {
    expect(formatZonedDateTime('2026-12-05T13:03:00Z', 'Europe/Berlin')).toBe('5 Dec 2026, 14:03 CET');
    expect(formatZonedDateTime('2026-07-05T13:03:00Z', 'Europe/Berlin')).toBe('5 Jul 2026, 15:03 CEST');
    expect(formatZonedDateTime('2026-12-05T23:30:00Z', 'America/New_York')).toBe('5 Dec 2026, 18:30 EST');
    expect(formatZonedDateTime('2026-12-05T00:05:00Z', 'UTC')).toBe('5 Dec 2026, 00:05 UTC');
    expect(formatZonedDateTime('2026-09-05T13:03:00Z', 'Europe/London')).toBe('5 Sep 2026, 14:03 BST');
  });

  it('falls back to the offset from UTC where the zone has no common abbreviation', () => {
    expect(formatZonedDateTime('2026-12-05T14:03:00Z', 'Asia/Kolkata')).toBe('5 Dec 2026, 19:33 UTC+05:30');
    expect(formatZonedDateTime('2026-12-05T14:03:00Z', 'America/Sao_Paulo')).toBe('5 Dec 2026, 11:03 UTC-03:00');
  });

  it('crosses midnight into the zone’s own day', () => {
    expect(formatZonedDateTime('2026-12-31T23:30:00Z', 'Asia/Tokyo')).toBe('1 Jan 2027, 08:30 UTC+09:00');
  });

  it('writes nothing for an unreadable instant or zone', () => {
    expect(formatZonedDateTime('yesterday', 'Europe/Berlin')).toBe('');
    expect(formatZonedDateTime('2026-12-05T13:03:00Z', 'Mars/Olympus')).toBe('');
  });
});

describe('the parts of a moment', () => {
  const at = '2026-11-23T09:05:00Z';

  it('each in the same style', () => {
    expect(formatZonedDate(at, 'Europe/Berlin')).toBe('23 Nov 2026');
    expect(formatZonedDate(at, 'Europe/Berlin', { weekday: true })).toBe('Mon 23 Nov 2026');
    expect(formatZonedClock(at, 'Europe/Berlin')).toBe('10:05');
    expect(formatZoneName(at, 'Europe/Berlin')).toBe('CET');
    expect(formatZonedTime(at, 'Europe/Berlin')).toBe('10:05 CET');
  });

  it('take the day from the zone, not from UTC', () => {
    expect(formatZonedDate('2026-11-23T23:30:00Z', 'Australia/Sydney', { weekday: true })).toBe('Tue 24 Nov 2026');
  });
});

describe('formatCalendarDay', () => {
  it('writes a date without a time, as due dates are', () => {
    expect(formatCalendarDay('2026-12-04')).toBe('4 Dec 2026');
    expect(formatCalendarDay('2026-12-04', { weekday: true })).toBe('Fri 4 Dec 2026');
  });

  it('writes nothing for a date that does not exist', () => {
    expect(formatCalendarDay('2026-02-30')).toBe('');
    expect(formatCalendarDay('4 Dec')).toBe('');
  });
});
