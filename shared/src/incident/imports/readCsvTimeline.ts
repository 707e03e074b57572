import { parseTimelinePaste } from '../parseTimelinePaste.ts';
import {
  byTime,
  type ImportedEvent,
  type ImportOptions,
  type ImportSkip,
  MAX_IMPORTED_EVENTS,
  shorten,
  type TimelineImportReading,
} from './timelineImport.ts';

const TIME_HEADER = /^(time|timestamp|date ?time|date|when|at|created(_at)?|started?( at)?|occurred( at)?)$/i;
const TEXT_HEADER = /^(text|description|event|message|summary|what( happened)?|details?|note|notes|title)$/i;

/**
 * Reads a CSV (commas, semicolons or tabs; quoted fields may hold separators and line breaks) with a header row.
 * The time and text columns are the ones the person picked, or else guessed from the header. A time without a date
 * or zone is read as the paste reader reads a line: in the incident's zone, on its date.
 */
export function readCsvTimeline(content: string, options: ImportOptions): TimelineImportReading {
  const rows = parseCsv(content);
  const header = rows[0];
  if (header === undefined || rows.length < 2) {
    return { ok: false, message: 'A CSV needs a header row and at least one row of events' };
  }
  const columns = header.map((name, index) => name.trim() || `Column ${index + 1}`);
  const chosen = options.columns ?? guessColumns(columns);
  if (chosen === null) {
    return { ok: false, message: 'The CSV needs at least two columns: one with times and one saying what happened' };
  }
  if (!isColumn(chosen.time, columns) || !isColumn(chosen.text, columns) || chosen.time === chosen.text) {
    return { ok: false, message: 'Pick two different columns of the CSV: one for the time, one for what happened' };
  }

  const events: ImportedEvent[] = [];
  const skipped: ImportSkip[] = [];
  for (const [index, row] of rows.slice(1).entries()) {
    const where = `Row ${index + 2}`;
    if (row.every((cell) => cell.trim() === '')) continue;
    const time = (row[chosen.time] ?? '').trim();
    const text = shorten(row[chosen.text] ?? '');
    if (time === '') {
      skipped.push({ where, reason: `The “${columns[chosen.time]}” column is empty` });
      continue;
    }
    if (text === '') {
      skipped.push({ where, reason: `The “${columns[chosen.text]}” column is empty` });
      continue;
    }
    const read = parseTimelinePaste(`${time} — ${text.replace(/[\r\n]+/g, ' ')}`, {
      defaultDate: options.defaultDate,
      timeZone: options.timeZone,
    });
    const event = read.events[0];
    if (!event || read.events.length !== 1) {
      skipped.push({ where, reason: `The time “${time}” could not be read` });
      continue;
    }
    if (events.length >= MAX_IMPORTED_EVENTS) {
      skipped.push({ where, reason: `Only the first ${MAX_IMPORTED_EVENTS} rows are imported at once` });
      continue;
    }
    events.push({ at: event.at, description: text, kind: null, link: null });
  }
  byTime(events);
  return { ok: true, value: { source: 'CSV', events, skipped, columns, chosen } };
}

function isColumn(index: number, columns: readonly string[]): boolean {
  return Number.isInteger(index) && index >= 0 && index < columns.length;
}

function guessColumns(columns: readonly string[]): { time: number; text: number } | null {
  if (columns.length < 2) return null;
  const time = Math.max(
    0,
    columns.findIndex((name) => TIME_HEADER.test(name.trim())),
  );
  const named = columns.findIndex((name, index) => index !== time && TEXT_HEADER.test(name.trim()));
  const text = named >= 0 ? named : columns.findIndex((_, index) => index !== time);
  return { time, text };
}

/** RFC 4180 with a separator guessed from the first line; quotes may wrap separators, quotes ("") and new lines. */
export function parseCsv(content: string): string[][] {
  const text = content.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
