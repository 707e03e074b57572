import { canonicalTimeZone } from './isTimeZone.ts';
import { epochFromWallClock, parseCalendarDate } from './wallClock.ts';

/**
 * The UTC instant (ISO 8601) at which a clock in `timeZone` shows `dateStr` ('YYYY-MM-DD') and `timeStr`
 * ('HH:mm' or 'HH:mm:ss'), or null when any of the three is not valid. A time skipped by a daylight-saving
 * change moves forward by the gap (02:30 → 03:30); a time that occurs twice is the first occurrence.
 */
export function zonedWallTimeToUtc(dateStr: string, timeStr: string, timeZone: string): string | null {
  const date = parseCalendarDate(dateStr);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(timeStr);
  const zone = canonicalTimeZone(timeZone);
  if (date === null || time === null || zone === null) return null;
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? '0');
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(epochFromWallClock({ ...date, hour, minute, second }, zone)).toISOString();
}
