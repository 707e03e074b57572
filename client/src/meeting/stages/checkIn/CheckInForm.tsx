import { MOODS, type MoodValue } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import { MoodFace } from '../../../rounds/MoodFace.tsx';
import { charactersLeft, RoundNoteField } from '../../../rounds/RoundNoteField.tsx';
import { ScalePicker } from '../../../rounds/ScalePicker.tsx';
import type { CheckInBody } from './checkInApi.ts';

interface Props {
  /** what the form starts with: the person's current card when they change it */
  readonly initial: { readonly note: string; readonly mood: MoodValue | null };
  /** whether the facilitator keeps cards hidden, so the form can say who will see the note */
  readonly hidden: boolean;
  /** sends the check-in; resolves with the server's refusal, or null when it was saved */
  readonly onSubmit: (body: Omit<CheckInBody, 'name'>) => Promise<string | null>;
  /** shown when the person is changing a check-in they already made */
  readonly onCancel?: () => void;
  readonly onFocusChange: (focused: boolean) => void;
}

const moodOptions = MOODS.map((mood) => ({
  value: mood.value,
  label: mood.label,
  icon: <MoodFace value={mood.value} />,
}));

/** "How do you arrive?": a short note and an optional mood, or a pass. */
export function CheckInForm({ initial, hidden, onSubmit, onCancel, onFocusChange }: Props) {
  const [note, setNote] = useState(initial.note);
  const [mood, setMood] = useState<MoodValue | null>(initial.mood);
  const [sending, setSending] = useState<'check-in' | 'pass' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tooLong = charactersLeft(note) < 0;
  const canCheckIn = !tooLong && (note.trim() !== '' || mood !== null);

  const send = async (passed: boolean) => {
    if (sending) return;
    setSending(passed ? 'pass' : 'check-in');
    setError(null);
    const refusal = await onSubmit(
      passed ? { note: null, mood: null, passed: true } : { note: note.trim() || null, mood, passed: false },
    );
    setSending(null);
    setError(refusal);
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canCheckIn) void send(false);
  };

  return (
    <form className="round-form" onSubmit={onFormSubmit} aria-label="Your check-in">
      <RoundNoteField
        id="check-in-note"
        label="How do you arrive?"
        hint={
          hidden
            ? 'A line is plenty: tired, curious, still a bit shaken. Cards stay hidden until the facilitator reveals them.'
            : 'A line is plenty: tired, curious, still a bit shaken. It stays out of the meeting’s record.'
        }
        placeholder="e.g. Rested, and curious what we will find"
        value={note}
        onChange={setNote}
        disabled={sending !== null}
        onSubmitShortcut={() => canCheckIn && void send(false)}
        onFocus={() => onFocusChange(true)}
        onBlur={() => onFocusChange(false)}
      />
      <ScalePicker
        legend="How do you feel?"
        legendNote="optional"
        options={moodOptions}
        value={mood}
        onChange={setMood}
        disabled={sending !== null}
        clearable
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="round-form__actions">
        <button type="submit" className="button button--primary" disabled={!canCheckIn || sending !== null}>
          {sending === 'check-in' ? 'Checking in…' : 'Check in'}
        </button>
        <button
          type="button"
          className="button"
          disabled={sending !== null}
          onClick={() => void send(true)}
          aria-describedby="check-in-pass-hint"
        >
          {sending === 'pass' ? 'Passing…' : 'Pass'}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" disabled={sending !== null} onClick={onCancel}>
            Cancel
          </button>
        )}
        <span id="check-in-pass-hint" className="round-form__aside">
          Not up for sharing today? Pass is a perfectly good check-in.
        </span>
      </div>
    </form>
  );
}
