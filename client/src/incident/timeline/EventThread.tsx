import { addEventComment, type EventComment, type EventCommentKind, setEventCommentResolved } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import type * as Y from 'yjs';
import { Icon } from '../../ui/Icon.tsx';
import { FieldError } from '../FieldError.tsx';

const commentTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const commentDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

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
  const today = commentDay.format(Date.now());

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
          const day = commentDay.format(comment.createdAt);
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
                        {day === today ? '' : `${day}, `}
                        {commentTime.format(comment.createdAt)}
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

interface FormProps {
  readonly doc: Y.Doc;
  readonly eventId: string;
  readonly id: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly eventName: string;
  readonly onDone: () => void;
}

/** Asks a question about an event, or adds a comment to it. */
export function EventCommentForm({ doc, eventId, id, authorId, authorName, eventName, onDone }: FormProps) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EventCommentKind>('question');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addEventComment(doc, eventId, {
      id: crypto.randomUUID(),
      authorId,
      authorName: authorName.trim() || 'Someone',
      text,
      createdAt: Date.now(),
      kind,
    });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onDone();
  };

  return (
    <form className="inline-form comment-form" onSubmit={submit}>
      <label className="field-label" htmlFor={`${id}-text`}>
        Question or comment on {eventName}
      </label>
      <textarea
        id={`${id}-text`}
        className="input comment-form__text"
        rows={2}
        // biome-ignore lint/a11y/noAutofocus: the form opens on request, to type straight away
        autoFocus
        value={text}
        placeholder="What would help us understand this moment?"
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
          if (event.key === 'Escape') onDone();
        }}
      />
      <div className="inline-form__row">
        <div className="segmented" role="radiogroup" aria-label="Is this a question or a comment?">
          {(['question', 'comment'] as const).map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{option === 'question' ? 'Question' : 'Comment'}</span>
            </label>
          ))}
        </div>
        <div className="inline-form__actions">
          <button type="submit" className="button button--primary button--small">
            {kind === 'question' ? 'Ask' : 'Add comment'}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={onDone}>
            Cancel
          </button>
        </div>
      </div>
      <FieldError message={error} />
    </form>
  );
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
