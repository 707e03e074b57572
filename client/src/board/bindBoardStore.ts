import { BOARD_RECORD_TYPES, checkBoardRecord, getBoardRecords } from '@debrief/shared';
import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, type TLPageId, type TLRecord, type TLStore } from 'tldraw';
import type * as Y from 'yjs';

/** Marks the board's own changes in the Yjs document, so they are not applied back to the store. */
const fromThisStore = Symbol('this board');

/** Every board starts with these two records; fixed ids, so two people opening an empty board write the same ones. */
export const BOARD_PAGE_ID = 'page:page' as TLPageId;

function startingRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: BOARD_PAGE_ID, name: 'Contributing factors', index: 'a1' as never }),
  ];
}

/** Puts records someone else wrote, one at a time: one record the store cannot read must not hide the rest. */
function putRemote(store: TLStore, records: readonly unknown[]): void {
  for (const record of records) {
    try {
      store.put([record as TLRecord]);
    } catch (error) {
      console.warn('Skipped a board record that could not be read:', error);
    }
  }
}

/** Whether a record of this store belongs in the shared board (the server refuses everything else). */
function isShared(record: TLRecord): boolean {
  return BOARD_RECORD_TYPES.has(record.typeName) && checkBoardRecord(record.id, record).ok;
}

/**
 * Keeps a tldraw store and the board's Yjs records the same, both ways: this person's changes go into the Yjs
 * document in one transaction per batch, and everyone else's come into the store through `mergeRemoteChanges`, so
 * tldraw's undo and redo hold only this person's own changes. Call once the document has synced. Returns a
 * function that stops it.
 */
export function bindBoardStore(store: TLStore, doc: Y.Doc, options: { readonly readOnly: boolean }): () => void {
  const records = getBoardRecords<TLRecord>(doc);

  store.mergeRemoteChanges(() => {
    const held = [...records.values()];
    putRemote(store, [...startingRecords().filter((record) => !records.has(record.id)), ...held]);
  });
  if (!options.readOnly) {
    const missing = startingRecords().filter((record) => !records.has(record.id));
    if (missing.length > 0) {
      doc.transact(() => {
        for (const record of missing) records.set(record.id, record);
      }, fromThisStore);
    }
  }

  const onYjsChange = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
    if (transaction.origin === fromThisStore) return;
    const put: unknown[] = [];
    const removed: TLRecord['id'][] = [];
    for (const [id, change] of event.changes.keys) {
      if (change.action === 'delete') removed.push(id as TLRecord['id']);
      else put.push(records.get(id));
    }
    store.mergeRemoteChanges(() => {
      const present = removed.filter((id) => store.has(id));
      if (present.length > 0) store.remove(present);
      putRemote(store, put);
    });
  };
  records.observe(onYjsChange);

  // Observers read only: nothing of theirs is sent.
  const stopListening = options.readOnly
    ? () => undefined
    : store.listen(
        ({ changes }) => {
          doc.transact(() => {
            for (const record of Object.values(changes.added)) if (isShared(record)) records.set(record.id, record);
            for (const [, record] of Object.values(changes.updated)) {
              if (isShared(record)) records.set(record.id, record);
            }
            for (const record of Object.values(changes.removed)) {
              if (records.has(record.id)) records.delete(record.id);
            }
          }, fromThisStore);
        },
        { source: 'user', scope: 'document' },
      );

  return () => {
    stopListening();
    records.unobserve(onYjsChange);
  };
}
