import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEventComment,
  deleteEventComment,
  editEventComment,
  type NewEventComment,
  setEventCommentResolved,
} from './eventComments.ts';
import { addTimelineEvent, deleteTimelineEvent, readTimelineEvent } from './timelineEvents.ts';

function docWithEvent(): Y.Doc {
  const doc = new Y.Doc();
  addTimelineEvent(doc, {
    id: 'e1',
    at: '2026-11-20T14:00:00Z',
    timeZone: 'UTC',
    kind: 'action',
    description: 'Failover started',
    createdAt: 1,
  });
  return doc;
}

const question: NewEventComment = {
  id: 'c1',
  authorId: 'p-1',
  authorName: 'Ana',
  text: 'What did the runbook say at this point?',
  createdAt: 2000,
  kind: 'question',
};

describe('event threads', () => {
  it('adds questions and comments, oldest first, starting unresolved', () => {
    const doc = docWithEvent();
    expect(
      addEventComment(doc, 'e1', { ...question, id: 'c2', createdAt: 3000, kind: 'comment', text: ' Step 4. ' }),
    ).toEqual({ ok: true });
    expect(addEventComment(doc, 'e1', question)).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')?.comments).toEqual([
      { ...question, resolved: false },
      {
        id: 'c2',
        authorId: 'p-1',
        authorName: 'Ana',
        text: 'Step 4.',
        createdAt: 3000,
        kind: 'comment',
        resolved: false,
      },
    ]);
  });

  it('resolves and reopens, edits and deletes', () => {
    const doc = docWithEvent();
    addEventComment(doc, 'e1', question);
    expect(setEventCommentResolved(doc, 'e1', 'c1', true)).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')?.comments[0]?.resolved).toBe(true);
    setEventCommentResolved(doc, 'e1', 'c1', false);
    expect(readTimelineEvent(doc, 'e1')?.comments[0]?.resolved).toBe(false);
    expect(editEventComment(doc, 'e1', 'c1', 'Which runbook step applied?')).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')?.comments[0]?.text).toBe('Which runbook step applied?');
    expect(deleteEventComment(doc, 'e1', 'c1')).toEqual({ ok: true });
    expect(deleteEventComment(doc, 'e1', 'c1')).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')?.comments).toEqual([]);
    expect(setEventCommentResolved(doc, 'e1', 'c1', true)).toEqual({
      ok: false,
      message: 'This comment was deleted in the meantime',
    });
  });

  it('refuses empty or invalid comments and comments on a deleted event', () => {
    const doc = docWithEvent();
    expect(addEventComment(doc, 'e1', { ...question, text: '   ' })).toEqual({
      ok: false,
      message: 'Write something first',
    });
    expect(addEventComment(doc, 'e1', { ...question, authorName: '' })).toMatchObject({ ok: false });
    expect(addEventComment(doc, 'e1', { ...question, kind: 'accusation' as never })).toMatchObject({ ok: false });
    expect(addEventComment(doc, 'e1', { ...question, text: 'x'.repeat(5001) })).toMatchObject({ ok: false });
    expect(addEventComment(doc, 'e1', { ...question, createdAt: Number.NaN })).toMatchObject({ ok: false });
    addEventComment(doc, 'e1', question);
    expect(addEventComment(doc, 'e1', question)).toEqual({ ok: false, message: 'This comment was already added' });
    expect(editEventComment(doc, 'e1', 'c1', '')).toMatchObject({ ok: false });
    deleteTimelineEvent(doc, 'e1');
    expect(addEventComment(doc, 'e1', { ...question, id: 'c9' })).toEqual({
      ok: false,
      message: 'This event was deleted in the meantime',
    });
  });

  it('keeps comments two people add at once', () => {
    const alice = docWithEvent();
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    addEventComment(alice, 'e1', question);
    addEventComment(bob, 'e1', { ...question, id: 'c2', authorId: 'p-2', authorName: 'Ben', createdAt: 2000 });
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    expect(readTimelineEvent(alice, 'e1')?.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(readTimelineEvent(bob, 'e1')).toEqual(readTimelineEvent(alice, 'e1'));
  });
});
