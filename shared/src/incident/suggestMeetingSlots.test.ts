import { describe, expect, it } from 'vitest';
import { type MeetingSlot, suggestMeetingSlots } from './suggestMeetingSlots.ts';
import { utcToZonedWallTime } from './utcToZonedWallTime.ts';

const HOUR = 3_600_000;
// Friday 20 November 2026, 15:10 in Berlin.
const resolvedAt = '2026-11-20T14:10:00Z';
const now = Date.parse(resolvedAt);

function wall(slot: MeetingSlot, which: 'start' | 'end' = 'start'): string {
  const shown = utcToZonedWallTime(slot[which], slot.timeZone);
  return `${shown?.date} ${shown?.time}`;
}

function weekday(slot: MeetingSlot): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: slot.timeZone }).format(Date.parse(slot.start));
}

describe('suggestMeetingSlots', () => {
  it('offers the earliest working-hour slots after now, on the hour or half-hour, skipping the weekend', () => {
    const slots = suggestMeetingSlots({ resolvedAt, now, timeZone: 'Europe/Berlin', count: 4 });
    expect(slots.map((slot) => wall(slot))).toEqual([
      '2026-11-20 15:30',
      '2026-11-20 16:00',
      '2026-11-23 09:00',
      '2026-11-23 09:30',
    ]);
    expect(slots[0]).toEqual({
      start: '2026-11-20T14:30:00.000Z',
      end: '2026-11-20T15:30:00.000Z',
      timeZone: 'Europe/Berlin',
    });
  });

  it('keeps every slot inside the rules, up to the end of the seven days', () => {
    const slots = suggestMeetingSlots({ resolvedAt, now, timeZone: 'Europe/Berlin', count: 500 });
    // Friday 2 slots, Monday to Thursday 15 each, and the last Friday until 15:00 (the week ends at 15:10).
    expect(slots).toHaveLength(2 + 4 * 15 + 11);
    for (const slot of slots) {
      expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(weekday(slot));
      const [start, end] = [wall(slot).slice(11), wall(slot, 'end').slice(11)];
      expect(start >= '09:00' && end <= '17:00').toBe(true);
      expect(start).toMatch(/:(00|30)$/);
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(now);
      expect(Date.parse(slot.end)).toBeLessThanOrEqual(Date.parse(resolvedAt) + 7 * 24 * HOUR);
    }
    expect(wall(slots.at(-1) as MeetingSlot)).toBe('2026-11-27 14:00');
  });

  it('never suggests a slot in the past, even when the resolution was days ago', () => {
    const later = Date.parse('2026-11-25T12:45:00Z');
    const slots = suggestMeetingSlots({ resolvedAt, now: later, timeZone: 'Europe/Berlin', count: 2 });
    expect(slots.map((slot) => wall(slot))).toEqual(['2026-11-25 14:00', '2026-11-25 14:30']);
  });

  it('follows the working day of the zone through a daylight-saving change', () => {
    // Friday 23 October 2026; clocks go back on Sunday 25 October.
    const slots = suggestMeetingSlots({
      resolvedAt: '2026-10-23T15:00:00Z',
      now: Date.parse('2026-10-23T15:00:00Z'),
      timeZone: 'Europe/Berlin',
      count: 1,
    });
    expect(slots[0]?.start).toBe('2026-10-26T08:00:00.000Z');
    expect(wall(slots[0] as MeetingSlot)).toBe('2026-10-26 09:00');
  });

  it('uses the duration, spreads over days and gives notice when asked', () => {
    const slots = suggestMeetingSlots({
      resolvedAt,
      now,
      timeZone: 'America/New_York',
      count: 3,
      durationMinutes: 90,
      maxPerDay: 1,
      minNoticeMinutes: 24 * 60,
    });
    expect(slots.map((slot) => `${wall(slot)}–${wall(slot, 'end').slice(11)}`)).toEqual([
      '2026-11-23 09:00–10:30',
      '2026-11-24 09:00–10:30',
      '2026-11-25 09:00–10:30',
    ]);
  });

  it('offers nothing when the week is over or nothing is asked for', () => {
    expect(suggestMeetingSlots({ resolvedAt, now: now + 8 * 24 * HOUR, timeZone: 'UTC', count: 3 })).toEqual([]);
    expect(suggestMeetingSlots({ resolvedAt, now, timeZone: 'UTC', count: 0 })).toEqual([]);
    expect(suggestMeetingSlots({ resolvedAt, now, timeZone: 'UTC', count: 3, durationMinutes: 9 * 60 })).toEqual([]);
  });

  it('throws RangeError for an unknown zone or resolution time', () => {
    expect(() => suggestMeetingSlots({ resolvedAt, now, timeZone: 'Atlantis/Capital', count: 1 })).toThrow(RangeError);
    expect(() => suggestMeetingSlots({ resolvedAt: 'Friday', now, timeZone: 'UTC', count: 1 })).toThrow(RangeError);
  });
});
