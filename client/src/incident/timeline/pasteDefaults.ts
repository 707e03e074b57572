import { utcToZonedWallTime, type ZonedInstant } from '@debrief/shared';

/** The date and zone a pasted line without them is read in. */
export interface PasteDefaults {
  /** 'YYYY-MM-DD' */
  readonly defaultDate: string;
  readonly timeZone: string;
}

interface Input {
  /** When the incident started, from the facts. */
  readonly started: ZonedInstant | null;
  /** When the meeting says the incident happened (ISO 8601), from the meta. */
  readonly occurredAt: string | null;
  /** Milliseconds since the epoch. */
  readonly now: number;
  readonly browserZone: string;
}

/**
 * The incident's date and zone: from when it started (in the zone it was recorded in), else from when the
 * meeting says it happened, else today, in this browser's zone.
 */
export function getPasteDefaults({ started, occurredAt, now, browserZone }: Input): PasteDefaults {
  const timeZone = started?.timeZone ?? browserZone;
  const candidates = [started?.at, occurredAt, new Date(now).toISOString()];
  for (const at of candidates) {
    if (!at) continue;
    const wall = utcToZonedWallTime(at, timeZone);
    if (wall) return { defaultDate: wall.date, timeZone };
  }
  return { defaultDate: new Date(now).toISOString().slice(0, 10), timeZone };
}
