import { parseInstant } from '@debrief/shared';

/** How a moment is written: each style in the moment's own zone, en-GB, 24-hour clock. */
export const ZonedStyle = {
  /** '14:03' */
  time: 'time',
  /** 'CET', 'GMT+5:30' */
  zone: 'zone',
  /** 'Mon 23 Nov' */
  shortDate: 'shortDate',
  /** 'Monday, 23 November 2026' */
  longDate: 'longDate',
  /** 'Mon 23 Nov 2026, 14:03 CET' */
  full: 'full',
  /** '2026-11-23': the calendar day, to compare days */
  day: 'day',
} as const;

export type ZonedStyle = (typeof ZonedStyle)[keyof typeof ZonedStyle];

const styleOptions: Record<ZonedStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  zone: { timeZoneName: 'short' },
  shortDate: { weekday: 'short', day: 'numeric', month: 'short' },
  longDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  full: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

// Building a formatter costs far more than using one, and a long timeline formats thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(style: ZonedStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat(style === 'day' ? 'en-CA' : 'en-GB', { ...styleOptions[style], timeZone });
    if (formatters.size < 2000) formatters.set(key, formatter);
  }
  return formatter;
}

// A timeline renders the same few thousand moments again and again; formatting one costs tens of microseconds.
const results = new Map<string, string>();
const MAX_RESULTS = 20_000;

/** `iso` written in `style` as seen in `timeZone`; '' for an unreadable instant or zone. */
export function formatZoned(iso: string, timeZone: string, style: ZonedStyle): string {
  const key = `${style}|${timeZone}|${iso}`;
  const known = results.get(key);
  if (known !== undefined) return known;
  const result = format(iso, timeZone, style);
  if (results.size >= MAX_RESULTS) results.clear();
  results.set(key, result);
  return result;
}

function format(iso: string, timeZone: string, style: ZonedStyle): string {
  const ms = parseInstant(iso);
  if (ms === null) return '';
  try {
    const formatter = formatterFor(style, timeZone);
    if (style === 'zone') return formatter.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
    return formatter.format(ms);
  } catch {
    return '';
  }
}

/** 'T+12 min' / 'T−5 min' / 'T+0': how long after the start of the incident something happened. */
export function formatSinceStart(ms: number, formatDuration: (ms: number) => string): string {
  if (Math.abs(ms) < 30_000) return 'T+0';
  return ms < 0 ? `T−${formatDuration(-ms)}` : `T+${formatDuration(ms)}`;
}
