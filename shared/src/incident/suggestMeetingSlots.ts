import { canonicalTimeZone } from './isTimeZone.ts';
import { addDays, DAY_MS, dayOfWeek, epochFromWallClock, MINUTE_MS, wallClockAt } from './wallClock.ts';
import { parseInstant } from './zonedInstant.ts';

/** A proposed time for the post-mortem meeting. */
export interface MeetingSlot {
  /** ISO 8601 instant in UTC. */
  readonly start: string;
  /** ISO 8601 instant in UTC. */
  readonly end: string;
  readonly timeZone: string;
}

/** The resolution, the present moment and the zone whose working hours count. */
export interface SuggestMeetingSlotsInput {
  /** When the incident was resolved (ISO 8601); the meeting falls within the 7 days after it. */
  readonly resolvedAt: string;
  /** Milliseconds since the epoch; no slot starts before it. */
  readonly now: number;
  /** The IANA zone whose working hours and weekdays count. */
  readonly timeZone: string;
  /** How many slots to suggest at most. */
  readonly count: number;
  /** Default 60. */
  readonly durationMinutes?: number;
  /** At most this many slots on one day, to spread the choice over the week; default no limit. */
  readonly maxPerDay?: number;
  /** No slot starts sooner than this after `now`; default 0. */
  readonly minNoticeMinutes?: number;
}

/** How long after resolution the post-mortem should happen, while memories are fresh. */
export const MEETING_WINDOW_DAYS = 7;
const WORKDAY_START_MINUTES = 9 * 60;
const WORKDAY_END_MINUTES = 17 * 60;
const STEP_MINUTES = 30;

/**
 * The earliest slots, in order, that start on the hour or half-hour and fit whole inside 09:00–17:00 on a
 * weekday in `timeZone`, start no earlier than `now` (plus notice) and the resolution, and end within 7 days
 * of the resolution. Wall-clock times a daylight-saving change skips are never suggested.
 * Throws RangeError for an unknown zone or an invalid resolution time.
 */
export function suggestMeetingSlots(input: SuggestMeetingSlotsInput): MeetingSlot[] {
  const timeZone = canonicalTimeZone(input.timeZone);
  if (timeZone === null) throw new RangeError(`Unknown time zone: ${JSON.stringify(input.timeZone)}`);
  const resolved = parseInstant(input.resolvedAt);
  if (resolved === null) throw new RangeError(`Not an ISO 8601 date-time: ${JSON.stringify(input.resolvedAt)}`);
  const durationMinutes = input.durationMinutes ?? 60;
  const maxPerDay = input.maxPerDay ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(input.count) || input.count <= 0 || durationMinutes <= 0 || maxPerDay <= 0) return [];

  const earliest = Math.max(input.now + (input.minNoticeMinutes ?? 0) * MINUTE_MS, resolved);
  const latestEnd = resolved + MEETING_WINDOW_DAYS * DAY_MS;
  const slots: MeetingSlot[] = [];
  const firstDay = wallClockAt(earliest, timeZone);
  for (let offset = 0; offset <= MEETING_WINDOW_DAYS + 1 && slots.length < input.count; offset++) {
    const day = addDays(firstDay, offset);
    const weekday = dayOfWeek(day);
    if (weekday === 0 || weekday === 6) continue;
    let onThisDay = 0;
    for (
      let minutes = WORKDAY_START_MINUTES;
      minutes + durationMinutes <= WORKDAY_END_MINUTES && onThisDay < maxPerDay && slots.length < input.count;
      minutes += STEP_MINUTES
    ) {
      const wall = { ...day, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 };
      const start = epochFromWallClock(wall, timeZone);
      const shown = wallClockAt(start, timeZone);
      if (shown.hour !== wall.hour || shown.minute !== wall.minute) continue;
      const end = start + durationMinutes * MINUTE_MS;
      if (start < earliest || end > latestEnd) continue;
      slots.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString(), timeZone });
      onThisDay++;
    }
  }
  return slots;
}
