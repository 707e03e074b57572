import { formatUtcOffset } from './formatUtcOffset.ts';
import { canonicalTimeZone } from './isTimeZone.ts';
import { type WallClock, wallClockAt, wallClockToEpoch } from './wallClock.ts';
import { parseInstant } from './zonedInstant.ts';

// How Debrief writes dates and times, everywhere, whatever the reader's language: day, short month and year, a
// 24-hour clock, and the zone as people abbreviate it or as an offset from UTC.
// '5 Dec 2026' · 'Sat 5 Dec 2026' · '14:03 CET' · '5 Dec 2026, 14:03 CET' · '5 Dec 2026, 19:33 UTC+05:30'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** '5 Dec 2026', or 'Sat 5 Dec 2026' with the weekday, for a calendar date 'YYYY-MM-DD'; '' for anything else. */
export function formatCalendarDay(date: string, { weekday = false }: { weekday?: boolean } = {}): string {
  const match = /^(-?\d{4,6})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (Number.isNaN(ms) || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return '';
  return writeDay({ year, month, day }, weekday ? check.getUTCDay() : null);
}

/** The day of the instant `iso` in `timeZone`: '5 Dec 2026' (or 'Sat 5 Dec 2026'); '' for an unreadable instant or zone. */
export function formatZonedDate(
  iso: string,
  timeZone: string,
  { weekday = false }: { weekday?: boolean } = {},
): string {
  const reading = read(iso, timeZone);
  if (!reading) return '';
  const weekdayIndex = weekday ? new Date(wallClockToEpoch(reading.wall)).getUTCDay() : null;
  return writeDay(reading.wall, weekdayIndex);
}

/** The time of day in `timeZone` on a 24-hour clock: '14:03'; '' for an unreadable instant or zone. */
export function formatZonedClock(iso: string, timeZone: string): string {
  const reading = read(iso, timeZone);
  return reading ? writeClock(reading.wall) : '';
}

/** The zone as people there abbreviate it ('CET', 'EST', 'UTC'), else its offset then ('UTC+05:30'). */
export function formatZoneName(iso: string, timeZone: string): string {
  const reading = read(iso, timeZone);
  return reading ? zoneName(reading.ms, reading.zone, reading.offsetMinutes) : '';
}

/** The time of day with its zone: '14:03 CET'. */
export function formatZonedTime(iso: string, timeZone: string): string {
  const reading = read(iso, timeZone);
  return reading ? `${writeClock(reading.wall)} ${zoneName(reading.ms, reading.zone, reading.offsetMinutes)}` : '';
}

/** The whole moment: '5 Dec 2026, 14:03 CET'; '' for an unreadable instant or zone. */
export function formatZonedDateTime(iso: string, timeZone: string): string {
  const reading = read(iso, timeZone);
  if (!reading) return '';
  const zone = zoneName(reading.ms, reading.zone, reading.offsetMinutes);
  return `${writeDay(reading.wall, null)}, ${writeClock(reading.wall)} ${zone}`;
}

function read(iso: string, timeZone: string) {
  const ms = parseInstant(iso);
  const zone = canonicalTimeZone(timeZone);
  if (ms === null || zone === null) return null;
  try {
    const wall = wallClockAt(ms, zone);
    return { ms, zone, wall, offsetMinutes: Math.round((wallClockToEpoch(wall) - ms) / 60_000) };
  } catch {
    return null;
  }
}

function writeDay(wall: Pick<WallClock, 'year' | 'month' | 'day'>, weekday: number | null): string {
  const day = `${wall.day} ${MONTHS[wall.month - 1] ?? ''} ${wall.year}`;
  return weekday === null ? day : `${WEEKDAYS[weekday] ?? ''} ${day}`;
}

function writeClock(wall: WallClock): string {
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

// Intl is slow next to writing a long timeline, and a zone has few names in a year.
const zoneNames = new Map<string, string>();
const ABBREVIATION = /^[A-Z]{2,5}$/;

function zoneName(ms: number, timeZone: string, offsetMinutes: number): string {
  const key = `${timeZone}|${offsetMinutes}`;
  const known = zoneNames.get(key);
  if (known !== undefined) return known;
  // British English knows Europe's abbreviations (CET, BST), American English America's (EST, PDT).
  const name =
    [abbreviation('en-GB', timeZone, ms), abbreviation('en-US', timeZone, ms)].find((candidate) =>
      ABBREVIATION.test(candidate),
    ) ?? formatUtcOffset(offsetMinutes);
  if (zoneNames.size < 2000) zoneNames.set(key, name);
  return name;
}

function abbreviation(locale: string, timeZone: string, ms: number): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(ms);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
