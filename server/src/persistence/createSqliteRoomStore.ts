import type Database from 'better-sqlite3';
import type { RoomStore, StoredDocument } from './RoomStore.ts';

export function createSqliteRoomStore(db: Database.Database): RoomStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS doc_snapshots (
      doc_name TEXT PRIMARY KEY,
      snapshot BLOB NOT NULL,
      seq INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS doc_updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      doc_name TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc_name, seq);
  `);
  const selectSnapshot = db.prepare<[string], { snapshot: Buffer; seq: number }>(
    'SELECT snapshot, seq FROM doc_snapshots WHERE doc_name = ?',
  );
  const selectUpdates = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_updates WHERE doc_name = ? ORDER BY seq',
  );
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc_name, data) VALUES (?, ?)');
  const upsertSnapshot = db.prepare<[string, Uint8Array, number]>(
    `INSERT INTO doc_snapshots (doc_name, snapshot, seq) VALUES (?, ?, ?)
     ON CONFLICT (doc_name) DO UPDATE SET snapshot = excluded.snapshot, seq = excluded.seq`,
  );
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc_name = ? AND seq <= ?');

  const appendAll = db.transaction((docName: string, updates: readonly Uint8Array[]): number => {
    let seq = 0;
    for (const update of updates) {
      seq = Number(insertUpdate.run(docName, update).lastInsertRowid);
    }
    return seq;
  });
  const compactAll = db.transaction((docName: string, snapshot: Uint8Array, upToSeq: number) => {
    upsertSnapshot.run(docName, snapshot, upToSeq);
    deleteUpdates.run(docName, upToSeq);
  });
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new Error('The room store is closed');
  };

  return {
    async load(docName): Promise<StoredDocument> {
      assertOpen();
      const snapshotRow = selectSnapshot.get(docName);
      const rows = selectUpdates.all(docName);
      return {
        snapshot: snapshotRow ? new Uint8Array(snapshotRow.snapshot) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? snapshotRow?.seq ?? 0,
      };
    },
    async append(docName, updates) {
      assertOpen();
      return appendAll(docName, updates);
    },
    async compact(docName, snapshot, upToSeq) {
      assertOpen();
      compactAll(docName, snapshot, upToSeq);
    },
    // The database belongs to whoever opened it; closing the store only stops its use.
    async close() {
      closed = true;
    },
  };
}
