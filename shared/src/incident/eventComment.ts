import * as Y from 'yjs';

import { compareIds, isEpochMs } from './itemFields.ts';

/** A question asks for an answer and stays open until resolved; a comment adds context. */
export const EventCommentKind = {
  question: 'question',
  comment: 'comment',
} as const;

export type EventCommentKind = (typeof EventCommentKind)[keyof typeof EventCommentKind];

/** One entry of a timeline event's thread. */
export interface EventComment {
  readonly id: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly text: string;
  /** Milliseconds since the epoch; orders the thread. */
  readonly createdAt: number;
  readonly kind: EventCommentKind;
  readonly resolved: boolean;
}

/** Keys of one comment's Y.Map. Only the thread accessors know them. */
export const EventCommentKey = {
  authorId: 'authorId',
  authorName: 'authorName',
  text: 'text',
  createdAt: 'createdAt',
  kind: 'kind',
  resolved: 'resolved',
} as const;

/** Whether `value` is 'question' or 'comment'. */
export function isEventCommentKind(value: unknown): value is EventCommentKind {
  return value === EventCommentKind.question || value === EventCommentKind.comment;
}

/** The thread of a Y.Map<id, Y.Map> of comments, oldest first. */
export function readEventComments(comments: Y.Map<unknown> | undefined): EventComment[] {
  if (!comments) return [];
  const result: EventComment[] = [];
  for (const [id, entry] of comments.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const authorId = entry.get(EventCommentKey.authorId);
    const authorName = entry.get(EventCommentKey.authorName);
    const text = entry.get(EventCommentKey.text);
    const createdAt = entry.get(EventCommentKey.createdAt);
    const kind = entry.get(EventCommentKey.kind);
    result.push({
      id,
      authorId: typeof authorId === 'string' ? authorId : '',
      authorName: typeof authorName === 'string' ? authorName : '',
      text: typeof text === 'string' ? text : '',
      createdAt: isEpochMs(createdAt) ? createdAt : 0,
      kind: isEventCommentKind(kind) ? kind : EventCommentKind.comment,
      resolved: entry.get(EventCommentKey.resolved) === true,
    });
  }
  return result.sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
}
