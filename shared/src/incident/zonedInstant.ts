import { isDateTime } from '../protocol/httpApi.ts';
import { canonicalTimeZone } from './isTimeZone.ts';

/** A moment in time and the IANA time zone it is shown in: `{ at: '2026-11-20T13:03:00.000Z', timeZone: 'Europe/Berlin' }`. */
export interface ZonedInstant {
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  /** IANA time zone name. */
  readonly timeZone: string;
}

/** Milliseconds since the epoch of an ISO 8601 date-time with `Z` or an offset, or null if it is not one. */
export function parseInstant(value: unknown): number | null {
  if (!isDateTime(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** The canonical UTC form (`2026-11-20T13:03:00.000Z`) of an ISO 8601 date-time with `Z` or an offset, or null. */
export function normalizeInstant(value: unknown): string | null {
  const ms = parseInstant(value);
  return ms === null ? null : new Date(ms).toISOString();
}

/** A stored or typed value as a ZonedInstant with its instant in UTC and its zone canonical, or null if it is not one. */
export function parseZonedInstant(value: unknown): ZonedInstant | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, timeZone } = value as Record<string, unknown>;
  const instant = normalizeInstant(at);
  const zone = canonicalTimeZone(timeZone);
  return instant === null || zone === null ? null : { at: instant, timeZone: zone };
}
