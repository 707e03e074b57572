import { clearMeetingSchedule, scheduleMeeting, writeMeetingMeta } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createScheduleWatcher } from './createScheduleWatcher.ts';
import type { WebhookEvent } from './WebhookEvent.ts';

const schedule = { at: '2026-12-10T09:00:00.000Z', timeZone: 'UTC', durationMinutes: 60 };

function watch(name = 'meeting-1234') {
  const sent: WebhookEvent[] = [];
  const watcher = createScheduleWatcher({
    notify: async (event) => {
      sent.push(event);
      return true;
    },
    delayMs: 60_000,
  });
  const doc = new Y.Doc();
  writeMeetingMeta(doc, {
    title: 'Checkout outage',
    incidentSummary: '',
    occurredAt: null,
    severity: 'SEV2',
    createdAt: 0,
  });
  watcher.watchDocument(name, doc);
  return { sent, watcher, doc };
}

describe('createScheduleWatcher', () => {
  it('announces the last of several quick changes once, with the meeting as it is', async () => {
    const { sent, watcher, doc } = watch();
    scheduleMeeting(doc, schedule);
    scheduleMeeting(doc, { ...schedule, durationMinutes: 90 });
    expect(sent).toEqual([]);
    await watcher.flush();
    expect(sent).toEqual([
      {
        kind: 'scheduled',
        meeting: { id: 'meeting-1234', title: 'Checkout outage', severity: 'SEV2' },
        schedule: { ...schedule, durationMinutes: 90 },
      },
    ]);
    await watcher.flush();
    expect(sent).toHaveLength(1);
  });

  it('does not announce a time taken away', async () => {
    const { sent, watcher, doc } = watch();
    scheduleMeeting(doc, schedule);
    clearMeetingSchedule(doc);
    await watcher.flush();
    expect(sent).toEqual([]);
  });

  it('leaves the other documents of a meeting alone', async () => {
    const { sent, watcher, doc } = watch('meeting-1234:control');
    scheduleMeeting(doc, schedule);
    await watcher.flush();
    expect(sent).toEqual([]);
  });
});
