import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatTimeOfDay } from './formatDate.ts';

vi.mock('../incident/timeZones.ts', () => ({ getBrowserTimeZone: () => readerZone }));

let readerZone = 'Europe/Berlin';

afterEach(() => {
  readerZone = 'Europe/Berlin';
});

describe('formatDateTime', () => {
  it('writes a moment in the reader’s zone, with the zone', () => {
    expect(formatDateTime('2026-11-20T13:03:00Z')).toBe('20 Nov 2026, 14:03 CET');
    expect(formatDateTime(Date.parse('2026-11-20T13:03:00Z'))).toBe('20 Nov 2026, 14:03 CET');
    readerZone = 'America/New_York';
    expect(formatDateTime('2026-11-20T14:03:00+01:00')).toBe('20 Nov 2026, 08:03 EST');
  });

  it('writes nothing for an unknown date', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(0)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('formatDate', () => {
  it('writes a due date as the calendar day it is, in every zone', () => {
    readerZone = 'America/Los_Angeles';
    expect(formatDate('2026-12-04')).toBe('4 Dec 2026');
  });

  it('writes an instant as the day it is for the reader', () => {
    readerZone = 'Asia/Tokyo';
    expect(formatDate(Date.parse('2026-12-04T20:00:00Z'))).toBe('5 Dec 2026');
  });
});

describe('formatTimeOfDay', () => {
  it('writes the time with the reader’s zone', () => {
    expect(formatTimeOfDay(Date.parse('2026-07-01T08:30:00Z'))).toBe('10:30 CEST');
  });
});
