import { addTimelineEvents, type UnreadableLine } from '@debrief/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { createId } from '../../identity/createId.ts';
import { Icon } from '../../ui/Icon.tsx';
import { FieldError } from '../FieldError.tsx';
import { formatZoned } from '../formatZoned.ts';
import type { PasteDefaults } from './pasteDefaults.ts';

type QuickAddReader = typeof import('./quickAdd.ts');

let loadedReader: QuickAddReader | null = null;

/** The paste reader is fetched when someone starts on the box, so the room opens without it. */
function loadReader(): Promise<QuickAddReader> {
  return import('./quickAdd.ts').then((reader) => {
    loadedReader = reader;
    return reader;
  });
}

interface Props {
  readonly doc: Y.Doc;
  readonly id: string;
  readonly defaults: PasteDefaults;
  readonly createdBy: string;
}

/** Where a line of the box starts and ends, counting lines from 1 as the reader does. */
function lineRange(text: string, lineNumber: number): [number, number] | null {
  let start = 0;
  for (let line = 1; line < lineNumber; line += 1) {
    const next = text.slice(start).search(/\r\n|\r|\n/);
    if (next < 0) return null;
    start += next + (text.startsWith('\r\n', start + next) ? 2 : 1);
  }
  const end = text.slice(start).search(/\r\n|\r|\n/);
  return [start, end < 0 ? text.length : start + end];
}

const example =
  '14:03 Deploy of checkout-api v2.15 started\n14:09 Alert: checkout error rate above 20%\n14:12 On-call paged';

/** Turns pasted lines into events, one per line; lines it cannot read stay in the box with the reason. */
export function QuickAddEvents({ doc, id, defaults, createdBy }: Props) {
  const [text, setText] = useState('');
  const [unreadable, setUnreadable] = useState<readonly UnreadableLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [reader, setReader] = useState(loadedReader);
  const box = useRef<HTMLTextAreaElement>(null);
  const prepareReader = () => {
    if (reader === null) loadReader().then(setReader, () => undefined);
  };

  const preview = useMemo(() => {
    if (text.trim() === '' || reader === null) return null;
    return reader.previewQuickAdd(text, defaults);
  }, [text, defaults, reader]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ready = reader ?? (await loadReader().catch(() => null));
    if (ready === null) {
      setError('The events could not be read: check your connection and try again.');
      return;
    }
    const result = ready.readQuickAdd(text, {
      defaults,
      now: Date.now(),
      createdBy,
      createId: () => createId(),
    });
    if (result.events.length > 0) {
      const written = addTimelineEvents(doc, result.events);
      if (!written.ok) {
        setError(written.message);
        return;
      }
    }
    setError(null);
    setAdded(result.events.length);
    setUnreadable(result.unreadable);
    setText(result.leftover);
  };

  const defaultDay = formatZoned(`${defaults.defaultDate}T12:00:00Z`, 'UTC', 'date');
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const count = preview?.events ?? 0;
  // While people type the reader says which lines will stay in the box; after adding, those that stayed.
  const problems = preview?.lines ?? unreadable;
  const showProblems = problems.length > 0 && text !== '';

  const editLine = (lineNumber: number) => {
    const textarea = box.current;
    const range = lineRange(text, lineNumber);
    if (textarea === null || range === null) return;
    textarea.focus();
    textarea.setSelectionRange(range[0], range[1]);
  };

  return (
    <form className="quick-add" onSubmit={submit}>
      <label className="field-label" htmlFor={id}>
        Paste lines, one event per line
      </label>
      <p id={hintId} className="field-hint">
        Start each line with a time, such as <code>14:03 deploy started</code> or{' '}
        <code>2026-11-20 09:12 UTC alert fired</code>. Lines without a date are on {defaultDay}; lines without a zone
        are in {defaults.timeZone.replaceAll('_', ' ')}. Timelines copied from post-mortems and status pages work too.
      </p>
      <textarea
        ref={box}
        id={id}
        className="input quick-add__text"
        rows={4}
        value={text}
        placeholder={example}
        spellCheck={false}
        aria-describedby={showProblems ? `${hintId} ${problemsId}` : hintId}
        aria-invalid={showProblems && added !== null ? true : undefined}
        onFocus={prepareReader}
        onChange={(event) => {
          prepareReader();
          setText(event.currentTarget.value);
          setAdded(null);
          if (event.currentTarget.value === '') setUnreadable([]);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
        }}
      />
      {preview && preview.notes.length > 0 && (
        <ul className="field-hint quick-add__notes" aria-label="How times were read">
          {preview.notes.map(({ note, lines }) => (
            <li key={note}>
              {note} ({lines.length === 1 ? 'line' : 'lines'} {lines.join(', ')})
            </li>
          ))}
        </ul>
      )}
      {showProblems && (
        <div id={problemsId} className="quick-add__problems" role={added !== null ? 'alert' : undefined}>
          <p>
            <Icon name="alert" />
            {added !== null
              ? problems.length === 1
                ? 'This line could not be read, so it is still in the box. Fix it and add it again:'
                : 'These lines could not be read, so they are still in the box. Fix them and add them again:'
              : problems.length === 1
                ? 'This line cannot be read yet, and will stay in the box. Fix it before adding, or add the rest:'
                : 'These lines cannot be read yet, and will stay in the box. Fix them before adding, or add the rest:'}
          </p>
          <ul>
            {problems.map((line) => (
              <li key={line.lineNumber}>
                <button
                  type="button"
                  className="button button--ghost button--small quick-add__line"
                  aria-label={`Line ${line.lineNumber}: select it in the box to fix it`}
                  onClick={() => editLine(line.lineNumber)}
                >
                  Line {line.lineNumber}
                </button>{' '}
                <q>{line.text}</q> — {line.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FieldError message={error} />
      <div className="quick-add__footer">
        <p className="quick-add__status" aria-live="polite">
          {preview && reader
            ? reader.describeQuickAdd(preview.events, preview.unreadable)
            : added !== null && added > 0
              ? `Added ${added === 1 ? '1 event' : `${added} events`} to the timeline.`
              : ''}
        </p>
        <button type="submit" className="button button--primary" disabled={count === 0}>
          <Icon name="paste" />
          {count === 0 ? 'Add events' : count === 1 ? 'Add 1 event' : `Add ${count} events`}
        </button>
      </div>
    </form>
  );
}
