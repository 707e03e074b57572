import type * as Y from 'yjs';
import { isOneToFive } from '../../rounds/moods.ts';
import { readRoundProgress, writeRoundProgress } from '../../rounds/roundProgress.ts';
import { ContentRoot, getContentMap } from '../docSchema.ts';
import type { Migration } from './Migration.ts';

/**
 * Check-outs used to keep each person's "Was this worth your time?" rating next to their name, in everyone's
 * copy. The ratings are added into the counts the server keeps, and each check-out keeps only whether it rated.
 */
export const m003PrivateCheckOutRatings: Migration = {
  version: 3,
  description: 'Keep check-out ratings only as counts, not next to names',
  migrate(doc: Y.Doc) {
    const checkOuts = getContentMap(doc, ContentRoot.checkOuts);
    const counts = [...readRoundProgress(doc).worth];
    for (const [key, value] of checkOuts.entries()) {
      if (typeof value !== 'object' || value === null || !('worth' in value)) continue;
      const { worth, ...rest } = value as Record<string, unknown>;
      const rated = isOneToFive(worth);
      if (rated) counts[worth - 1] = (counts[worth - 1] ?? 0) + 1;
      checkOuts.set(key, { ...rest, rated });
    }
    writeRoundProgress(doc, {
      worth: [counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0, counts[4] ?? 0],
    });
  },
};
