import { canonicalTimeZone } from './isTimeZone.ts';
import { formatCalendarDate, pad2, wallClockAt } from './wallClock.ts';
import { parseInstant } from './zonedInstant.ts';

/** What a clock in `timeZone` shows at the instant `iso`, as form-field values `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`, or null. */
export function utcToZonedWallTime(iso: string, timeZone: string): { date: string; time: string } | null {
  const ms = parseInstant(iso);
  const zone = canonicalTimeZone(timeZone);
  if (ms === null || zone === null) return null;
  const wall = wallClockAt(ms, zone);
  return { date: formatCalendarDate(wall), time: `${pad2(wall.hour)}:${pad2(wall.minute)}` };
}
