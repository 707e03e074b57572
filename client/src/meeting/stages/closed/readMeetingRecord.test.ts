import {
  addCard,
  addTimelineEvent,
  replaceLessonSummary,
  writeCheckIn,
  writeCheckOut,
  writeRoundProgress,
} from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeetingRecord } from './readMeetingRecord.ts';

describe('readMeetingRecord', () => {
  it('holds the content of the meeting and the ratings added up, but no check-in or check-out notes', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, {
      id: 'event-1',
      at: '2026-11-20T13:03:00Z',
      timeZone: 'Europe/Berlin',
      kind: 'detection',
      description: 'Checkout error rate alert fired',
      createdAt: 1,
    });
    replaceLessonSummary(doc, '  The pool kept connections to the old primary.  ');
    addCard(doc, { id: 'card-1', prompt: 'helped', text: 'The runbook', author: null, now: 1 });
    writeCheckIn(doc, { participantId: 'a', name: 'Ana', at: 1, note: 'Secret arrival note', mood: 2, passed: false });
    writeCheckOut(doc, { participantId: 'a', name: 'Ana', note: 'Secret leaving note', rated: true, at: 2 });
    writeCheckOut(doc, { participantId: 'b', name: 'Ben', note: '', rated: true, at: 3 });
    writeRoundProgress(doc, { worth: [0, 0, 0, 1, 1] });

    const record = readMeetingRecord(doc);
    expect(record.timeline.map((event) => event.description)).toEqual(['Checkout error rate alert fired']);
    expect(record.moments.aware?.at).toBe('2026-11-20T13:03:00.000Z');
    expect(record.summary).toBe('The pool kept connections to the old primary.');
    expect(record.lessonCount).toBe(1);
    expect(record.lessonTexts['card-1']).toBe('The runbook');
    expect(record.ratings).toMatchObject({ count: 2, average: 4.5 });
    expect(JSON.stringify(record)).not.toMatch(/Secret/);
  });
});
