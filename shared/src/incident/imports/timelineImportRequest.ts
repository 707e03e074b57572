import { canonicalTimeZone } from '../isTimeZone.ts';
import { isTimelineEventKind, type TimelineEventKind } from '../timelineEventKinds.ts';
import { parseCalendarDate } from '../wallClock.ts';
import { IMPORT_FORMATS, type ImportFormat, type ImportOptions } from './timelineImport.ts';

/** The largest file an import takes, in characters. */
export const MAX_IMPORT_CHARACTERS = 4 * 1024 * 1024;

/** A request to preview or add the events of a file. */
export interface TimelineImportRequest {
  readonly format: ImportFormat;
  readonly content: string;
  readonly options: ImportOptions;
  /** For adding: which of the previewed events (by position), each with the kind the person chose or null. */
  readonly add: readonly { readonly index: number; readonly kind: TimelineEventKind | null }[] | null;
}

export type TimelineImportRequestReading = { ok: true; value: TimelineImportRequest } | { ok: false; message: string };

/** Checks an import request from the wire, naming the first thing wrong with it. */
export function parseTimelineImportRequest(body: unknown, adding: boolean): TimelineImportRequestReading {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('The body must be a JSON object such as {"format":"csv","content":"…"}');
  }
  const fields = body as Record<string, unknown>;
  if (!(IMPORT_FORMATS as readonly unknown[]).includes(fields.format)) {
    return fail(`"format" must be one of ${IMPORT_FORMATS.join(', ')}`);
  }
  const format = fields.format as ImportFormat;
  if (typeof fields.content !== 'string') return fail('"content" must be the text of the file');
  if (fields.content.length > MAX_IMPORT_CHARACTERS) return fail('The file is too large to import: 4 MB at most');
  const timeZone = canonicalTimeZone(typeof fields.timeZone === 'string' ? fields.timeZone : '');
  if (timeZone === null) return fail('"timeZone" must be a time zone such as Europe/Berlin: the incident’s zone');
  if (typeof fields.defaultDate !== 'string' || parseCalendarDate(fields.defaultDate) === null) {
    return fail('"defaultDate" must be a date such as 2026-11-02: the incident’s date');
  }
  let columns: ImportOptions['columns'];
  if (fields.columns !== undefined && fields.columns !== null) {
    const picked = fields.columns as Record<string, unknown>;
    if (typeof picked !== 'object' || !isIndex(picked.time) || !isIndex(picked.text)) {
      return fail('"columns" must name the time and text columns by position, such as {"time":0,"text":2}');
    }
    columns = { time: picked.time, text: picked.text };
  }
  let add: TimelineImportRequest['add'] = null;
  if (adding) {
    if (!Array.isArray(fields.add) || fields.add.length === 0) {
      return fail('"add" must list the events to add, such as [{"index":0,"kind":"detection"}]');
    }
    const seen = new Set<number>();
    const chosen: { index: number; kind: TimelineEventKind | null }[] = [];
    for (const item of fields.add as unknown[]) {
      const { index, kind } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (!isIndex(index)) return fail('Each item of "add" needs the "index" of a previewed event');
      if (kind !== undefined && kind !== null && !isTimelineEventKind(kind)) {
        return fail(`"kind" of event ${index} is not a kind of event`);
      }
      if (seen.has(index)) continue;
      seen.add(index);
      chosen.push({ index, kind: (kind as TimelineEventKind | undefined) ?? null });
    }
    add = chosen;
  }
  return {
    ok: true,
    value: {
      format,
      content: fields.content,
      options: { timeZone, defaultDate: fields.defaultDate, ...(columns ? { columns } : {}) },
      add,
    },
  };
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1_000_000;
}

function fail(message: string): TimelineImportRequestReading {
  return { ok: false, message };
}
