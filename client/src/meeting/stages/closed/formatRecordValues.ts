import { type ActionCost, formatInTimeZone, type ZonedInstant } from '@debrief/shared';

const timeOnly: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
const dayOnly: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };

/** The time of day as people in the moment's own zone read it, with the zone: "14:03 CET". */
export function formatTimeOfDay(instant: ZonedInstant): string {
  return safeFormat(instant, timeOnly);
}

/** The day in the moment's zone: "Fri, 20 Nov 2026"; timeline rows are grouped under it. */
export function formatDay(instant: ZonedInstant): string {
  return safeFormat(instant, dayOnly);
}

/** A due date (YYYY-MM-DD) as "4 Dec 2026". */
export function formatDueDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    ms,
  );
}

/** An action's estimate as people say it: "6 h", "M (about 16 h)". */
export function describeActionCost(cost: ActionCost, sizeHours: Readonly<Record<string, number>>): string {
  if (cost.unit === 'hours') return `${formatHours(cost.hours)} h`;
  return `${cost.size} (about ${formatHours(sizeHours[cost.size] ?? 0)} h)`;
}

function formatHours(hours: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(hours);
}

function safeFormat(instant: ZonedInstant, options: Intl.DateTimeFormatOptions): string {
  try {
    return formatInTimeZone(instant.at, instant.timeZone, 'en-GB', options);
  } catch {
    // A zone this browser does not know: the instant in UTC is still true.
    return formatInTimeZone(instant.at, 'UTC', 'en-GB', options);
  }
}
