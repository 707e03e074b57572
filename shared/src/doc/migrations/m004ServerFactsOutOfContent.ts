import type * as Y from 'yjs';
import { getLegacyContentMap, getMetaMap, LegacyContentRoot, MetaKey } from '../docSchema.ts';
import type { Migration } from './Migration.ts';

/**
 * Vote totals, round counts, check-ins, check-outs and the schema version lived in the content document, which
 * every participant can write: anyone could forge a tally or stop migrations. They leave it. The server copies
 * the check-ins and check-outs into the rounds document and recounts the totals from its own records before this
 * runs (see the server's `upgradeMeeting`); this migration only removes them from the content.
 */
export const m004ServerFactsOutOfContent: Migration = {
  version: 4,
  description: 'Move server-decided facts out of the document participants write',
  migrate(doc: Y.Doc) {
    for (const root of Object.values(LegacyContentRoot)) {
      const map = getLegacyContentMap(doc, root);
      for (const key of [...map.keys()]) map.delete(key);
    }
    getMetaMap(doc).delete(MetaKey.legacySchemaVersion);
  },
};
