import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Whether a document already holds everything an update carries: every struct, and every deletion already made.
 * Yjs's sync step 2 always carries the sender's whole delete set, so a client that is already in sync sends one of
 * these on every reconnect. False whenever in doubt (a deletion of something the document does not have yet).
 */
export function isAlreadyApplied(doc: Y.Doc, update: DecodedUpdate): boolean {
  const { store } = doc;
  for (const struct of update.structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(store, struct.id.client)) return false;
  }
  if (update.ds.clients.size === 0) return true;
  for (const [client, deletions] of update.ds.clients) {
    const structs = store.clients.get(client);
    if (!structs) return false;
    const state = Y.getState(store, client);
    for (const { clock, len } of deletions) {
      const end = clock + len;
      if (end > state) return false;
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index] as Y.Item | Y.GC;
        if (struct.id.clock >= end) break;
        if (!struct.deleted) return false;
      }
    }
  }
  return true;
}
