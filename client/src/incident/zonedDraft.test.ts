import { describe, expect, it } from 'vitest';
import { draftFromInstant, draftShows, readZonedDraft } from './zonedDraft.ts';

describe('draftFromInstant', () => {
  it('shows the wall time in the moment’s own zone', () => {
    expect(draftFromInstant({ at: '2026-11-20T13:03:00.000Z', timeZone: 'Europe/Berlin' }, 'UTC')).toEqual({
      date: '2026-11-20',
      time: '14:03',
      timeZone: 'Europe/Berlin',
    });
  });

  it('crosses midnight into the next day where the zone is ahead', () => {
    expect(draftFromInstant({ at: '2026-11-20T23:30:00.000Z', timeZone: 'Asia/Tokyo' }, 'UTC')).toMatchObject({
      date: '2026-11-21',
      time: '08:30',
    });
  });

  it('starts empty in the fallback zone and date', () => {
    expect(draftFromInstant(null, 'America/New_York', '2026-11-20')).toEqual({
      date: '2026-11-20',
      time: '',
      timeZone: 'America/New_York',
    });
  });
});

describe('readZonedDraft', () => {
  it('reads the wall time in the chosen zone as UTC, daylight saving included', () => {
    expect(readZonedDraft({ date: '2026-11-20', time: '14:03', timeZone: 'Europe/Berlin' })).toEqual({
      state: 'complete',
      value: { at: '2026-11-20T13:03:00.000Z', timeZone: 'Europe/Berlin' },
    });
    expect(readZonedDraft({ date: '2026-07-20', time: '14:03', timeZone: 'Europe/Berlin' })).toMatchObject({
      value: { at: '2026-07-20T12:03:00.000Z' },
    });
  });

  it('says what is missing, and treats a year still being typed as not yet valid', () => {
    expect(readZonedDraft({ date: '', time: '', timeZone: 'UTC' })).toEqual({ state: 'empty' });
    expect(readZonedDraft({ date: '2026-11-20', time: '', timeZone: 'UTC' })).toMatchObject({ state: 'incomplete' });
    expect(readZonedDraft({ date: '', time: '10:00', timeZone: 'UTC' })).toMatchObject({ state: 'incomplete' });
    expect(readZonedDraft({ date: '0202-11-20', time: '10:00', timeZone: 'UTC' })).toMatchObject({ state: 'invalid' });
    expect(readZonedDraft({ date: '2026-02-30', time: '10:00', timeZone: 'UTC' })).toMatchObject({ state: 'invalid' });
  });
});

describe('draftShows', () => {
  it('compares the instant and the zone', () => {
    const value = { at: '2026-11-20T13:03:00.000Z', timeZone: 'Europe/Berlin' };
    expect(draftShows({ date: '2026-11-20', time: '14:03', timeZone: 'Europe/Berlin' }, value)).toBe(true);
    expect(draftShows({ date: '2026-11-20', time: '13:03', timeZone: 'UTC' }, value)).toBe(false);
    expect(draftShows({ date: '', time: '', timeZone: 'UTC' }, null)).toBe(true);
  });
});
