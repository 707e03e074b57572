import { canonicalTimeZone } from '@debrief/shared';

/** Zones most teams work in, west to east; the browser's own zone and any zone already chosen are added. */
export const COMMON_TIME_ZONES: readonly string[] = [
  'UTC',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Toronto',
  'America/Mexico_City',
  'America/Bogota',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Africa/Lagos',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Africa/Johannesburg',
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Kyiv',
  'Europe/Istanbul',
  'Africa/Nairobi',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Perth',
  'Australia/Sydney',
  'Pacific/Auckland',
];

/** This browser's IANA zone, or UTC when the runtime does not say. */
export function getBrowserTimeZone(): string {
  try {
    return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The zones a picker offers: the browser's zone first, then any zones already in use (so a stored value always
 * shows), then the common ones; each once, and only zones this runtime knows.
 */
export function listTimeZoneChoices(browserZone: string, inUse: readonly (string | null | undefined)[] = []): string[] {
  const choices: string[] = [];
  const seen = new Set<string>();
  for (const candidate of [browserZone, ...inUse, ...COMMON_TIME_ZONES]) {
    const zone = canonicalTimeZone(candidate);
    if (zone === null || seen.has(zone)) continue;
    seen.add(zone);
    choices.push(zone);
  }
  return choices;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** 'GMT+1', 'GMT-5', 'GMT+5:30' or 'GMT' for `timeZone` at the instant `atMs`; '' for an unknown zone. */
export function describeOffset(timeZone: string, atMs: number): string {
  try {
    let formatter = offsetFormatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' });
      offsetFormatters.set(timeZone, formatter);
    }
    return formatter.formatToParts(atMs).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** What a zone picker shows for one zone: 'Europe/Berlin · GMT+1 (this device)'. */
export function describeTimeZoneChoice(timeZone: string, browserZone: string, atMs: number): string {
  const name = timeZone.replaceAll('_', ' ');
  const offset = describeOffset(timeZone, atMs);
  const shown = offset && timeZone !== 'UTC' ? `${name} · ${offset}` : name;
  return timeZone === browserZone ? `${shown} (this device)` : shown;
}
