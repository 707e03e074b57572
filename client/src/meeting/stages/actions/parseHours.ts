import { MAX_ACTION_HOURS } from '@debrief/shared';

/** Reads hours as people type them ("6", "1.5", "1,5", "6h", "6 hours"); null unless above 0 and within reason. */
export function parseHours(input: string): number | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?)?\s*$/i.exec(input);
  if (!match?.[1]) return null;
  const hours = Number(match[1].replace(',', '.'));
  return Number.isFinite(hours) && hours > 0 && hours <= MAX_ACTION_HOURS ? hours : null;
}
