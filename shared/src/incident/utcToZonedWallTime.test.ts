import { describe, expect, it } from 'vitest';
import { utcToZonedWallTime } from './utcToZonedWallTime.ts';
import { zonedWallTimeToUtc } from './zonedWallTimeToUtc.ts';

describe('utcToZonedWallTime', () => {
  it('gives the form values a clock in the zone shows, across a day boundary', () => {
    expect(utcToZonedWallTime('2026-11-20T23:30:00Z', 'Europe/Berlin')).toEqual({ date: '2026-11-21', time: '00:30' });
    expect(utcToZonedWallTime('2026-11-21T00:30:00+01:00', 'UTC')).toEqual({ date: '2026-11-20', time: '23:30' });
  });

  it('round-trips with zonedWallTimeToUtc for every half hour of a DST change day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const iso = zonedWallTimeToUtc('2026-10-25', time, 'Europe/Berlin');
      expect(iso).not.toBeNull();
      expect(utcToZonedWallTime(iso ?? '', 'Europe/Berlin')).toEqual({ date: '2026-10-25', time });
    }
  });

  it('refuses what is not an instant or a zone', () => {
    expect(utcToZonedWallTime('2026-11-20 10:00', 'UTC')).toBeNull();
    expect(utcToZonedWallTime('2026-11-20T10:00:00Z', 'Nowhere/Special')).toBeNull();
  });
});
