import {
  addCard,
  addTimelineEvent,
  replaceLessonSummary,
  writeCheckIn,
  writeCheckOut,
  writeRoundProgress,
  writeVoteTotal,
} from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeetingRecord } from './readMeetingRecord.ts';

describe('readMeetingRecord', () => {
  it('holds the content of the meeting and the ratings added up, but no check-in or check-out notes', () => {
    const doc = new Y.Doc();
    const control = new Y.Doc();
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
    const rounds = new Y.Doc();
    writeCheckIn(rounds, {
      participantId: 'a',
      name: 'Ana',
      at: 1,
      note: 'Secret arrival note',
      mood: 2,
      passed: false,
    });
    writeCheckOut(rounds, { participantId: 'a', name: 'Ana', note: 'Secret leaving note', rated: true, at: 2 });
    writeCheckOut(rounds, { participantId: 'b', name: 'Ben', note: '', rated: true, at: 3 });
    writeRoundProgress(control, { rated: 3, worth: [0, 0, 1, 1, 1] });
    writeVoteTotal(control, 'card-1', 2);

    const record = readMeetingRecord(doc, control);
    expect(record.timeline.map((event) => event.description)).toEqual(['Checkout error rate alert fired']);
    expect(record.moments.aware?.at).toBe('2026-11-20T13:03:00.000Z');
    expect(record.summary).toBe('The pool kept connections to the old primary.');
    expect(record.lessonCount).toBe(1);
    expect(record.lessonTexts['card-1']).toBe('The runbook');
    expect(record.ratings).toMatchObject({ count: 3, average: 4 });
    expect(record.lessons.flatMap(({ items }) => items)).toHaveLength(1);
    expect(JSON.stringify(record)).not.toMatch(/Secret/);
  });

  it('shows no ratings until the server has revealed them', () => {
    expect(readMeetingRecord(new Y.Doc(), new Y.Doc()).ratings).toBeNull();
  });
});
