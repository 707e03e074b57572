import { type EventComment, setEventCommentResolved } from '@debrief/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { formatDate, formatDateTime, formatTimeOfDay } from '../../ui/formatDate.ts';
import { Icon } from '../../ui/Icon.tsx';
import { FieldError } from '../FieldError.tsx';

interface ThreadProps {
  readonly doc: Y.Doc;
  readonly eventId: string;
  readonly comments: readonly EventComment[];
  readonly readOnly: boolean;
  /** 'the event at 14:03', to name the thread and its buttons. */
  readonly eventName: string;
}

/** The questions and comments on one event, oldest first; anyone who may write can resolve or reopen them. */
export function EventThread({ doc, eventId, comments, readOnly, eventName }: ThreadProps) {
  const [error, setError] = useState<string | null>(null);
  if (comments.length === 0) return null;
  const today = formatDate(Date.now());

  return (
    <div className="thread">
      <ul className="thread__list" aria-label={`Questions and comments on ${eventName}`}>
        {comments.map((comment) => {
          const isQuestion = comment.kind === 'question';
          const status = comment.resolved
            ? isQuestion
              ? 'Answered'
              : 'Resolved'
            : isQuestion
              ? 'Question'
              : 'Comment';
          const day = formatDate(comment.createdAt);
          return (
            <li
              key={comment.id}
              className={`comment comment--${comment.kind}${comment.resolved ? ' comment--resolved' : ''}`}
            >
              <span className="comment__status">{status}</span>
              <div className="comment__body">
                <p className="comment__text">{comment.text}</p>
                <p className="comment__meta">
                  {comment.authorName}
                  {comment.createdAt > 0 && (
                    <>
                      {' · '}
                      <time dateTime={new Date(comment.createdAt).toISOString()}>
                        {day === today ? formatTimeOfDay(comment.createdAt) : formatDateTime(comment.createdAt)}
                      </time>
                    </>
                  )}
                </p>
              </div>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--small button--ghost comment__toggle"
                  aria-label={`${comment.resolved ? 'Reopen' : 'Resolve'}: ${truncate(comment.text)}`}
                  onClick={() => {
                    const result = setEventCommentResolved(doc, eventId, comment.id, !comment.resolved);
                    setError(result.ok ? null : result.message);
                  }}
                >
                  <Icon name={comment.resolved ? 'undo' : 'check'} />
                  {comment.resolved ? 'Reopen' : 'Resolve'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <FieldError message={error} />
    </div>
  );
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
