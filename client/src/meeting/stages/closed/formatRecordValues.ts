import {
  type ActionCost,
  formatCalendarDay,
  formatZonedDate,
  formatZonedTime,
  isTimeZone,
  type ZonedInstant,
} from '@debrief/shared';

/** The time of day as people in the moment's own zone read it, with the zone: "14:03 CET". */
export function formatTimeOfDay(instant: ZonedInstant): string {
  return formatZonedTime(instant.at, zoneOf(instant));
}

/** The day in the moment's zone: "Fri 20 Nov 2026"; timeline rows are grouped under it. */
export function formatDay(instant: ZonedInstant): string {
  return formatZonedDate(instant.at, zoneOf(instant), { weekday: true });
}

/** A due date (YYYY-MM-DD) as "4 Dec 2026". */
export function formatDueDate(date: string): string {
  return formatCalendarDay(date) || date;
}

/** An action's estimate as people say it: "6 h", "M (about 16 h)". */
export function describeActionCost(cost: ActionCost, sizeHours: Readonly<Record<string, number>>): string {
  if (cost.unit === 'hours') return `${formatHours(cost.hours)} h`;
  return `${cost.size} (about ${formatHours(sizeHours[cost.size] ?? 0)} h)`;
}

function formatHours(hours: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(hours);
}

// A zone this browser does not know: the instant in UTC is still true.
function zoneOf(instant: ZonedInstant): string {
  return isTimeZone(instant.timeZone) ? instant.timeZone : 'UTC';
}
