import type * as Y from 'yjs';
import { replaceText } from '../text/replaceText.ts';
import { getMetaMap, getNotesText, MetaKey } from './docSchema.ts';

/**
 * The version a document from before version 4 says it has: 0 when it has none. Participants could write it, so
 * it is only believed up to the last version that kept it there, and only once, when the server first loads it.
 */
export function readLegacySchemaVersion(doc: Y.Doc): number {
  const version = getMetaMap(doc).get(MetaKey.legacySchemaVersion);
  return Number.isInteger(version) ? Math.max(0, Math.min(version as number, LAST_VERSION_KEPT_IN_DOCUMENT)) : 0;
}

/** Documents stopped carrying their own version with version 4: the server's store keeps it since. */
export const LAST_VERSION_KEPT_IN_DOCUMENT = 3;

export function readNotes(doc: Y.Doc): string {
  return getNotesText(doc).toString();
}

/** Replaces the shared notes with `next`, touching only the span that changed so concurrent edits merge. */
export function replaceNotes(doc: Y.Doc, next: string): void {
  replaceText(getNotesText(doc), next);
}
