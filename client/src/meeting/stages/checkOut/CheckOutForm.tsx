import { WORTH_RATINGS, type WorthRating } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import { charactersLeft, RoundNoteField } from '../../../rounds/RoundNoteField.tsx';
import { ScalePicker } from '../../../rounds/ScalePicker.tsx';

interface Props {
  readonly initial: { readonly note: string; readonly worth: WorthRating | null };
  /** Resolves with the server's reason when it refused, else null. */
  readonly onSubmit: (entry: { note: string; worth: WorthRating | null }) => Promise<string | null>;
  readonly onCancel?: () => void;
  readonly onFocusChange: (focused: boolean) => void;
}

/** "How do you leave?" and "Was this worth your time?" */
export function CheckOutForm({ initial, onSubmit, onCancel, onFocusChange }: Props) {
  const [note, setNote] = useState(initial.note);
  const [worth, setWorth] = useState<WorthRating | null>(initial.worth);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canCheckOut = charactersLeft(note) >= 0 && (note.trim() !== '' || worth !== null);

  const submit = async () => {
    if (!canCheckOut || sending) return;
    setSending(true);
    setError(null);
    const refusal = await onSubmit({ note: note.trim(), worth });
    setSending(false);
    setError(refusal);
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className="round-form" onSubmit={onFormSubmit} aria-label="Your check-out">
      <RoundNoteField
        id="check-out-note"
        label="How do you leave?"
        hint="A line on how you feel now, or one thing you take with you."
        placeholder="e.g. Relieved: the pool fix makes sense to me now"
        value={note}
        onChange={setNote}
        disabled={sending}
        onSubmitShortcut={() => void submit()}
        onFocus={() => onFocusChange(true)}
        onBlur={() => onFocusChange(false)}
      />
      <ScalePicker
        legend="Was this worth your time?"
        options={WORTH_RATINGS}
        value={worth}
        onChange={setWorth}
        disabled={sending}
      />
      <p className="field-hint round-form__note">
        Your rating goes to the server, not next to your name: everyone sees the ratings only added up.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="round-form__actions">
        <button type="submit" className="button button--primary" disabled={!canCheckOut || sending}>
          {sending ? 'Checking out…' : 'Check out'}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" disabled={sending} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
