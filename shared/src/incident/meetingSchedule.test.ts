import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearMeetingSchedule, readMeetingSchedule, scheduleMeeting } from './meetingSchedule.ts';

describe('meeting schedule', () => {
  it('stores, replaces and clears the chosen time', () => {
    const doc = new Y.Doc();
    expect(readMeetingSchedule(doc)).toBeNull();
    expect(
      scheduleMeeting(doc, { at: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Berlin', durationMinutes: 60 }),
    ).toEqual({
      ok: true,
    });
    expect(readMeetingSchedule(doc)).toEqual({
      at: '2026-11-24T09:00:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
    });
    scheduleMeeting(doc, { at: '2026-11-25T09:00:00Z', timeZone: 'UTC', durationMinutes: 90 });
    expect(readMeetingSchedule(doc)).toEqual({ at: '2026-11-25T09:00:00.000Z', timeZone: 'UTC', durationMinutes: 90 });
    expect(clearMeetingSchedule(doc)).toEqual({ ok: true });
    expect(readMeetingSchedule(doc)).toBeNull();
  });

  it('refuses a broken time, zone or duration', () => {
    const doc = new Y.Doc();
    for (const bad of [
      { at: 'Tuesday', timeZone: 'UTC', durationMinutes: 60 },
      { at: '2026-11-25T09:00:00Z', timeZone: 'Office/Kitchen', durationMinutes: 60 },
      { at: '2026-11-25T09:00:00Z', timeZone: 'UTC', durationMinutes: 0 },
      { at: '2026-11-25T09:00:00Z', timeZone: 'UTC', durationMinutes: 12.5 },
      { at: '2026-11-25T09:00:00Z', timeZone: 'UTC', durationMinutes: 481 },
    ]) {
      expect(scheduleMeeting(doc, bad)).toMatchObject({ ok: false, message: expect.any(String) });
    }
    expect(readMeetingSchedule(doc)).toBeNull();
  });

  it('ends with one whole choice when two people pick at once', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    scheduleMeeting(alice, { at: '2026-11-24T09:00:00Z', timeZone: 'Europe/Berlin', durationMinutes: 60 });
    scheduleMeeting(bob, { at: '2026-11-25T14:00:00Z', timeZone: 'America/New_York', durationMinutes: 45 });
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    expect(readMeetingSchedule(alice)).toEqual(readMeetingSchedule(bob));
    expect([
      { at: '2026-11-24T09:00:00.000Z', timeZone: 'Europe/Berlin', durationMinutes: 60 },
      { at: '2026-11-25T14:00:00.000Z', timeZone: 'America/New_York', durationMinutes: 45 },
    ]).toContainEqual(readMeetingSchedule(alice));
  });
});
