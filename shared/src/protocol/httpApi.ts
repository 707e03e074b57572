import { canonicalTimeZone, isTimeZone } from '../incident/isTimeZone.ts';
import type { Role } from '../meeting/roles.ts';

/** How bad the incident was, SEV1 the worst. */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'] as const;

export type Severity = (typeof SEVERITIES)[number];

export const DEFAULT_SEVERITY: Severity = 'SEV3';

export const severityLabels: Record<Severity, string> = {
  SEV1: 'SEV1 — critical',
  SEV2: 'SEV2 — major',
  SEV3: 'SEV3 — moderate',
  SEV4: 'SEV4 — minor',
  SEV5: 'SEV5 — cosmetic',
};

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 280;

/** The body of `POST /api/meetings`, with defaults filled in. */
export interface CreateMeetingInput {
  title: string;
  incident: {
    summary: string;
    /** ISO 8601 date-time with an offset or Z, as sent */
    occurredAt: string | null;
    /** the IANA zone the form was filled in, e.g. 'Europe/Berlin', for showing `occurredAt`; absent when not given */
    timeZone?: string;
    severity: Severity;
  };
}

/** The `201` reply to `POST /api/meetings`: one secret token, and one link carrying it, per role. */
export interface CreateMeetingResponse {
  id: string;
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

export type ParseCreateMeetingInputResult = { ok: true; value: CreateMeetingInput } | { ok: false; message: string };

/** Checks a `POST /api/meetings` body; each message names the field at fault. */
export function parseCreateMeetingInput(body: unknown): ParseCreateMeetingInputResult {
  if (!isPlainObject(body)) return fail('The body must be a JSON object such as {"title":"Checkout outage"}');

  if (typeof body.title !== 'string' || body.title.trim() === '') return fail('"title" is required');
  const title = body.title.trim();
  if (characterCount(title) > MAX_TITLE_LENGTH) {
    return fail(`"title" must be at most ${MAX_TITLE_LENGTH} characters`);
  }

  // JSON clients often send null for "not given"; treat it like a missing incident.
  const incident = body.incident ?? {};
  if (!isPlainObject(incident)) return fail('"incident" must be an object');

  const summary = incident.summary ?? '';
  if (typeof summary !== 'string' || characterCount(summary.trim()) > MAX_SUMMARY_LENGTH) {
    return fail(`"incident.summary" must be text of at most ${MAX_SUMMARY_LENGTH} characters`);
  }

  const occurredAt = incident.occurredAt ?? null;
  if (occurredAt !== null && !isDateTime(occurredAt)) {
    return fail('"incident.occurredAt" must be a date and time such as 2026-11-20T14:03:00Z');
  }

  const severity = incident.severity === undefined ? DEFAULT_SEVERITY : incident.severity;
  if (!isSeverity(severity)) return fail(`"incident.severity" must be one of ${SEVERITIES.join(', ')}`);

  const timeZone = incident.timeZone ?? null;
  if (timeZone !== null && !isTimeZone(timeZone)) {
    return fail('"incident.timeZone" must be a time zone such as Europe/Berlin');
  }
  const zone = timeZone === null ? {} : { timeZone: canonicalTimeZone(timeZone) ?? timeZone };

  return { ok: true, value: { title, incident: { summary: summary.trim(), occurredAt, ...zone, severity } } };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An ISO 8601 date-time that names a real calendar day and time, with Z or a UTC offset. */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const part = (index: number) => Number(match[index] ?? '0');
  const year = part(1);
  const month = part(2);
  const day = part(3);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    part(4) <= 23 &&
    part(5) <= 59 &&
    part(6) <= 59 &&
    part(7) <= 23 &&
    part(8) <= 59
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts characters as people see them (code points), so an emoji counts once. */
function characterCount(text: string): number {
  return [...text].length;
}

function fail(message: string): ParseCreateMeetingInputResult {
  return { ok: false, message };
}
