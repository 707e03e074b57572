import {
  addTimelineEvent,
  TIMELINE_EVENT_KINDS,
  type TimelineEventKind,
  timelineEventKindLabels,
} from '@debrief/shared';
import { type FormEvent, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { createId } from '../../identity/createId.ts';
import { Icon } from '../../ui/Icon.tsx';
import { FieldError } from '../FieldError.tsx';
import { useFollowingDraft } from '../useFollowingDraft.ts';
import { ZonedDateTimeFields } from '../ZonedDateTimeFields.tsx';
import { readZonedDraft, type ZonedDraft } from '../zonedDraft.ts';
import type { PasteDefaults } from './pasteDefaults.ts';

interface Props {
  readonly doc: Y.Doc;
  readonly id: string;
  readonly defaults: PasteDefaults;
  readonly browserZone: string;
  readonly createdBy: string;
}

/** Adds one event at a time; the date and zone stay for the next one. */
export function AddEventForm({ doc, id, defaults, browserZone, createdBy }: Props) {
  // Follows the incident's date and zone (they may arrive after this form) until someone types here.
  const { draft, setDraft, focusProps } = useFollowingDraft<ZonedDraft>(
    `${defaults.defaultDate}|${defaults.timeZone}`,
    () => ({ date: defaults.defaultDate, time: '', timeZone: defaults.timeZone }),
  );
  const [kind, setKind] = useState<TimelineEventKind>('action');
  const [known, setKnown] = useState(true);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readZonedDraft(draft);
    if (reading.state !== 'complete') {
      setError(reading.state === 'empty' ? 'Give the date and time it happened' : reading.message);
      return;
    }
    if (description.trim() === '') {
      setError('Say what happened');
      return;
    }
    const result = addTimelineEvent(doc, {
      id: createId(),
      at: reading.value.at,
      timeZone: reading.value.timeZone,
      kind,
      description: description.trim(),
      knownAtTheTime: known,
      createdAt: Date.now(),
      createdBy,
    });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setAdded(true);
    setDescription('');
    setDraft({ ...draft, time: '' });
    formRef.current?.querySelector<HTMLInputElement>(`#${CSS.escape(`${id}-when-time`)}`)?.focus();
  };

  return (
    <form ref={formRef} className="add-event" onSubmit={submit} noValidate {...focusProps}>
      <div className="add-event__grid">
        <ZonedDateTimeFields
          id={`${id}-when`}
          name="New event"
          legend="When"
          draft={draft}
          browserZone={browserZone}
          onChange={(next) => {
            setDraft(next);
            setError(null);
            setAdded(false);
          }}
        />
        <div className="field add-event__kind">
          <label className="field-label" htmlFor={`${id}-kind`}>
            Kind of event
          </label>
          <select
            id={`${id}-kind`}
            className="input"
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as TimelineEventKind)}
          >
            {TIMELINE_EVENT_KINDS.map((option) => (
              <option key={option} value={option}>
                {timelineEventKindLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field add-event__known">
          <label className="field-label" htmlFor={`${id}-known`}>
            Known at the time?
          </label>
          <select
            id={`${id}-known`}
            className="input"
            value={known ? 'known' : 'later'}
            onChange={(event) => setKnown(event.currentTarget.value === 'known')}
          >
            <option value="known">Known at the time</option>
            <option value="later">Learned later</option>
          </select>
        </div>
        <div className="field add-event__description">
          <label className="field-label" htmlFor={`${id}-description`}>
            What happened
          </label>
          <input
            id={`${id}-description`}
            className="input"
            type="text"
            value={description}
            placeholder="e.g. Connection pool still pointed at the old primary"
            onChange={(event) => {
              setDescription(event.currentTarget.value);
              setError(null);
              setAdded(false);
            }}
          />
        </div>
      </div>
      <FieldError message={error} />
      <div className="quick-add__footer">
        <p className="quick-add__status" aria-live="polite">
          {added ? 'Added. It takes its place in time order.' : ''}
        </p>
        <button type="submit" className="button button--primary">
          <Icon name="plus" />
          Add event
        </button>
      </div>
    </form>
  );
}
