import * as Y from 'yjs';
import { EventCommentKey, type EventCommentKind, isEventCommentKind } from './eventComment.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';
import { isEpochMs, isItemId } from './itemFields.ts';
import { getEventChildMap, getTimelineEventMap, TimelineEventKey } from './timelineEventMap.ts';
import { eventGone } from './timelineEvents.ts';

/** The longest question or comment accepted, in characters. */
export const MAX_COMMENT_LENGTH = 5_000;

/** The longest author name kept with a comment, in characters. */
export const MAX_AUTHOR_NAME_LENGTH = 100;

/** A new question or comment on a timeline event; it starts unresolved. */
export interface NewEventComment {
  readonly id: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly text: string;
  readonly createdAt: number;
  readonly kind: EventCommentKind;
}

/** Adds a question or comment to an event's thread. */
export function addEventComment(doc: Y.Doc, eventId: string, comment: NewEventComment): IncidentWriteResult {
  const event = getTimelineEventMap(doc, eventId);
  if (!event) return eventGone();
  if (!isItemId(comment.id)) return refused('The comment needs an id made by the app');
  if (typeof comment.authorId !== 'string' || comment.authorId === '') return refused('The comment needs its author');
  const authorName = typeof comment.authorName === 'string' ? comment.authorName.trim() : '';
  if (authorName === '' || [...authorName].length > MAX_AUTHOR_NAME_LENGTH) {
    return refused(`The author name must be 1 to ${MAX_AUTHOR_NAME_LENGTH} characters`);
  }
  const text = checkCommentText(comment.text);
  if (!text.ok) return refused(text.message);
  if (!isEpochMs(comment.createdAt)) return refused('The comment needs the time it was written');
  if (!isEventCommentKind(comment.kind)) return refused('Say whether this is a question or a comment');
  let result = written;
  doc.transact(() => {
    const thread =
      getEventChildMap(event, TimelineEventKey.comments) ?? event.set(TimelineEventKey.comments, new Y.Map<unknown>());
    if (thread.has(comment.id)) {
      result = refused('This comment was already added');
      return;
    }
    const entry = new Y.Map<unknown>();
    entry.set(EventCommentKey.authorId, comment.authorId);
    entry.set(EventCommentKey.authorName, authorName);
    entry.set(EventCommentKey.text, text.value);
    entry.set(EventCommentKey.createdAt, comment.createdAt);
    entry.set(EventCommentKey.kind, comment.kind);
    entry.set(EventCommentKey.resolved, false);
    thread.set(comment.id, entry);
  });
  return result;
}

/** Corrects the text of a question or comment. */
export function editEventComment(doc: Y.Doc, eventId: string, commentId: string, text: string): IncidentWriteResult {
  const checked = checkCommentText(text);
  if (!checked.ok) return refused(checked.message);
  return withComment(doc, eventId, commentId, (entry) => {
    if (entry.get(EventCommentKey.text) !== checked.value) entry.set(EventCommentKey.text, checked.value);
  });
}

/** Marks a question or comment resolved (answered) or open again. */
export function setEventCommentResolved(
  doc: Y.Doc,
  eventId: string,
  commentId: string,
  resolved: boolean,
): IncidentWriteResult {
  if (typeof resolved !== 'boolean') return refused('Say whether it is resolved');
  return withComment(doc, eventId, commentId, (entry) => {
    if (entry.get(EventCommentKey.resolved) !== resolved) entry.set(EventCommentKey.resolved, resolved);
  });
}

/** Removes a question or comment from an event's thread; removing one already gone is fine. */
export function deleteEventComment(doc: Y.Doc, eventId: string, commentId: string): IncidentWriteResult {
  const event = getTimelineEventMap(doc, eventId);
  const thread = event ? getEventChildMap(event, TimelineEventKey.comments) : undefined;
  if (!thread) return written;
  doc.transact(() => {
    if (thread.has(commentId)) thread.delete(commentId);
  });
  return written;
}

function withComment(
  doc: Y.Doc,
  eventId: string,
  commentId: string,
  change: (entry: Y.Map<unknown>) => void,
): IncidentWriteResult {
  const event = getTimelineEventMap(doc, eventId);
  if (!event) return eventGone();
  const entry = getEventChildMap(event, TimelineEventKey.comments)?.get(commentId);
  if (!(entry instanceof Y.Map)) return refused('This comment was deleted in the meantime');
  doc.transact(() => change(entry));
  return written;
}

function checkCommentText(text: unknown): { ok: true; value: string } | { ok: false; message: string } {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return { ok: false, message: 'Write something first' };
  if (trimmed.length > MAX_COMMENT_LENGTH) {
    return { ok: false, message: `A comment can be at most ${MAX_COMMENT_LENGTH} characters long` };
  }
  return { ok: true, value: trimmed };
}
