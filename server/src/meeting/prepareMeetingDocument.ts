import { migrateDocument, parseDocName } from '@debrief/shared';
import type * as Y from 'yjs';

/** Brings a stored content document up to the current schema as it loads, before anyone syncs it. */
export function prepareMeetingDocument(docName: string, doc: Y.Doc): void {
  if (parseDocName(docName)?.kind === 'content') migrateDocument(doc);
}
