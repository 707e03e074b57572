import type * as Y from 'yjs';
import { isOneToFive } from '../../rounds/moods.ts';
import { getLegacyContentMap, LegacyContentRoot } from '../docSchema.ts';
import type { Migration } from './Migration.ts';

/**
 * Check-outs used to keep each person's "Was this worth your time?" rating next to their name, in everyone's
 * copy. The ratings are added into the counts the server kept then, and each check-out keeps only whether it rated.
 */
export const m003PrivateCheckOutRatings: Migration = {
  version: 3,
  description: 'Keep check-out ratings only as counts, not next to names',
  migrate(doc: Y.Doc) {
    const checkOuts = getLegacyContentMap(doc, LegacyContentRoot.checkOuts);
    const progress = getLegacyContentMap(doc, LegacyContentRoot.roundProgress);
    const stored = progress.get('worth');
    const counts = [0, 1, 2, 3, 4].map((index) => {
      const count = Array.isArray(stored) ? stored[index] : 0;
      return Number.isInteger(count) && count > 0 ? (count as number) : 0;
    });
    let rated = 0;
    for (const [key, value] of checkOuts.entries()) {
      if (typeof value !== 'object' || value === null || !('worth' in value)) continue;
      const { worth, ...rest } = value as Record<string, unknown>;
      const isRated = isOneToFive(worth);
      if (isRated) {
        counts[worth - 1] = (counts[worth - 1] ?? 0) + 1;
        rated++;
      }
      checkOuts.set(key, { ...rest, rated: isRated });
    }
    if (rated > 0) progress.set('worth', counts);
  },
};
