import { formatCalendarDay, formatZonedDate, formatZonedDateTime, formatZonedTime } from '@debrief/shared';
import { getBrowserTimeZone } from '../incident/timeZones.ts';

// Moments that belong to no zone of their own (when a meeting was created or closed, when a comment was written)
// are written in the reader's zone, in the same style as every other date and time: '5 Dec 2026, 14:03 CET'.

/**
 * A date alone: '4 Dec 2026'. A calendar date ('2026-12-04', as due dates are kept) is written as it is; an
 * instant as the day it is in the reader's zone. Empty for an unknown date.
 */
export function formatDate(value: number | string | null): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDay(value);
  const iso = toIso(value);
  return iso ? formatZonedDate(iso, getBrowserTimeZone()) : '';
}

/** '20 Nov 2026, 14:03 CET' in the reader's zone; empty for an unknown date. */
export function formatDateTime(value: number | string | null): string {
  const iso = toIso(value);
  return iso ? formatZonedDateTime(iso, getBrowserTimeZone()) : '';
}

/** '14:03 CET' in the reader's zone; empty for an unknown date. */
export function formatTimeOfDay(value: number | string | null): string {
  const iso = toIso(value);
  return iso ? formatZonedTime(iso, getBrowserTimeZone()) : '';
}

function toIso(value: number | string | null): string | null {
  if (value === null || value === 0 || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
