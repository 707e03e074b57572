import { utcToZonedWallTime, type ZonedInstant, zonedWallTimeToUtc } from '@debrief/shared';

/** What the date, time and zone fields of a date-and-time input hold while someone types. */
export interface ZonedDraft {
  /** 'YYYY-MM-DD', or '' */
  readonly date: string;
  /** 'HH:mm', or '' */
  readonly time: string;
  readonly timeZone: string;
}

/** How far a draft is from a moment that can be saved. */
export type ZonedDraftReading =
  | { readonly state: 'empty' }
  | { readonly state: 'incomplete'; readonly message: string }
  | { readonly state: 'invalid'; readonly message: string }
  | { readonly state: 'complete'; readonly value: ZonedInstant };

/** Years outside this range are a date still being typed (a date field passes through 0002, 0020, 0202 on the way to 2026). */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2200;

/** The fields showing `value` in its own zone; an empty draft in `fallbackZone` (on `fallbackDate`) when there is none. */
export function draftFromInstant(value: ZonedInstant | null, fallbackZone: string, fallbackDate = ''): ZonedDraft {
  if (value) {
    const wall = utcToZonedWallTime(value.at, value.timeZone);
    if (wall) return { date: wall.date, time: wall.time, timeZone: value.timeZone };
  }
  return { date: fallbackDate, time: '', timeZone: fallbackZone };
}

/** Reads a draft: the wall time in its zone as a UTC instant, or why it cannot be saved yet. */
export function readZonedDraft(draft: ZonedDraft): ZonedDraftReading {
  const date = draft.date.trim();
  const time = draft.time.trim();
  if (date === '' && time === '') return { state: 'empty' };
  if (date === '') return { state: 'incomplete', message: 'Add the date too' };
  if (time === '') return { state: 'incomplete', message: 'Add the time too' };
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return { state: 'invalid', message: 'Check the year' };
  }
  const at = zonedWallTimeToUtc(date, time, draft.timeZone);
  if (at === null) return { state: 'invalid', message: 'This date, time or time zone does not exist' };
  return { state: 'complete', value: { at, timeZone: draft.timeZone } };
}

/** Whether a draft shows exactly `value` (so there is nothing to save). */
export function draftShows(draft: ZonedDraft, value: ZonedInstant | null): boolean {
  const reading = readZonedDraft(draft);
  if (value === null) return reading.state === 'empty';
  return reading.state === 'complete' && reading.value.at === value.at && reading.value.timeZone === value.timeZone;
}
