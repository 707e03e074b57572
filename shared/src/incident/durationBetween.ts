import { parseInstant } from './zonedInstant.ts';

/** Milliseconds from `fromIso` to `toIso` (negative when `toIso` is earlier), or null if either is not an instant. */
export function durationBetween(fromIso: string | null | undefined, toIso: string | null | undefined): number | null {
  const from = parseInstant(fromIso);
  const to = parseInstant(toIso);
  return from === null || to === null ? null : to - from;
}
