import {
  formatZonedClock,
  formatZonedDate,
  formatZonedDateTime,
  formatZonedTime,
  formatZoneName,
  utcToZonedWallTime,
} from '@debrief/shared';

/**
 * How a moment is written, each in the moment's own zone, in Debrief's one style (see formatZonedDateTime in
 * shared): day, short month, year, a 24-hour clock and the zone's abbreviation or offset.
 */
export const ZonedStyle = {
  /** '14:03' */
  time: 'time',
  /** 'CET', 'EST', 'UTC+05:30' */
  zone: 'zone',
  /** '14:03 CET' */
  timeWithZone: 'timeWithZone',
  /** '23 Nov 2026' */
  date: 'date',
  /** 'Mon 23 Nov 2026': a day heading, or a meeting to put in a calendar */
  weekdayDate: 'weekdayDate',
  /** '23 Nov 2026, 14:03 CET' */
  full: 'full',
  /** '2026-11-23': the calendar day, to compare days */
  day: 'day',
} as const;

export type ZonedStyle = (typeof ZonedStyle)[keyof typeof ZonedStyle];

const writers: Record<ZonedStyle, (iso: string, timeZone: string) => string> = {
  time: formatZonedClock,
  zone: formatZoneName,
  timeWithZone: formatZonedTime,
  date: (iso, timeZone) => formatZonedDate(iso, timeZone),
  weekdayDate: (iso, timeZone) => formatZonedDate(iso, timeZone, { weekday: true }),
  full: formatZonedDateTime,
  day: (iso, timeZone) => utcToZonedWallTime(iso, timeZone)?.date ?? '',
};

// A timeline renders the same few thousand moments again and again; formatting one costs tens of microseconds.
const results = new Map<string, string>();
const MAX_RESULTS = 20_000;

/** `iso` written in `style` as seen in `timeZone`; '' for an unreadable instant or zone. */
export function formatZoned(iso: string, timeZone: string, style: ZonedStyle): string {
  const key = `${style}|${timeZone}|${iso}`;
  const known = results.get(key);
  if (known !== undefined) return known;
  const result = writers[style](iso, timeZone);
  if (results.size >= MAX_RESULTS) results.clear();
  results.set(key, result);
  return result;
}

/** 'T+12 min' / 'T−5 min' / 'T+0': how long after the start of the incident something happened. */
export function formatSinceStart(ms: number, formatDuration: (ms: number) => string): string {
  if (Math.abs(ms) < 30_000) return 'T+0';
  return ms < 0 ? `T−${formatDuration(-ms)}` : `T+${formatDuration(ms)}`;
}
