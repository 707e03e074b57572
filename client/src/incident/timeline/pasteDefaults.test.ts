import { describe, expect, it } from 'vitest';
import { getPasteDefaults } from './pasteDefaults.ts';

const now = Date.parse('2026-11-25T10:00:00Z');

describe('getPasteDefaults', () => {
  it('takes the date and zone of when the incident started, as recorded', () => {
    const started = { at: '2026-11-20T23:30:00.000Z', timeZone: 'Asia/Tokyo' };
    expect(getPasteDefaults({ started, occurredAt: null, now, browserZone: 'Europe/Berlin' })).toEqual({
      defaultDate: '2026-11-21',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('falls back to when the meeting says it happened, in this browser’s zone', () => {
    expect(
      getPasteDefaults({ started: null, occurredAt: '2026-11-20T23:30:00Z', now, browserZone: 'Europe/Berlin' }),
    ).toEqual({ defaultDate: '2026-11-21', timeZone: 'Europe/Berlin' });
  });

  it('falls back to today', () => {
    expect(getPasteDefaults({ started: null, occurredAt: null, now, browserZone: 'America/New_York' })).toEqual({
      defaultDate: '2026-11-25',
      timeZone: 'America/New_York',
    });
  });
});
