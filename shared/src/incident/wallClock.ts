/** A calendar date and time of day as a clock on the wall in some time zone shows it. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Formatters are costly to build and carry no state, so one per zone is kept for the life of the module.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What the wall clock in `timeZone` shows at the instant `ms`; throws RangeError for an unknown zone. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const values: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ms)) values[part.type] = part.value;
  const year = Number(values.year);
  return {
    year: values.era === 'BC' || values.era === 'B' ? 1 - year : year,
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

/** The wall clock read as if it were UTC, in milliseconds; differences of these are wall-clock differences. */
export function wallClockToEpoch(wall: WallClock): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  if (wall.year >= 0 && wall.year < 100) {
    const date = new Date(ms);
    date.setUTCFullYear(wall.year);
    return date.getTime();
  }
  return ms;
}

/** How far `timeZone` is ahead of UTC at the instant `ms`, in milliseconds. */
export function timeZoneOffsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallClockToEpoch(wallClockAt(whole, timeZone)) - whole;
}

/**
 * The instant a wall clock in `timeZone` shows `wall`. In a daylight-saving gap the clock is read with the
 * offset from before the change (02:30 on a spring-forward night becomes 03:30); in an overlap the earlier
 * of the two instants is taken. These are the "compatible" rules of Temporal and of most calendars.
 */
export function epochFromWallClock(wall: WallClock, timeZone: string): number {
  const local = wallClockToEpoch(wall);
  const offsetBefore = timeZoneOffsetMs(local - DAY_MS, timeZone);
  const offsetAfter = timeZoneOffsetMs(local + DAY_MS, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter].filter(
    (instant) => timeZoneOffsetMs(instant, timeZone) === local - instant,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return local - offsetBefore;
}

/** Whether year, month and day name a real calendar day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** 28 to 31, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day `days` after the given one (negative for before). */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  const moved = new Date(wallClockToEpoch({ ...date, hour: 12, minute: 0, second: 0 }) + days * DAY_MS);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 0 for Sunday to 6 for Saturday, for a calendar day. */
export function dayOfWeek(date: { year: number; month: number; day: number }): number {
  return new Date(wallClockToEpoch({ ...date, hour: 12, minute: 0, second: 0 })).getUTCDay();
}

/** 'YYYY-MM-DD' for a calendar day. */
export function formatCalendarDate(date: { year: number; month: number; day: number }): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Reads 'YYYY-MM-DD' into a real calendar day, or null. */
export function parseCalendarDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDate(date.year, date.month, date.day) ? date : null;
}

/** Two digits, zero-padded. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export { DAY_MS, MINUTE_MS };
