import type * as Y from 'yjs';

/**
 * Calls `listener` after each transaction that changed `doc`; returns a function that stops it. For listeners that
 * only need to know that something changed: an 'update' listener would make Yjs encode every change for it.
 */
export function onDocChange(doc: Y.Doc, listener: () => void): () => void {
  const afterTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0) listener();
  };
  doc.on('afterTransaction', afterTransaction);
  return () => doc.off('afterTransaction', afterTransaction);
}
