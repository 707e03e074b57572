import {
  IMPORT_FORMATS,
  type ImportFormat,
  importFormatLabels,
  TIMELINE_EVENT_KINDS,
  type TimelineEventKind,
  timelineEventKindLabels,
} from '@debrief/shared';
import { type FormEvent, useId, useState } from 'react';
import type { PersonalRequester } from '../../api/callPersonalEndpoint.ts';
import { Icon } from '../../ui/Icon.tsx';
import { FieldError } from '../FieldError.tsx';
import { formatZoned } from '../formatZoned.ts';
import { guessEventKind } from './guessEventKind.ts';
import { addImport, type ImportPreview, type ImportRequest, previewImport } from './importApi.ts';
import type { PasteDefaults } from './pasteDefaults.ts';
import './fileImport.css';

interface Props {
  readonly id: string;
  readonly defaults: PasteDefaults;
  readonly requester: PersonalRequester;
}

const formatHints: Record<ImportFormat, string> = {
  slack:
    'The incident channel’s JSON files from a Slack export (one per day; choose them all), or a thread’s messages saved from the API.',
  csv: 'A spreadsheet saved as CSV with a header row: one column with times, one saying what happened. You pick the columns.',
  pagerduty: 'The incident’s log entries as PagerDuty’s API gives them (GET /incidents/{id}/log_entries).',
  alerts: 'Webhook notifications saved from Alertmanager or Grafana, or the alert list of Alertmanager’s API.',
};

const SHOWN_ROWS = 300;

type Row = { readonly chosen: boolean; readonly kind: TimelineEventKind };

/** Reads a file into events, shows them to check and choose, then has the server add the chosen ones. */
export function ImportFromFile({ id, defaults, requester }: Props) {
  const [format, setFormat] = useState<ImportFormat>('slack');
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const ids = useId();

  const show = async (next: ImportRequest) => {
    setBusy(true);
    setError(null);
    const result = await previewImport(requester, next);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      setPreview(null);
      return;
    }
    setRequest(next);
    setPreview(result.value);
    setRows(
      result.value.events.map((event) => ({
        chosen: !event.alreadyAdded,
        kind: event.kind ?? guessEventKind(event.description),
      })),
    );
  };

  const readFiles = async (files: FileList | null) => {
    setDone(null);
    if (!files || files.length === 0) return;
    const read = await readContent(format, [...files]);
    if (!read.ok) {
      setError(read.message);
      setPreview(null);
      return;
    }
    await show({ format, content: read.content, timeZone: defaults.timeZone, defaultDate: defaults.defaultDate });
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!request || !preview) return;
    const chosen = rows.flatMap((row, index) => (row.chosen ? [{ index, kind: row.kind }] : []));
    if (chosen.length === 0) return;
    setBusy(true);
    const result = await addImport(requester, request, chosen);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const { added, alreadyAdded } = result.value;
    setDone(
      `Added ${added === 1 ? '1 event' : `${added} events`} from ${preview.source} to the timeline.` +
        (alreadyAdded > 0 ? ` ${alreadyAdded} were already on it.` : ''),
    );
    setPreview(null);
    setRequest(null);
    setFileKey((key) => key + 1);
  };

  const chosenCount = rows.filter((row) => row.chosen).length;
  const setRow = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <form className="file-import" onSubmit={add}>
      <div className="file-import__pick">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-format`}>
            What kind of file
          </label>
          <select
            id={`${id}-format`}
            className="input"
            value={format}
            onChange={(event) => {
              setFormat(event.currentTarget.value as ImportFormat);
              setPreview(null);
              setError(null);
              setFileKey((key) => key + 1);
            }}
          >
            {IMPORT_FORMATS.map((option) => (
              <option key={option} value={option}>
                {importFormatLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            {format === 'slack' ? 'Files' : 'File'}
          </label>
          <input
            key={fileKey}
            id={`${id}-file`}
            className="file-import__file"
            type="file"
            accept={format === 'csv' ? '.csv,.tsv,.txt,text/csv' : '.json,application/json'}
            multiple={format === 'slack'}
            aria-describedby={`${id}-hint`}
            onChange={(event) => void readFiles(event.currentTarget.files)}
          />
        </div>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {formatHints[format]} Nothing is added until you check the events below. Times without a zone are in{' '}
        {defaults.timeZone.replaceAll('_', ' ')}.
      </p>

      {preview?.columns && preview.chosen && request && (
        <div className="file-import__columns">
          <ColumnPick
            id={`${ids}-time`}
            label="Time column"
            columns={preview.columns}
            value={preview.chosen.time}
            onChange={(time) => void show({ ...request, columns: { text: preview.chosen?.text ?? 1, time } })}
          />
          <ColumnPick
            id={`${ids}-text`}
            label="What happened column"
            columns={preview.columns}
            value={preview.chosen.text}
            onChange={(text) => void show({ ...request, columns: { time: preview.chosen?.time ?? 0, text } })}
          />
        </div>
      )}

      {busy && (
        <p className="loading" role="status">
          Reading…
        </p>
      )}
      <FieldError message={error} />
      {done && (
        <p className="file-import__done" role="status">
          <Icon name="check" />
          {done}
        </p>
      )}

      {preview && (
        <div className="file-import__preview">
          <p className="file-import__summary" aria-live="polite">
            {preview.events.length === 0
              ? `No events found in this ${importFormatLabels[format]}.`
              : `${preview.events.length} ${preview.events.length === 1 ? 'event' : 'events'} from ${preview.source}; ${chosenCount} chosen.`}
          </p>
          {preview.events.length > 0 && (
            <ul className="file-import__events" aria-label="Events in the file">
              {preview.events.slice(0, SHOWN_ROWS).map((event, index) => {
                const row = rows[index];
                if (!row) return null;
                const rowId = `${ids}-row-${index}`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the preview's order is fixed until the next file
                  <li key={index} className="file-import__event" data-chosen={row.chosen || undefined}>
                    <input
                      id={rowId}
                      type="checkbox"
                      checked={row.chosen}
                      onChange={(change) => setRow(index, { chosen: change.currentTarget.checked })}
                    />
                    <label htmlFor={rowId} className="file-import__event-text">
                      <time dateTime={event.at} className="file-import__time">
                        {formatZoned(event.at, defaults.timeZone, 'full')}
                      </time>
                      {event.description}
                      {event.alreadyAdded && <span className="file-import__added">Already on the timeline</span>}
                    </label>
                    <select
                      className="input input--compact"
                      aria-label={`Kind of event ${index + 1}`}
                      value={row.kind}
                      onChange={(change) => setRow(index, { kind: change.currentTarget.value as TimelineEventKind })}
                    >
                      {TIMELINE_EVENT_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {timelineEventKindLabels[kind]}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
          )}
          {preview.events.length > SHOWN_ROWS && (
            <p className="field-hint">
              The first {SHOWN_ROWS} are shown; the other {preview.events.length - SHOWN_ROWS} are added as they are.
            </p>
          )}
          {preview.skipped.length > 0 && (
            <details className="file-import__skipped">
              <summary>
                {preview.skipped.length === 1 ? '1 item was not read' : `${preview.skipped.length} items were not read`}
              </summary>
              <ul>
                {preview.skipped.slice(0, 100).map((skip) => (
                  <li key={skip.where}>
                    <strong>{skip.where}</strong> — {skip.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="quick-add__footer">
            <span />
            <button type="submit" className="button button--primary" disabled={busy || chosenCount === 0}>
              <Icon name="download" />
              {chosenCount === 1 ? 'Add 1 event' : `Add ${chosenCount} events`}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function ColumnPick(props: {
  readonly id: string;
  readonly label: string;
  readonly columns: readonly string[];
  readonly value: number;
  readonly onChange: (index: number) => void;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="input"
        value={props.value}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
      >
        {props.columns.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are named by position; two may share a name
          <option key={index} value={index}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The files' text; a Slack export's daily files are joined into one list of messages. */
async function readContent(
  format: ImportFormat,
  files: readonly File[],
): Promise<{ ok: true; content: string } | { ok: false; message: string }> {
  const tooBig = files.reduce((sum, file) => sum + file.size, 0) > 4 * 1024 * 1024;
  if (tooBig) return { ok: false, message: 'The files are too large to import: 4 MB at most' };
  const texts = await Promise.all(files.map((file) => file.text()));
  if (format !== 'slack' || texts.length === 1) return { ok: true, content: texts[0] ?? '' };
  const messages: unknown[] = [];
  for (const [index, text] of texts.entries()) {
    try {
      const value: unknown = JSON.parse(text);
      if (!Array.isArray(value)) throw new Error('not a list');
      messages.push(...value);
    } catch {
      return { ok: false, message: `${files[index]?.name ?? 'A file'} is not a day of a Slack export (a JSON list)` };
    }
  }
  return { ok: true, content: JSON.stringify(messages) };
}
