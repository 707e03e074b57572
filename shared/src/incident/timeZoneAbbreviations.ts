import { formatUtcOffset } from './formatUtcOffset.ts';

/** What a zone abbreviation on a pasted line stands for. */
export type ZoneAbbreviationReading =
  /** A zone that follows daylight saving, such as PT: the date decides the offset. */
  | { readonly kind: 'zone'; readonly timeZone: string }
  /**
   * A fixed offset, such as PDT. `timeZone` is a zone that shows this offset for part of the year, for display;
   * `note` says how an ambiguous abbreviation was read.
   */
  | { readonly kind: 'offset'; readonly offsetMinutes: number; readonly timeZone: string; readonly note?: string };

type Meaning = { readonly name: string; readonly offsetMinutes: number; readonly timeZone: string };

const zones: Record<string, string> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  PT: 'America/Los_Angeles',
  MT: 'America/Denver',
  CT: 'America/Chicago',
  ET: 'America/New_York',
  AKT: 'America/Anchorage',
};

const fixed: Record<string, readonly [number, string]> = {
  PST: [-480, 'America/Los_Angeles'],
  PDT: [-420, 'America/Los_Angeles'],
  MST: [-420, 'America/Denver'],
  MDT: [-360, 'America/Denver'],
  CDT: [-300, 'America/Chicago'],
  EST: [-300, 'America/New_York'],
  EDT: [-240, 'America/New_York'],
  AKST: [-540, 'America/Anchorage'],
  AKDT: [-480, 'America/Anchorage'],
  HST: [-600, 'Pacific/Honolulu'],
  NST: [-210, 'America/St_Johns'],
  NDT: [-150, 'America/St_Johns'],
  ADT: [-180, 'America/Halifax'],
  BRT: [-180, 'America/Sao_Paulo'],
  WET: [0, 'Europe/Lisbon'],
  WEST: [60, 'Europe/Lisbon'],
  BST: [60, 'Europe/London'],
  CET: [60, 'Europe/Paris'],
  CEST: [120, 'Europe/Paris'],
  EET: [120, 'Europe/Athens'],
  EEST: [180, 'Europe/Athens'],
  MSK: [180, 'Europe/Moscow'],
  IDT: [180, 'Asia/Jerusalem'],
  GST: [240, 'Asia/Dubai'],
  PKT: [300, 'Asia/Karachi'],
  ICT: [420, 'Asia/Bangkok'],
  WIB: [420, 'Asia/Jakarta'],
  HKT: [480, 'Asia/Hong_Kong'],
  SGT: [480, 'Asia/Singapore'],
  AWST: [480, 'Australia/Perth'],
  JST: [540, 'Asia/Tokyo'],
  KST: [540, 'Asia/Seoul'],
  ACST: [570, 'Australia/Adelaide'],
  ACDT: [630, 'Australia/Adelaide'],
  AEST: [600, 'Australia/Sydney'],
  AEDT: [660, 'Australia/Sydney'],
  NZST: [720, 'Pacific/Auckland'],
  NZDT: [780, 'Pacific/Auckland'],
};

// Each list starts with the reading used when the incident's zone points to none of the others.
const ambiguous: Record<string, readonly (Meaning & { readonly when: (zone: string) => boolean })[]> = {
  IST: [
    { name: 'India Standard Time', offsetMinutes: 330, timeZone: 'Asia/Kolkata', when: () => true },
    { name: 'Irish Standard Time', offsetMinutes: 60, timeZone: 'Europe/Dublin', when: (z) => z === 'Europe/Dublin' },
    {
      name: 'Israel Standard Time',
      offsetMinutes: 120,
      timeZone: 'Asia/Jerusalem',
      when: (z) => z === 'Asia/Jerusalem' || z === 'Asia/Tel_Aviv' || z === 'Israel',
    },
  ],
  CST: [
    { name: 'US Central Standard Time', offsetMinutes: -360, timeZone: 'America/Chicago', when: () => true },
    {
      name: 'China Standard Time',
      offsetMinutes: 480,
      timeZone: 'Asia/Shanghai',
      when: (z) =>
        /^(Asia\/(Shanghai|Chongqing|Chungking|Harbin|Urumqi|Taipei|Macau|Macao|Hong_Kong)|PRC|ROC)$/.test(z),
    },
  ],
  AST: [
    { name: 'Atlantic Standard Time', offsetMinutes: -240, timeZone: 'America/Halifax', when: () => true },
    {
      name: 'Arabia Standard Time',
      offsetMinutes: 180,
      timeZone: 'Asia/Riyadh',
      when: (z) => /^Asia\/(Riyadh|Baghdad|Kuwait|Qatar|Bahrain|Aden)$/.test(z),
    },
  ],
};

/**
 * What a zone abbreviation such as 'PDT', 'PT' or 'IST' means, or null for a word that is none. Ambiguous ones
 * are read by the incident's IANA zone (IST is Irish in Europe/Dublin, Israeli in Asia/Jerusalem, else Indian).
 */
export function readTimeZoneAbbreviation(abbreviation: string, incidentZone: string): ZoneAbbreviationReading | null {
  const zone = zones[abbreviation];
  if (zone !== undefined) return { kind: 'zone', timeZone: zone };
  const offset = fixed[abbreviation];
  if (offset !== undefined) return { kind: 'offset', offsetMinutes: offset[0], timeZone: offset[1] };
  const meanings = ambiguous[abbreviation];
  if (meanings === undefined) return null;
  const meaning = meanings.slice(1).find((m) => m.when(incidentZone)) ?? meanings[0];
  if (meaning === undefined) return null;
  return {
    kind: 'offset',
    offsetMinutes: meaning.offsetMinutes,
    timeZone: meaning.timeZone,
    note: `${abbreviation} read as ${meaning.name} (${formatUtcOffset(meaning.offsetMinutes)})`,
  };
}
