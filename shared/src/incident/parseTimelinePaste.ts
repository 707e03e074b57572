import { formatUtcOffset } from './formatUtcOffset.ts';
import { canonicalTimeZone } from './isTimeZone.ts';
import { readTimeZoneAbbreviation } from './timeZoneAbbreviations.ts';
import {
  addDays,
  DAY_MS,
  isCalendarDate,
  parseCalendarDate,
  timeZoneOffsetMs,
  type WallClock,
  wallClockToEpoch,
} from './wallClock.ts';

/** An event read from pasted lines. */
export interface PastedTimelineEvent {
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  /** The zone named on the line ('UTC', 'Europe/Berlin'), else the incident's zone. */
  readonly timeZone: string;
  readonly description: string;
  /** The 1-based number of the (first) line it was read from. */
  readonly line: number;
  /** The line as pasted; the lines, joined by newlines, when an update's text stands above its time. */
  readonly text: string;
  /** How the line was read where it could have been read otherwise ('IST read as India Standard Time (UTC+05:30)'). */
  readonly note?: string;
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
  /** The incident's IANA time zone, for lines that name none (and to read ambiguous abbreviations such as IST). */
  readonly timeZone: string;
}

type CalendarDate = { year: number; month: number; day: number };
type LooseDate = { year: number | null; month: number; day: number };
type Zone =
  | { kind: 'name'; timeZone: string }
  /** `timeZone`, when known, is a zone that shows this offset for part of the year, for display. */
  | { kind: 'offset'; offsetMs: number; timeZone?: string; abbreviation?: string; note?: string };
type Time = { hour: number; minute: number; second: number; ms: number };
type Stamp = { date: LooseDate | null; time: Time; zone: Zone | null; end: number };

/** A line as first read, before dates are put in context. */
type Item =
  | { kind: 'event'; line: number; text: string; stamp: Stamp; description: string }
  | { kind: 'stampOnly'; line: number; text: string; stamp: Stamp }
  | { kind: 'header'; line: number; text: string; date: LooseDate }
  | { kind: 'prose'; line: number; text: string; body: string; reason: string }
  | { kind: 'unreadable'; line: number; text: string; reason: string }
  | { kind: 'blank' };

const HALF_DAY_MS = DAY_MS / 2;
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL = '(?:st|nd|rd|th)?';
const WEEKDAY = /(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/iy;
const ISO_T = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?/iy;
const DATE_NUMERIC = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d|[:/]\d)/y;
const DATE_YEAR_MONTH_DAY = new RegExp(`(\\d{4})\\s+(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL}(?!\\d|:\\d)`, 'iy');
const DATE_MONTH_DAY = new RegExp(
  `(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4})(?!\\d|:\\d))?(?!\\d|:\\d)`,
  'iy',
);
const DATE_DAY_MONTH = new RegExp(
  `(\\d{1,2})${ORDINAL}\\s+(${MONTH})\\.?(?:,?\\s+(\\d{4})(?!\\d|:\\d))?(?![a-z])`,
  'iy',
);
const DATE_TIME_SEPARATOR = /\s*,?\s*(?:(?:at\b|@|[-–—|])\s*)?/iy;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s?([ap])\.?m\.?(?![a-z0-9]))?/iy;
const HOUR_AM_PM = /(\d{1,2})\s?([ap])\.?m\.?(?![a-z0-9])/iy;
const ATTACHED_ZONE = /(Z(?![a-z])|[+-]\d{2}:?\d{2}(?!\d))/iy;
const SPACED_ZONE =
  /\s+(?:(?:(UTC|GMT)([+-]\d{1,2}(?::?\d{2})?)?|(Z))(?![a-z/])|([+-]\d{2}:?\d{2})(?!\d)|([a-z_]+(?:\/[a-z0-9_+-]+)+))/iy;
// Case matters: 'PT' is a zone where 'pt' may start a description.
const ABBREVIATED_ZONE = /(?:\s+\(?|\s*\()([A-Z]{2,5})\)?(?![A-Za-z0-9/])/y;
const DATE_AFTER_TIME = /,?\s+on\s+/iy;
const BOUNDARY = /$|[\s\-–—|:>,.\])]/y;
const LEADING_SEPARATORS = /^[\s\-–—|:>,.]+/;
// Words people put before a time: 'At 14:02', 'Starting at', 'Update 8:20 am PT:', 'Posted 3 hours ago. Mar 08…'.
const LEAD_IN =
  /(?:(?:updated?|posted(?:\s+[^.]{1,30}?\s+ago\.?)?|edit(?:ed)?|starting|beginning|started|from|since|around|approximately|approx\.|about|roughly|circa|ca\.|by|until|at|on)(?![a-z])|~|@)\s*[-–—:,]?\s*/iy;
const FIELD_LABEL = /([A-Za-z][A-Za-z0-9 ()'/&-]{0,48}?)\s*:\s+/y;
const STATUS_LABEL =
  /^(resolved|monitoring|identified|investigating|update|updated|mitigated|completed|scheduled|in progress|verifying|postmortem|post-mortem)\s*(?:$|[-–—:]\s*)/i;
const BULLET = /^(?:[-*•]|\d{1,3}[.)])\s+/;

/**
 * Reads a pasted timeline into events. A line may start with its stamp (`14:03 deploy started`, `[14:03:27] x`,
 * `9:05pm x`, `Nov 20 09:12 x`, `2026-11-20T09:12:00Z x`, `Feb 01, 2017 - 01:58 UTC: x`, `2018 October 21 22:52
 * UTC x`, `Thursday, March 10, 2016, at 9:59 PM UTC x`), after a lead-in (`At 14:02 UTC, x`, `Update 8:20 am PT:
 * x`, `On October 11, 2024, at 14:02 UTC x`) or a field label (`Detected: 14:05 UTC`), with the date after the
 * time (`00:05 UTC on 30 October 2025 – x`). Zones are UTC offsets, IANA names or abbreviations (PDT, PT, CEST,
 * IST…; ambiguous ones are read by the incident's zone and say so in `note`).
 *
 * A line that is only a date ('April 9', 'Monday 20 Nov') dates the lines below it. Status-page updates, whose
 * text comes first and whose stamp stands alone on the line below, become one event ('Resolved: text').
 *
 * A line without a date takes the date of its day header, else of the line before (the incident's date at first)
 * and, when its time is more than 12 hours before the line before, the next day: 23:50 then 00:10 crosses
 * midnight, while 14:05 then 14:03 is a line out of order. When most times run backwards the paste is newest
 * first, and a time more than 12 hours after the line before is the day before. Blank lines are skipped; every
 * other line becomes part of an event, dates the lines below, or comes back in `unreadable` with why.
 * Throws RangeError for invalid options.
 */
export function parseTimelinePaste(text: string, options: ParseTimelinePasteOptions): TimelinePaste {
  const defaultZone = canonicalTimeZone(options.timeZone);
  if (defaultZone === null) throw new RangeError(`Unknown time zone: ${JSON.stringify(options.timeZone)}`);
  const defaultDate = parseCalendarDate(options.defaultDate);
  if (defaultDate === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(options.defaultDate)}`);

  const unreadable: UnreadableLine[] = [];
  const items = groupStatusUpdates(
    text.split(/\r\n|\r|\n/).map((raw, index) => readItem(raw.replace(/\s+$/, ''), index + 1, defaultZone)),
    unreadable,
  );
  const newestFirst = isNewestFirst(items);

  const clock = createZoneClock();
  const events: PastedTimelineEvent[] = [];
  let previous: number | null = null;
  let headerDate: CalendarDate | null = null;
  for (const item of items) {
    if (item.kind === 'header') {
      const date = withYear(item.date, previous, defaultZone, defaultDate, clock);
      if (isCalendarDate(date.year, date.month, date.day)) headerDate = date;
      else unreadable.push({ lineNumber: item.line, text: item.text, reason: 'The date on this line does not exist' });
      continue;
    }
    if (item.kind !== 'event') continue;
    const { stamp } = item;
    const zone: Zone = stamp.zone ?? { kind: 'name', timeZone: defaultZone };
    let at: number;
    if (stamp.date !== null) {
      const date = withYear(stamp.date, previous, defaultZone, defaultDate, clock);
      if (!isCalendarDate(date.year, date.month, date.day)) {
        unreadable.push({ lineNumber: item.line, text: item.text, reason: 'The date on this line does not exist' });
        continue;
      }
      at = toInstant(date, stamp.time, zone, clock);
      headerDate = null;
    } else if (headerDate !== null) {
      // Under a day header the header says the day, so times are not rolled over midnight.
      at = toInstant(headerDate, stamp.time, zone, clock);
    } else {
      const context = contextDate(previous, zone, defaultDate, clock);
      at = toInstant(context, stamp.time, zone, clock);
      // Dateless times running against the paste's order by more than half a day have crossed midnight.
      if (previous !== null && !newestFirst && at < previous - HALF_DAY_MS) {
        at = toInstant(addDays(context, 1), stamp.time, zone, clock);
      } else if (previous !== null && newestFirst && at > previous + HALF_DAY_MS) {
        at = toInstant(addDays(context, -1), stamp.time, zone, clock);
      }
    }
    previous = at;
    const note = zone.kind === 'offset' ? (zone.note ?? offSeasonNote(zone, at, clock)) : undefined;
    events.push({
      at: new Date(at).toISOString(),
      timeZone: displayZone(zone, at, defaultZone, clock),
      description: item.description,
      line: item.line,
      text: item.text,
      ...(note === undefined ? {} : { note }),
    });
  }
  unreadable.sort((a, b) => a.lineNumber - b.lineNumber);
  return { events, unreadable };
}

function readItem(lineText: string, line: number, incidentZone: string): Item {
  if (lineText.trim() === '') return { kind: 'blank' };
  const body = lineText
    .trim()
    .replace(BULLET, '')
    .replace(/^#+\s*/, '')
    .replace(/^\*\*([^*]+)\*\*/, '$1')
    .trim();
  const read = readLine(body, incidentZone);
  if (read.kind === 'invalid') return { kind: 'unreadable', line, text: lineText, reason: read.reason };
  if (read.kind === 'stamp') {
    if (read.description === '') return { kind: 'stampOnly', line, text: lineText, stamp: read.stamp };
    return { kind: 'event', line, text: lineText, stamp: read.stamp, description: read.description };
  }
  const header = readDayHeader(body);
  if (header === 'invalid')
    return { kind: 'unreadable', line, text: lineText, reason: 'The date on this line does not exist' };
  if (header !== null) return { kind: 'header', line, text: lineText, date: header };
  return { kind: 'prose', line, text: lineText, body, reason: whyNoTime(body) };
}

function whyNoTime(body: string): string {
  const status = STATUS_LABEL.exec(body);
  if (status && status[0].length === body.length) return 'A status with no update and no time below it';
  if (/^[A-Z][A-Za-z0-9 ()'/&-]{0,40}:\s+\S/.test(body)) return 'A field with no time in it';
  if (/^[A-Z]/.test(body) && !/[.!?]$/.test(body) && body.split(/\s+/).length <= 4) {
    return 'Looks like a heading, not an event: there is no time on it';
  }
  return 'No time at the start of the line';
}

type ReadLine =
  | { kind: 'stamp'; stamp: Stamp; description: string }
  | { kind: 'invalid'; reason: string }
  | { kind: 'none' };

function readLine(body: string, incidentZone: string): ReadLine {
  const open = body[0];
  if (open === '[' || open === '(') {
    const close = body.indexOf(open === '[' ? ']' : ')');
    if (close < 0) return { kind: 'none' };
    const inner = body.slice(1, close).trim();
    const stamp = readStamp(inner, 0, incidentZone);
    if (stamp === 'invalid') return { kind: 'invalid', reason: 'The time on this line does not exist' };
    if (stamp === null || stamp.end !== inner.length) return { kind: 'none' };
    return { kind: 'stamp', stamp, description: cleanDescription(body.slice(close + 1)) };
  }
  const direct = readStampAfterLeadIn(body, 0, incidentZone);
  if (direct === 'invalid') return { kind: 'invalid', reason: 'The time on this line does not exist' };
  if (direct !== null) return { kind: 'stamp', stamp: direct, description: cleanDescription(body.slice(direct.end)) };

  // 'Incident Start Time: 2024-10-11 14:02 UTC': the label says what happened.
  const label = matchAt(FIELD_LABEL, body, 0);
  if (label?.[1] && label[1].split(/\s+/).length <= 6) {
    const stamp = readStampAfterLeadIn(body, label[0].length, incidentZone);
    if (stamp === 'invalid') return { kind: 'invalid', reason: 'The time on this line does not exist' };
    if (stamp !== null) {
      const name = label[1].replace(/\s+(?:at|on)$/i, '').trim();
      const rest = cleanDescription(body.slice(stamp.end));
      const description = rest === '' ? name : /^[a-z]/.test(rest) ? `${name} ${rest}` : `${name}: ${rest}`;
      return { kind: 'stamp', stamp, description };
    }
  }
  return { kind: 'none' };
}

function cleanDescription(text: string): string {
  return text.replace(LEADING_SEPARATORS, '').trim();
}

function readStampAfterLeadIn(text: string, start: number, incidentZone: string): Stamp | null | 'invalid' {
  let pos = start;
  for (let words = 0; words <= 3; words += 1) {
    const stamp = readStamp(text, pos, incidentZone);
    if (stamp !== null) return stamp;
    const leadIn = matchAt(LEAD_IN, text, pos);
    if (!leadIn || leadIn[0].length === 0) return null;
    pos += leadIn[0].length;
  }
  return null;
}

/** Reads a date at `pos`, with an optional weekday before it; null when there is none. */
function readDate(text: string, pos: number): { date: LooseDate; end: number } | null {
  const weekday = matchAt(WEEKDAY, text, pos);
  const start = pos + (weekday?.[0].length ?? 0);
  const numeric = matchAt(DATE_NUMERIC, text, start);
  if (numeric)
    return {
      date: { year: Number(numeric[1]), month: Number(numeric[2]), day: Number(numeric[3]) },
      end: start + numeric[0].length,
    };
  const yearFirst = matchAt(DATE_YEAR_MONTH_DAY, text, start);
  if (yearFirst) {
    return {
      date: { year: Number(yearFirst[1]), month: monthNumber(yearFirst[2]), day: Number(yearFirst[3]) },
      end: start + yearFirst[0].length,
    };
  }
  const monthDay = matchAt(DATE_MONTH_DAY, text, start);
  if (monthDay) {
    return {
      date: { year: optionalYear(monthDay[3]), month: monthNumber(monthDay[1]), day: Number(monthDay[2]) },
      end: start + monthDay[0].length,
    };
  }
  const dayMonth = matchAt(DATE_DAY_MONTH, text, start);
  if (dayMonth) {
    return {
      date: { year: optionalYear(dayMonth[3]), month: monthNumber(dayMonth[2]), day: Number(dayMonth[1]) },
      end: start + dayMonth[0].length,
    };
  }
  return null;
}

/** A line that is only a date, such as 'April 9', 'Monday 20 Nov' or '2024-10-11:'. */
function readDayHeader(body: string): LooseDate | 'invalid' | null {
  const read = readDate(body, 0);
  if (read === null || !/^\s*[:.]?\s*$/.test(body.slice(read.end))) return null;
  const { month, day } = read.date;
  return month < 1 || month > 12 || day < 1 || day > 31 ? 'invalid' : read.date;
}

/** Reads a date, time and zone at `start`; null when there is none, 'invalid' for a time that cannot be. */
function readStamp(text: string, start: number, incidentZone: string): Stamp | null | 'invalid' {
  let pos = start;
  let date: Stamp['date'] = null;
  let time: Time | 'invalid';
  let zone: Zone | null = null;

  const weekday = matchAt(WEEKDAY, text, pos);
  const iso = matchAt(ISO_T, text, pos + (weekday?.[0].length ?? 0));
  if (iso) {
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    time = clock(iso[4], iso[5], iso[6], iso[7], undefined);
    pos += (weekday?.[0].length ?? 0) + iso[0].length;
    const attached = matchAt(ATTACHED_ZONE, text, pos);
    if (attached?.[1]) {
      zone = offsetZone(attached[1]);
      if (zone === null) return 'invalid';
      pos += attached[0].length;
    }
  } else {
    const datePart = readDate(text, pos);
    let timeStart = pos + (weekday?.[0].length ?? 0);
    if (datePart) {
      date = datePart.date;
      timeStart = datePart.end + (matchAt(DATE_TIME_SEPARATOR, text, datePart.end)?.[0].length ?? 0);
    }
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
    if (text[pos] === 'Z' && !/[a-z]/i.test(text[pos + 1] ?? '')) {
      zone = { kind: 'name', timeZone: 'UTC' };
      pos += 1;
    }
  }
  if (zone === null) {
    const spaced = matchAt(SPACED_ZONE, text, pos);
    const named = spaced ? readSpacedZone(spaced) : null;
    if (named === 'invalid') return 'invalid';
    if (spaced && named) {
      zone = named;
      pos += spaced[0].length;
    } else {
      const abbreviated = matchAt(ABBREVIATED_ZONE, text, pos);
      const reading = abbreviated?.[1] ? readTimeZoneAbbreviation(abbreviated[1], incidentZone) : null;
      if (abbreviated && reading) {
        zone =
          reading.kind === 'zone'
            ? { kind: 'name', timeZone: reading.timeZone }
            : {
                kind: 'offset',
                offsetMs: reading.offsetMinutes * 60_000,
                timeZone: reading.timeZone,
                abbreviation: abbreviated[1],
                ...(reading.note === undefined ? {} : { note: reading.note }),
              };
        pos += abbreviated[0].length;
      }
    }
  }
  if (date === null) {
    // '00:05 UTC on 30 October 2025'
    const on = matchAt(DATE_AFTER_TIME, text, pos);
    const after = on ? readDate(text, pos + on[0].length) : null;
    if (after) {
      date = after.date;
      pos = after.end;
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

/** 'PST read as UTC-08:00, though America/Los_Angeles was on UTC-07:00 then': people often write PST all year. */
function offSeasonNote(zone: Extract<Zone, { kind: 'offset' }>, at: number, clock: ZoneClock): string | undefined {
  if (zone.abbreviation === undefined || zone.timeZone === undefined) return undefined;
  const actual = clock.offset(at, zone.timeZone);
  if (actual === zone.offsetMs) return undefined;
  const place = zone.timeZone.replaceAll('_', ' ');
  return `${zone.abbreviation} read as ${formatUtcOffset(zone.offsetMs / 60_000)}, though ${place} was on ${formatUtcOffset(actual / 60_000)} then`;
}

/** The zone an event is shown in: the zone named on the line, or one that shows its offset at that instant. */
function displayZone(zone: Zone, at: number, defaultZone: string, clock: ZoneClock): string {
  if (zone.kind === 'name') return zone.timeZone;
  if (zone.timeZone === undefined) return defaultZone;
  if (clock.offset(at, defaultZone) === zone.offsetMs) return defaultZone;
  return clock.offset(at, zone.timeZone) === zone.offsetMs ? zone.timeZone : defaultZone;
}

/**
 * Status pages put an update's text first and its stamp alone on the line below ('Resolved - Fixed.' then
 * 'Mar 8, 13:01 UTC'). The text lines just above a stamp-only line (from the last status label, else the last
 * line) become its description; other lines without a time are unreadable.
 */
function groupStatusUpdates(items: readonly Item[], unreadable: UnreadableLine[]): Item[] {
  const grouped: Item[] = [];
  let block: Extract<Item, { kind: 'prose' }>[] = [];
  const flush = (lines: readonly Extract<Item, { kind: 'prose' }>[]) => {
    for (const line of lines) unreadable.push({ lineNumber: line.line, text: line.text, reason: line.reason });
  };
  for (const item of items) {
    if (item.kind === 'prose') {
      block.push(item);
      continue;
    }
    if (item.kind === 'stampOnly') {
      if (block.length === 0) {
        unreadable.push({
          lineNumber: item.line,
          text: item.text,
          reason: 'There is a time but nothing about what happened',
        });
        continue;
      }
      let from = block.length - 1;
      for (let i = block.length - 1; i >= 0; i -= 1) {
        if (STATUS_LABEL.test(block[i]?.body ?? '')) {
          from = i;
          break;
        }
      }
      flush(block.slice(0, from));
      const used = block.slice(from);
      block = [];
      const first = used[0];
      if (first === undefined) continue;
      grouped.push({
        kind: 'event',
        line: first.line,
        text: [...used.map((line) => line.text), item.text].join('\n'),
        stamp: item.stamp,
        description: describeStatusUpdate(used.map((line) => line.body)),
      });
      continue;
    }
    flush(block);
    block = [];
    if (item.kind === 'unreadable') unreadable.push({ lineNumber: item.line, text: item.text, reason: item.reason });
    else if (item.kind !== 'blank') grouped.push(item);
  }
  flush(block);
  return grouped;
}

/** 'Resolved: This incident has been resolved.' from 'Resolved' + 'This incident…' or 'Resolved - This incident…'. */
function describeStatusUpdate(lines: readonly string[]): string {
  const first = lines[0] ?? '';
  const status = STATUS_LABEL.exec(first);
  const joined = lines.join(' ').replace(/\s+/g, ' ').trim();
  if (!status?.[1]) return joined;
  const rest = [first.slice(status[0].length), ...lines.slice(1)].join(' ').replace(/\s+/g, ' ').trim();
  const label = status[1][0]?.toUpperCase() + status[1].slice(1);
  return rest === '' ? label : `${label}: ${rest}`;
}

/** Whether most steps between the paste's dates and times go backwards, as on status pages and in chat scrollback. */
function isNewestFirst(items: readonly Item[]): boolean {
  let forward = 0;
  let backward = 0;
  let day: LooseDate | null = null;
  let minutes: number | null = null;
  const step = (difference: number) => {
    if (difference > 0) forward += 1;
    if (difference < 0) backward += 1;
  };
  for (const item of items) {
    if (item.kind === 'header') {
      if (day !== null) step(compareDays(item.date, day));
      day = item.date;
      minutes = null;
    } else if (item.kind === 'event') {
      const { date, time } = item.stamp;
      const now = time.hour * 60 + time.minute;
      if (date !== null && day !== null && compareDays(date, day) !== 0) step(compareDays(date, day));
      else if (minutes !== null) step(nearestClockStep(now - minutes));
      if (date !== null) day = date;
      minutes = now;
    }
  }
  return backward > forward;
}

/** A change of clock time read the short way round: 23:50 to 00:10 is 20 minutes on, 00:10 to 23:50 is 20 back. */
function nearestClockStep(minutes: number): number {
  const forward = ((minutes % 1440) + 1440) % 1440;
  if (forward === 0 || forward === 720) return 0;
  return forward < 720 ? forward : forward - 1440;
}

function compareDays(a: LooseDate, b: LooseDate): number {
  if (a.year !== null && b.year !== null && a.year !== b.year) return a.year - b.year;
  return a.month * 32 + a.day - (b.month * 32 + b.day);
}

function clock(
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  fraction: string | undefined,
  meridiem: string | undefined,
): Time | 'invalid' {
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

function toInstant(date: CalendarDate, time: Time, zone: Zone, clock: ZoneClock): number {
  const wall: WallClock = { ...date, hour: time.hour, minute: time.minute, second: time.second };
  const seconds = zone.kind === 'name' ? clock.instant(wall, zone.timeZone) : wallClockToEpoch(wall) - zone.offsetMs;
  return seconds + time.ms;
}

/** The day a dateless line belongs to: the day of the line before, as seen in this line's zone. */
function contextDate(previous: number | null, zone: Zone, defaultDate: CalendarDate, clock: ZoneClock): CalendarDate {
  if (previous === null) return defaultDate;
  const offset = zone.kind === 'name' ? clock.offset(previous, zone.timeZone) : zone.offsetMs;
  const shifted = new Date(previous + offset);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** A date written without a year takes the year that puts it nearest the day of the line before. */
function withYear(
  date: LooseDate,
  previous: number | null,
  zone: string,
  defaultDate: CalendarDate,
  clock: ZoneClock,
): CalendarDate {
  if (date.year !== null) return { year: date.year, month: date.month, day: date.day };
  const context =
    previous === null ? defaultDate : contextDate(previous, { kind: 'name', timeZone: zone }, defaultDate, clock);
  const target = wallClockToEpoch({ ...context, hour: 12, minute: 0, second: 0 });
  let best: CalendarDate = { year: context.year, month: date.month, day: date.day };
  for (const year of [context.year - 1, context.year + 1]) {
    const candidate = { year, month: date.month, day: date.day };
    const distance = (d: CalendarDate) => Math.abs(wallClockToEpoch({ ...d, hour: 12, minute: 0, second: 0 }) - target);
    if (distance(candidate) < distance(best)) best = candidate;
  }
  return best;
}

type ZoneClock = ReturnType<typeof createZoneClock>;

const OFFSET_STEP_MS = 15 * 60_000;

/**
 * Zone offsets for one paste: asking Intl for each of a long paste's lines is slow. A day whose offset is the
 * same at both ends keeps it all day; a day with a change is looked up per quarter hour, as zones change their
 * offset only on quarter hours. `instant` follows the rules of `epochFromWallClock`.
 */
function createZoneClock() {
  const offsets = new Map<string, number>();
  const offsetAtStep = (step: number, timeZone: string): number => {
    const key = `${timeZone} ${step}`;
    let known = offsets.get(key);
    if (known === undefined) {
      known = timeZoneOffsetMs(step, timeZone);
      offsets.set(key, known);
    }
    return known;
  };
  const offset = (ms: number, timeZone: string): number => {
    if (timeZone === 'UTC') return 0;
    const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
    const atStart = offsetAtStep(dayStart, timeZone);
    if (atStart === offsetAtStep(dayStart + DAY_MS, timeZone)) return atStart;
    return offsetAtStep(Math.floor(ms / OFFSET_STEP_MS) * OFFSET_STEP_MS, timeZone);
  };
  const instant = (wall: WallClock, timeZone: string): number => {
    if (timeZone === 'UTC') return wallClockToEpoch(wall);
    const local = wallClockToEpoch(wall);
    const before = local - offset(local - DAY_MS, timeZone);
    const after = local - offset(local + DAY_MS, timeZone);
    const beforeFits = offset(before, timeZone) === local - before;
    const afterFits = before === after ? beforeFits : offset(after, timeZone) === local - after;
    if (beforeFits && afterFits) return Math.min(before, after);
    return afterFits ? after : before;
  };
  return { offset, instant };
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
