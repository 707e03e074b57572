import { parseInstant } from './zonedInstant.ts';

const defaultOptions: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * `iso` as people in `timeZone` read it, e.g. 'Fri, 20 Nov 2026, 15:12 CET' for 'en-GB' (the default locale);
 * `options` replace the default fields. Throws RangeError for an invalid instant, zone or locale.
 */
export function formatInTimeZone(
  iso: string,
  timeZone: string,
  locale = 'en-GB',
  options: Intl.DateTimeFormatOptions = defaultOptions,
): string {
  const ms = parseInstant(iso);
  if (ms === null) throw new RangeError(`Not an ISO 8601 date-time with a time zone: ${JSON.stringify(iso)}`);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(ms);
}
