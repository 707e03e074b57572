import type * as Y from 'yjs';
import { replaceText } from '../text/replaceText.ts';
import { getMetaMap, getNotesText, MetaKey } from './docSchema.ts';

/** The schema version a document was written with; 0 for a document that has none yet. */
export function readSchemaVersion(doc: Y.Doc): number {
  const version = getMetaMap(doc).get(MetaKey.schemaVersion);
  return typeof version === 'number' ? version : 0;
}

export function writeSchemaVersion(doc: Y.Doc, version: number): void {
  getMetaMap(doc).set(MetaKey.schemaVersion, version);
}

export function readNotes(doc: Y.Doc): string {
  return getNotesText(doc).toString();
}

/** Replaces the shared notes with `next`, touching only the span that changed so concurrent edits merge. */
export function replaceNotes(doc: Y.Doc, next: string): void {
  replaceText(getNotesText(doc), next);
}
