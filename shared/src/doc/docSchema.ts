import type * as Y from 'yjs';

/** Bumped with every migration in `migrations/`. */
export const DOC_SCHEMA_VERSION = 1;

/** Root names of the meeting content document. Nothing else names a root type with a literal. */
export const ContentRoot = {
  meta: 'meta',
  notes: 'notes',
} as const;

export const MetaKey = {
  schemaVersion: 'schemaVersion',
} as const;

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ContentRoot.meta);
}

export function getNotesText(doc: Y.Doc): Y.Text {
  return doc.getText(ContentRoot.notes);
}
