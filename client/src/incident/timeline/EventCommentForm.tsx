import { addEventComment, type EventCommentKind } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import type * as Y from 'yjs';
import { createId } from '../../identity/createId.ts';
import { FieldError } from '../FieldError.tsx';

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
      id: createId(),
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
