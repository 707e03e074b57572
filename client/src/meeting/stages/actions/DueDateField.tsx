import type { Action } from '@debrief/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '../../../ui/formatDate.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { describeDueDate, needsPastDateConfirmation } from './describeDueDate.ts';

interface Props {
  readonly action: Action;
  readonly today: string;
  readonly readOnly: boolean;
  readonly onChange: (dueDate: string | null) => void;
}

/** An action's due date; a date that has already passed is written only once the person says it is meant. */
export function DueDateField({ action, today, readOnly, onChange }: Props) {
  const ids = useId();
  const inputId = `${ids}-due`;
  const questionId = `${ids}-past`;
  const inputRef = useRef<HTMLInputElement>(null);
  const useItRef = useRef<HTMLButtonElement>(null);
  /** A past date waiting for "Use it" or "Change it". */
  const [pending, setPending] = useState<string | null>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const due = action.dueDate ? describeDueDate(action.dueDate, today, action.status) : null;

  useEffect(() => {
    if (!returnFocus) return;
    inputRef.current?.focus();
    setReturnFocus(false);
  }, [returnFocus]);

  if (readOnly) {
    return (
      <div className="action-field">
        <span className="action-field__label">Due</span>
        <span className="action-field__value">{action.dueDate ? formatDate(action.dueDate) : 'No due date'}</span>
        {due?.text && <span className={`action-due action-due--${due.tone}`}>{due.text}</span>}
      </div>
    );
  }

  const choose = (value: string) => {
    const next = value || null;
    if (needsPastDateConfirmation(next, action.dueDate, today)) {
      setPending(next);
      return;
    }
    setPending(null);
    if (next !== action.dueDate) onChange(next);
  };
  const acceptPastDate = () => {
    if (pending !== null) onChange(pending);
    setPending(null);
    setReturnFocus(true);
  };
  const changeIt = () => {
    setPending(null);
    setReturnFocus(true);
  };

  return (
    <div className="action-field">
      <label className="action-field__label" htmlFor={inputId}>
        Due date
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="input input--compact"
        type="date"
        value={pending ?? action.dueDate ?? ''}
        data-empty={(pending ?? action.dueDate) ? undefined : 'true'}
        aria-invalid={pending !== null ? true : undefined}
        aria-describedby={pending !== null ? questionId : undefined}
        onChange={(event) => choose(event.target.value)}
        onKeyDown={(event) => {
          if (pending === null) return;
          // From the date, Enter goes to the question and Escape takes the date back.
          if (event.key === 'Enter') {
            event.preventDefault();
            useItRef.current?.focus();
          } else if (event.key === 'Escape') {
            setPending(null);
          }
        }}
      />
      {pending !== null ? (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring a legend and border into a one-line question.
        <div className="action-due-question" role="group" aria-labelledby={questionId}>
          <p id={questionId} className="action-due-question__text" role="status">
            <Icon name="alert" />
            <span>This date has passed. Use it anyway?</span>
          </p>
          <div className="action-due-question__buttons">
            <button ref={useItRef} type="button" className="button button--small" onClick={acceptPastDate}>
              Use it
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={changeIt}
              onKeyDown={(event) => event.key === 'Escape' && changeIt()}
            >
              Change it
            </button>
          </div>
        </div>
      ) : (
        due?.text && (
          <span className={`action-due action-due--${due.tone}`} aria-live="polite">
            {due.text}
          </span>
        )
      )}
    </div>
  );
}
