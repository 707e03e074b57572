import { MAX_ROUND_NOTE_LENGTH } from '@debrief/shared';
import type { KeyboardEvent } from 'react';

interface Props {
  readonly id: string;
  /** the round's question, the field's visible label */
  readonly label: string;
  readonly hint: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
  /** Ctrl/⌘+Enter sends the form */
  readonly onSubmitShortcut?: () => void;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
}

/** How many characters are left, counting what people see as characters (an emoji is one). */
export function charactersLeft(value: string): number {
  return MAX_ROUND_NOTE_LENGTH - [...value.trim()].length;
}

/** A round's short personal note: the question as its label, a hint, and how much room is left. */
export function RoundNoteField({
  id,
  label,
  hint,
  placeholder,
  value,
  onChange,
  disabled,
  onSubmitShortcut,
  onFocus,
  onBlur,
}: Props) {
  const left = charactersLeft(value);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
    }
  };
  return (
    <div className="field round-note">
      <label className="round-note__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        id={id}
        className="input round-note__input"
        rows={3}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={left < 0 ? 'true' : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      />
      <p id={`${id}-count`} className="round-note__count" data-over={left < 0 ? 'true' : undefined}>
        {left < 0 ? `${-left} characters too many` : `${left} characters left`}
      </p>
    </div>
  );
}
