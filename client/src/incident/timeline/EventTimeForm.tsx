import { retimeTimelineEvent, type TimelineEvent } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import type * as Y from 'yjs';
import { FieldError } from '../FieldError.tsx';
import { ZonedDateTimeFields } from '../ZonedDateTimeFields.tsx';
import { draftFromInstant, readZonedDraft } from '../zonedDraft.ts';

interface Props {
  readonly doc: Y.Doc;
  readonly event: TimelineEvent;
  readonly id: string;
  readonly browserZone: string;
  readonly eventName: string;
  readonly onDone: () => void;
}

/** Moves an event to another time or zone; it keeps its text, evidence and thread, and takes its place in order. */
export function EventTimeForm({ doc, event, id, browserZone, eventName, onDone }: Props) {
  const [draft, setDraft] = useState(() => draftFromInstant(event, event.timeZone));
  const [error, setError] = useState<string | null>(null);

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const reading = readZonedDraft(draft);
    if (reading.state !== 'complete') {
      setError(reading.state === 'empty' ? 'Give a date and a time' : reading.message);
      return;
    }
    const result = retimeTimelineEvent(doc, event.id, reading.value);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onDone();
  };

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={(keyEvent) => {
        if (keyEvent.key === 'Escape') onDone();
      }}
    >
      <ZonedDateTimeFields
        id={id}
        name={`New time of ${eventName}`}
        legend="When did it happen?"
        draft={draft}
        browserZone={browserZone}
        invalid={error !== null}
        onChange={(next) => {
          setDraft(next);
          setError(null);
        }}
      />
      <FieldError message={error} />
      <div className="inline-form__actions">
        <button type="submit" className="button button--primary button--small">
          Save time
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
