import {
  getLegacyContentMap,
  LAST_VERSION_KEPT_IN_DOCUMENT,
  LegacyContentRoot,
  migrateDocument,
  type RatingDistribution,
} from '@debrief/shared';
import type * as Y from 'yjs';

/** What a content document from before version 4 held that the server now keeps elsewhere. */
export interface LegacyContent {
  readonly checkIns: readonly (readonly [string, Readonly<Record<string, unknown>>])[];
  readonly checkOuts: readonly (readonly [string, Readonly<Record<string, unknown>>])[];
  /** The rating counts, when they add up to no more than the check-outs that say they rated; else null. */
  readonly worth: RatingDistribution | null;
}

export const EMPTY_LEGACY: LegacyContent = { checkIns: [], checkOuts: [], worth: null };

/**
 * Migrates a content document from `from` to the current schema, and returns what the last migration takes out
 * of it, read once, as it was just before. Counts are believed only as far as the entries beside them bear out:
 * anyone could have written `[1e6, 0, 0, 0, 0]` there.
 */
export function migrateLegacyContent(doc: Y.Doc, from: number): LegacyContent {
  if (from >= LAST_VERSION_KEPT_IN_DOCUMENT + 1) {
    migrateDocument(doc, from);
    return EMPTY_LEGACY;
  }
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
  migrateDocument(doc, LAST_VERSION_KEPT_IN_DOCUMENT);
  return { checkIns, checkOuts, worth };
}
