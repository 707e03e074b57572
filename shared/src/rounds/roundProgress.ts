import type * as Y from 'yjs';
import { ControlRoot, getControlRootMap } from '../doc/docSchema.ts';
import type { RatingDistribution } from './summariseRatings.ts';

/** Fewer ratings than this are never shown: with two, each person could work out the other's. */
export const MIN_RATINGS_TO_SHOW = 3;

/**
 * Counts the server keeps in the control document for rounds whose details are private or personal: observers
 * see these, never the names or notes.
 */
export interface RoundProgress {
  readonly voters: number;
  readonly checkedIn: number;
  readonly checkedOut: number;
  /** How many people answered "Was this worth your time?". */
  readonly rated: number;
  /**
   * How many gave each rating, index 0 for 1 … index 4 for 5: only once the meeting has closed and at least
   * MIN_RATINGS_TO_SHOW people rated, so that no count arrives next to the check-out that changed it. Else null.
   */
  readonly worth: RatingDistribution | null;
}

export const EMPTY_ROUND_PROGRESS: RoundProgress = { voters: 0, checkedIn: 0, checkedOut: 0, rated: 0, worth: null };

const counts = ['voters', 'checkedIn', 'checkedOut', 'rated'] as const;

/** Server only: writes the counts that changed. */
export function writeRoundProgress(doc: Y.Doc, progress: Partial<RoundProgress>): void {
  const map = getControlRootMap<unknown>(doc, ControlRoot.progress);
  doc.transact(() => {
    for (const key of counts) {
      const value = progress[key];
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
    if (progress.worth !== undefined) {
      const stored = readDistribution(map.get('worth'));
      if (progress.worth === null) {
        if (map.has('worth')) map.delete('worth');
      } else if (!stored?.every((count, index) => count === progress.worth?.[index])) {
        map.set('worth', [...progress.worth]);
      }
    }
  });
}

export function readRoundProgress(doc: Y.Doc): RoundProgress {
  const map = getControlRootMap<unknown>(doc, ControlRoot.progress);
  const count = (key: (typeof counts)[number]) => {
    const value = map.get(key);
    return Number.isInteger(value) && (value as number) > 0 ? (value as number) : 0;
  };
  return {
    voters: count('voters'),
    checkedIn: count('checkedIn'),
    checkedOut: count('checkedOut'),
    rated: count('rated'),
    worth: readDistribution(map.get('worth')),
  };
}

function readDistribution(value: unknown): RatingDistribution | null {
  if (!Array.isArray(value) || value.length !== 5) return null;
  const c = value.map((count) => (Number.isInteger(count) && count > 0 ? (count as number) : 0));
  return [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0, c[3] ?? 0, c[4] ?? 0];
}
