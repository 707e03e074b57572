import { canonicalTimeZone } from './isTimeZone.ts';
import {
  addDays,
  DAY_MS,
  epochFromWallClock,
  isCalendarDate,
  parseCalendarDate,
  type WallClock,
  wallClockAt,
  wallClockToEpoch,
} from './wallClock.ts';

/** An event read from one pasted line. */
export interface PastedTimelineEvent {
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  /** The zone named on the line ('UTC', 'Europe/Berlin'), else the incident's zone. */
  readonly timeZone: string;
  readonly description: string;
  /** The 1-based number of the line it was read from. */
  readonly line: number;
  /** The line as pasted. */
  readonly text: string;
}

/** A pasted line that could not be read, kept so the person can fix it. */
export interface UnreadableLine {
  /** 1-based. */
  readonly lineNumber: number;
  readonly text: string;
  /** Why, in plain English. */
  readonly reason: string;
}

/** What a paste turned into: the events in the order pasted, and every line that could not be read. */
export interface TimelinePaste {
  readonly events: PastedTimelineEvent[];
  readonly unreadable: UnreadableLine[];
}

/** What a paste's dateless and zoneless lines default to. */
export interface ParseTimelinePasteOptions {
  /** The incident's date, 'YYYY-MM-DD', for lines that carry only a time. */
  readonly defaultDate: string;
  /** The incident's IANA time zone, for lines that name none. */
  readonly timeZone: string;
}

type CalendarDate = { year: number; month: number; day: number };
type Zone = { kind: 'name'; timeZone: string } | { kind: 'offset'; offsetMs: number };
type Stamp = {
  date: { year: number | null; month: number; day: number } | null;
  time: { hour: number; minute: number; second: number; ms: number };
  zone: Zone | null;
  end: number;
};

const HALF_DAY_MS = DAY_MS / 2;
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = /(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/iy;
const ISO_T = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?/iy;
const DATE_NUMERIC = /(\d{4})[-/](\d{1,2})[-/](\d{1,2}),?\s+/y;
const DATE_MONTH_DAY = new RegExp(`(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?,?\\s+`, 'iy');
const DATE_DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?(?:,?\\s+(\\d{4}))?,?\\s+`, 'iy');
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s?([ap])\.?m\.?(?![a-z0-9]))?/iy;
const HOUR_AM_PM = /(\d{1,2})\s?([ap])\.?m\.?(?![a-z0-9])/iy;
const ATTACHED_ZONE = /(Z(?![a-z])|[+-]\d{2}:?\d{2}(?!\d))/iy;
const SPACED_ZONE =
  /\s+(?:(?:(UTC|GMT)([+-]\d{1,2}(?::?\d{2})?)?|(Z))(?![a-z/])|([+-]\d{2}:?\d{2})(?!\d)|([a-z_]+(?:\/[a-z0-9_+-]+)+))/iy;
const BOUNDARY = /$|[\s\-–—|:>,\])]/y;
const LEADING_SEPARATORS = /^[\s\-–—|:>,]+/;

/**
 * Reads pasted lines such as `14:03 deploy started`, `[14:03:27] x`, `9:05pm x`, `Nov 20 09:12 x`,
 * `2026-11-20 09:12 UTC x`, `2026-11-20T09:12:00Z x`, `2026-11-20 09:12 +01:00 x` or `… Europe/Berlin x`.
 * A line without a date takes the date of the line before (the incident's date at first) and, when its time is
 * more than 12 hours before the line before, the next day: 23:50 then 00:10 crosses midnight, while 14:05 then
 * 14:03 is a line out of order. A line without a zone is in the incident's zone. Blank lines are skipped; every
 * other line comes back either as an event or in `unreadable`. Throws RangeError for invalid options.
 */
export function parseTimelinePaste(text: string, options: ParseTimelinePasteOptions): TimelinePaste {
  const defaultZone = canonicalTimeZone(options.timeZone);
  if (defaultZone === null) throw new RangeError(`Unknown time zone: ${JSON.stringify(options.timeZone)}`);
  const defaultDate = parseCalendarDate(options.defaultDate);
  if (defaultDate === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(options.defaultDate)}`);

  const events: PastedTimelineEvent[] = [];
  const unreadable: UnreadableLine[] = [];
  let previous: number | null = null;

  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const lineText = raw.replace(/\s+$/, '');
    if (lineText.trim() === '') continue;
    const lineNumber = index + 1;
    const read = readLine(lineText.trim());
    if (!read.ok) {
      unreadable.push({ lineNumber, text: lineText, reason: read.reason });
      continue;
    }
    const { stamp, description } = read;
    const zone = stamp.zone ?? { kind: 'name', timeZone: defaultZone };
    const date = stamp.date ? withYear(stamp.date, previous, defaultZone, defaultDate) : null;
    if (date !== null && !isCalendarDate(date.year, date.month, date.day)) {
      unreadable.push({ lineNumber, text: lineText, reason: 'The date on this line does not exist' });
      continue;
    }
    let at = toInstant(date ?? contextDate(previous, zone, defaultDate), stamp.time, zone);
    // Dateless times running backwards by more than half a day have crossed midnight.
    if (date === null && previous !== null && at < previous - HALF_DAY_MS) {
      at = toInstant(addDays(contextDate(previous, zone, defaultDate), 1), stamp.time, zone);
    }
    previous = at;
    events.push({
      at: new Date(at).toISOString(),
      timeZone: zone.kind === 'name' ? zone.timeZone : defaultZone,
      description,
      line: lineNumber,
      text: lineText,
    });
  }
  return { events, unreadable };
}

type ReadLine = { ok: true; stamp: Stamp; description: string } | { ok: false; reason: string };

function readLine(line: string): ReadLine {
  const body = line.replace(/^[-*•]\s+/, '');
  let stamp: Stamp | null | 'invalid';
  let rest: string;
  const open = body[0];
  if (open === '[' || open === '(') {
    const close = body.indexOf(open === '[' ? ']' : ')');
    if (close < 0) return { ok: false, reason: 'No time at the start of the line' };
    const inner = body.slice(1, close).trim();
    stamp = readStamp(inner);
    if (stamp !== null && stamp !== 'invalid' && stamp.end !== inner.length) stamp = null;
    rest = body.slice(close + 1);
  } else {
    stamp = readStamp(body);
    rest = stamp !== null && stamp !== 'invalid' ? body.slice(stamp.end) : '';
  }
  if (stamp === 'invalid') return { ok: false, reason: 'The time on this line does not exist' };
  if (stamp === null) return { ok: false, reason: 'No time at the start of the line' };
  const description = rest.replace(LEADING_SEPARATORS, '').trim();
  if (description === '') return { ok: false, reason: 'There is a time but nothing about what happened' };
  return { ok: true, stamp, description };
}

/** Reads a date, time and zone at the start of `text`; null when there is none, 'invalid' for a time that cannot be. */
function readStamp(text: string): Stamp | null | 'invalid' {
  let pos = 0;
  const weekday = matchAt(WEEKDAY, text, pos);
  if (weekday) pos += weekday[0].length;

  let date: Stamp['date'] = null;
  let time: Stamp['time'] | 'invalid';
  let zone: Zone | null = null;

  const iso = matchAt(ISO_T, text, pos);
  if (iso) {
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    time = clock(iso[4], iso[5], iso[6], iso[7], undefined);
    pos += iso[0].length;
    const attached = matchAt(ATTACHED_ZONE, text, pos);
    if (attached?.[1]) {
      zone = offsetZone(attached[1]);
      if (zone === null) return 'invalid';
      pos += attached[0].length;
    }
  } else {
    const numeric = matchAt(DATE_NUMERIC, text, pos);
    const monthDay = numeric ? null : matchAt(DATE_MONTH_DAY, text, pos);
    const dayMonth = numeric || monthDay ? null : matchAt(DATE_DAY_MONTH, text, pos);
    if (numeric) date = { year: Number(numeric[1]), month: Number(numeric[2]), day: Number(numeric[3]) };
    if (monthDay) date = { year: optionalYear(monthDay[3]), month: monthNumber(monthDay[1]), day: Number(monthDay[2]) };
    if (dayMonth) date = { year: optionalYear(dayMonth[3]), month: monthNumber(dayMonth[2]), day: Number(dayMonth[1]) };
    const datePart = numeric ?? monthDay ?? dayMonth;
    const timeStart = pos + (datePart?.[0].length ?? 0);
    const full = matchAt(TIME, text, timeStart);
    const hourOnly = full ? null : matchAt(HOUR_AM_PM, text, timeStart);
    if (full) {
      time = clock(full[1], full[2], full[3], full[4], full[5]);
      pos = timeStart + full[0].length;
    } else if (hourOnly) {
      time = clock(hourOnly[1], '00', undefined, undefined, hourOnly[2]);
      pos = timeStart + hourOnly[0].length;
    } else {
      return null;
    }
  }
  if (zone === null) {
    const spaced = matchAt(SPACED_ZONE, text, pos);
    const named = spaced ? readSpacedZone(spaced) : null;
    if (named === 'invalid') return 'invalid';
    if (spaced && named) {
      zone = named;
      pos += spaced[0].length;
    }
  }
  if (!matchAt(BOUNDARY, text, pos)) return null;
  if (time === 'invalid') return 'invalid';
  if (date && (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31)) return 'invalid';
  return { date, time, zone, end: pos };
}

/** The zone after a time; 'invalid' for an offset that cannot be, null for a word that is no zone (it starts the description). */
function readSpacedZone(match: RegExpExecArray): Zone | 'invalid' | null {
  const [, utc, utcOffset, z, offset, name] = match;
  if (z) return { kind: 'name', timeZone: 'UTC' };
  if (utc) return utcOffset ? (offsetZone(utcOffset) ?? 'invalid') : { kind: 'name', timeZone: 'UTC' };
  if (offset) return offsetZone(offset) ?? 'invalid';
  const zone = canonicalTimeZone(name);
  return zone ? { kind: 'name', timeZone: zone } : null;
}

function offsetZone(text: string): Zone | null {
  if (/^z$/i.test(text)) return { kind: 'name', timeZone: 'UTC' };
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return { kind: 'offset', offsetMs: (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000 };
}

function clock(
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  fraction: string | undefined,
  meridiem: string | undefined,
): Stamp['time'] | 'invalid' {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  if (meridiem) {
    if (hour < 1 || hour > 12) return 'invalid';
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return 'invalid';
  const ms = fraction ? Math.min(999, Math.round(Number(`0.${fraction}`) * 1000)) : 0;
  return { hour, minute, second, ms };
}

function toInstant(date: CalendarDate, time: Stamp['time'], zone: Zone): number {
  const wall: WallClock = { ...date, hour: time.hour, minute: time.minute, second: time.second };
  const seconds =
    zone.kind === 'name' ? epochFromWallClock(wall, zone.timeZone) : wallClockToEpoch(wall) - zone.offsetMs;
  return seconds + time.ms;
}

/** The day a dateless line belongs to: the day of the line before, as seen in this line's zone. */
function contextDate(previous: number | null, zone: Zone, defaultDate: CalendarDate): CalendarDate {
  if (previous === null) return defaultDate;
  if (zone.kind === 'name') return wallClockAt(previous, zone.timeZone);
  const shifted = new Date(previous + zone.offsetMs);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** A date written without a year takes the year that puts it nearest the day of the line before. */
function withYear(
  date: { year: number | null; month: number; day: number },
  previous: number | null,
  zone: string,
  defaultDate: CalendarDate,
): CalendarDate {
  if (date.year !== null) return { year: date.year, month: date.month, day: date.day };
  const context = previous === null ? defaultDate : wallClockAt(previous, zone);
  const target = wallClockToEpoch({ ...context, hour: 12, minute: 0, second: 0 });
  let best: CalendarDate = { year: context.year, month: date.month, day: date.day };
  for (const year of [context.year - 1, context.year + 1]) {
    const candidate = { year, month: date.month, day: date.day };
    const distance = (d: CalendarDate) => Math.abs(wallClockToEpoch({ ...d, hour: 12, minute: 0, second: 0 }) - target);
    if (distance(candidate) < distance(best)) best = candidate;
  }
  return best;
}

function optionalYear(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}
