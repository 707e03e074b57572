import type * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { EMPTY_DISTRIBUTION, type RatingDistribution } from './summariseRatings.ts';

/** Counts the server keeps for rounds whose details are private: how many people voted, how people rated. */
export interface RoundProgress {
  readonly voters: number;
  /** How many people answered "Was this worth your time?" with each rating, index 0 for 1 … index 4 for 5. */
  readonly worth: RatingDistribution;
}

export function writeRoundProgress(doc: Y.Doc, progress: Partial<RoundProgress>): void {
  const map = getContentMap<unknown>(doc, ContentRoot.roundProgress);
  doc.transact(() => {
    if (progress.voters !== undefined && map.get('voters') !== progress.voters) map.set('voters', progress.voters);
    if (progress.worth !== undefined && !sameCounts(readDistribution(map.get('worth')), progress.worth)) {
      map.set('worth', [...progress.worth]);
    }
  });
}

export function readRoundProgress(doc: Y.Doc): RoundProgress {
  const map = getContentMap<unknown>(doc, ContentRoot.roundProgress);
  const voters = map.get('voters');
  return {
    voters: typeof voters === 'number' && voters >= 0 ? voters : 0,
    worth: readDistribution(map.get('worth')),
  };
}

function readDistribution(value: unknown): RatingDistribution {
  if (!Array.isArray(value) || value.length !== 5) return EMPTY_DISTRIBUTION;
  const counts = value.map((count) => (Number.isInteger(count) && count > 0 ? (count as number) : 0));
  return [counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0, counts[4] ?? 0];
}

function sameCounts(a: RatingDistribution, b: RatingDistribution): boolean {
  return a.every((count, index) => count === b[index]);
}
