import { describe, expect, it } from 'vitest';
import { zonedWallTimeToUtc } from './zonedWallTimeToUtc.ts';

describe('zonedWallTimeToUtc', () => {
  it.each([
    ['2026-11-20', '14:03', 'Europe/Berlin', '2026-11-20T13:03:00.000Z'],
    ['2026-07-20', '14:03', 'Europe/Berlin', '2026-07-20T12:03:00.000Z'],
    ['2026-11-20', '09:12', 'UTC', '2026-11-20T09:12:00.000Z'],
    ['2026-11-20', '23:30', 'America/New_York', '2026-11-21T04:30:00.000Z'],
    ['2026-11-20', '08:00', 'Asia/Kolkata', '2026-11-20T02:30:00.000Z'],
    ['2026-11-20', '08:00', 'Asia/Kathmandu', '2026-11-20T02:15:00.000Z'],
    ['2026-11-20', '9:05', 'UTC', '2026-11-20T09:05:00.000Z'],
    ['2026-11-20', '09:05:27', 'UTC', '2026-11-20T09:05:27.000Z'],
    ['2028-02-29', '12:00', 'Pacific/Auckland', '2028-02-28T23:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(zonedWallTimeToUtc(date, time, zone)).toBe(expected);
  });

  it('moves a time skipped by the spring-forward change forward by the gap', () => {
    // Berlin jumps from 02:00 CET to 03:00 CEST on 29 March 2026: 02:30 does not exist and reads as 03:30 CEST.
    expect(zonedWallTimeToUtc('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedWallTimeToUtc('2026-03-29', '01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:00.000Z');
    expect(zonedWallTimeToUtc('2026-03-29', '03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedWallTimeToUtc('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of the two instants in the autumn overlap', () => {
    // 02:30 happens twice in Berlin on 25 October 2026: first in CEST (00:30Z), then in CET (01:30Z).
    expect(zonedWallTimeToUtc('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedWallTimeToUtc('2026-10-25', '03:00', 'Europe/Berlin')).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedWallTimeToUtc('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles zones whose change is not at 02:00 and a whole day skipped', () => {
    // Lord Howe Island moves its clocks by half an hour: 02:00 → 02:30 on 4 October 2026, back again on 5 April.
    expect(zonedWallTimeToUtc('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:45:00.000Z');
    expect(zonedWallTimeToUtc('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
    // Samoa skipped 30 December 2011 entirely.
    expect(zonedWallTimeToUtc('2011-12-30', '12:00', 'Pacific/Apia')).toBe('2011-12-30T22:00:00.000Z');
  });

  it.each([
    ['2026-02-30', '10:00', 'UTC'],
    ['2026-13-01', '10:00', 'UTC'],
    ['20-11-2026', '10:00', 'UTC'],
    ['2026-11-20', '24:00', 'UTC'],
    ['2026-11-20', '10:60', 'UTC'],
    ['2026-11-20', '10', 'UTC'],
    ['2026-11-20', '10:00', 'Mars/Olympus'],
    ['2026-11-20', '10:00', '+01:00'],
    ['2026-11-20', '10:00', ''],
  ])('refuses %s %s %s', (date, time, zone) => {
    expect(zonedWallTimeToUtc(date, time, zone)).toBeNull();
  });
});
