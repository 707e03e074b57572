import {
  getLegacyContentMap,
  LAST_VERSION_KEPT_IN_DOCUMENT,
  LegacyContentRoot,
  migrateDocument,
  type RatingDistribution,
} from '@debrief/shared';
import * as Y from 'yjs';

/** What a content document from before version 4 held that the server now keeps elsewhere. */
export interface LegacyContent {
  readonly checkIns: readonly (readonly [string, Readonly<Record<string, unknown>>])[];
  readonly checkOuts: readonly (readonly [string, Readonly<Record<string, unknown>>])[];
  /** The rating counts, when they add up to no more than the check-outs that say they rated; else null. */
  readonly worth: RatingDistribution | null;
}

export const EMPTY_LEGACY: LegacyContent = { checkIns: [], checkOuts: [], worth: null };

/**
 * What a content document at version `from` holds that the migration to version 4 takes out of it, read from a
 * copy brought to version 3, so that the document itself is migrated only once all of it is safe elsewhere.
 * Counts are believed only as far as the entries beside them bear out: anyone could have written
 * `[1e6, 0, 0, 0, 0]` there.
 */
export function readLegacyContent(source: Y.Doc, from: number): LegacyContent {
  if (from > LAST_VERSION_KEPT_IN_DOCUMENT) return EMPTY_LEGACY;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  migrateDocument(doc, from, undefined, LAST_VERSION_KEPT_IN_DOCUMENT);
  const records = (root: typeof LegacyContentRoot.checkIns | typeof LegacyContentRoot.checkOuts) =>
    [...getLegacyContentMap(doc, root).entries()].filter(
      (entry): entry is [string, Record<string, unknown>] =>
        typeof entry[1] === 'object' && entry[1] !== null && !Array.isArray(entry[1]),
    );
  const checkIns = records(LegacyContentRoot.checkIns).map(([key, value]) => [key, { ...value }] as const);
  const checkOuts = records(LegacyContentRoot.checkOuts).map(([key, value]) => [key, { ...value }] as const);
  const stored = getLegacyContentMap(doc, LegacyContentRoot.roundProgress).get('worth');
  const rated = checkOuts.filter(([, value]) => value.rated === true).length;
  let worth: RatingDistribution | null = null;
  if (Array.isArray(stored) && stored.length === 5 && stored.every((n) => Number.isInteger(n) && n >= 0)) {
    const counts = stored as number[];
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (total > 0 && total <= rated) {
      worth = [counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0, counts[4] ?? 0];
    }
  }
  doc.destroy();
  return { checkIns, checkOuts, worth };
}
