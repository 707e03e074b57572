import type { TimelineEventKind } from '../timelineEventKinds.ts';

/** The kinds of file people import a timeline from. */
export const IMPORT_FORMATS = ['slack', 'csv', 'pagerduty', 'alerts'] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const importFormatLabels: Record<ImportFormat, string> = {
  slack: 'Slack export',
  csv: 'CSV',
  pagerduty: 'PagerDuty log entries',
  alerts: 'Alertmanager or Grafana alerts',
};

/** One event read from a file, before anyone has chosen to add it. */
export interface ImportedEvent {
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  readonly description: string;
  /** What the format says it was (a PagerDuty trigger is a detection); null to guess from the words. */
  readonly kind: TimelineEventKind | null;
  /** A link back to where it came from, only ever http(s). */
  readonly link: string | null;
}

/** Something in the file that did not become an event, and why. */
export interface ImportSkip {
  /** Where it is, as people find it: 'Row 4', 'Message 12'. */
  readonly where: string;
  readonly reason: string;
}

export interface TimelineImport {
  /** Where the events came from, as people know it: 'Slack', 'CSV', 'PagerDuty', 'Alertmanager', 'Grafana'. */
  readonly source: string;
  readonly events: ImportedEvent[];
  readonly skipped: ImportSkip[];
  /** For a CSV: its column names, so the person can pick the time and text columns. */
  readonly columns?: readonly string[];
  /** For a CSV: the columns the events were read from. */
  readonly chosen?: { readonly time: number; readonly text: number };
}

export type TimelineImportReading = { ok: true; value: TimelineImport } | { ok: false; message: string };

/** The most events one import adds. */
export const MAX_IMPORTED_EVENTS = 5000;
/** The longest description an import writes; the rest of a long message is cut with an ellipsis. */
export const MAX_IMPORTED_DESCRIPTION = 2000;

/** What a file's times without a zone or date are read in: the incident's. */
export interface ImportOptions {
  readonly timeZone: string;
  /** 'YYYY-MM-DD' */
  readonly defaultDate: string;
  /** For a CSV: which columns hold the time and the text (0-based); guessed from the header when left out. */
  readonly columns?: { readonly time: number; readonly text: number };
}

export function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= MAX_IMPORTED_DESCRIPTION ? clean : `${clean.slice(0, MAX_IMPORTED_DESCRIPTION - 1)}…`;
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'The file is not valid JSON' };
  }
}

/** The events in time order; events at the same moment keep the order the file gave them. */
export function byTime(events: ImportedEvent[]): ImportedEvent[] {
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The list a file holds: the file itself when it is a list, else the list under `key`; null when neither. */
export function listIn(value: unknown, key: string): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return null;
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}
