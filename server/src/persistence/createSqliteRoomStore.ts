import type Database from 'better-sqlite3';
import type { RoomStore, StoredDocument } from './RoomStore.ts';

export function createSqliteRoomStore(db: Database.Database): RoomStore {
  // The log is one B-tree keyed by document and position, so an append touches one page, not three.
  db.exec(`
    CREATE TABLE IF NOT EXISTS doc_snapshots (
      doc_name TEXT PRIMARY KEY,
      snapshot BLOB NOT NULL,
      seq INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS doc_log (
      doc_name TEXT NOT NULL,
      seq INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (doc_name, seq)
    ) WITHOUT ROWID;
  `);
  moveOldLog(db);
  const selectSnapshot = db.prepare<[string], { snapshot: Buffer; seq: number }>(
    'SELECT snapshot, seq FROM doc_snapshots WHERE doc_name = ?',
  );
  const selectUpdates = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_log WHERE doc_name = ? ORDER BY seq',
  );
  const selectLastSeq = db.prepare<[string, string], { seq: number | null }>(
    `SELECT max(seq) AS seq FROM (
       SELECT max(seq) AS seq FROM doc_log WHERE doc_name = ?
       UNION ALL SELECT seq FROM doc_snapshots WHERE doc_name = ?
     )`,
  );
  const insertUpdate = db.prepare<[string, number, Uint8Array]>(
    'INSERT INTO doc_log (doc_name, seq, data) VALUES (?, ?, ?)',
  );
  const upsertSnapshot = db.prepare<[string, Uint8Array, number]>(
    `INSERT INTO doc_snapshots (doc_name, snapshot, seq) VALUES (?, ?, ?)
     ON CONFLICT (doc_name) DO UPDATE SET snapshot = excluded.snapshot, seq = excluded.seq`,
  );
  const selectUpdatesAfter = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_log WHERE doc_name = ? AND seq > ? ORDER BY seq',
  );
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM doc_log WHERE doc_name = ? AND seq <= ?');
  /** The last position written per document, so that an append needs no read. */
  const lastSeqs = new Map<string, number>();
  const lastSeqOf = (docName: string): number => {
    let seq = lastSeqs.get(docName);
    if (seq === undefined) {
      seq = selectLastSeq.get(docName, docName)?.seq ?? 0;
      lastSeqs.set(docName, seq);
    }
    return seq;
  };

  const appendAll = db.transaction((docName: string, updates: readonly Uint8Array[]): number => {
    let seq = lastSeqOf(docName);
    for (const update of updates) insertUpdate.run(docName, ++seq, update);
    return seq;
  });
  const compactAll = db.transaction((docName: string, snapshot: Uint8Array, upToSeq: number) => {
    const stored = selectSnapshot.get(docName);
    if (stored && stored.seq >= upToSeq) return;
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
      const lastSeq = rows.at(-1)?.seq ?? snapshotRow?.seq ?? 0;
      lastSeqs.set(docName, lastSeq);
      return {
        snapshot: snapshotRow ? new Uint8Array(snapshotRow.snapshot) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq,
      };
    },
    async readSince(docName, afterSeq): Promise<StoredDocument> {
      assertOpen();
      const read = db.transaction(() => {
        const snapshotRow = selectSnapshot.get(docName);
        const folded = snapshotRow !== undefined && snapshotRow.seq > afterSeq;
        const rows = selectUpdatesAfter.all(docName, folded ? snapshotRow.seq : afterSeq);
        return {
          snapshot: folded ? new Uint8Array(snapshotRow.snapshot) : null,
          updates: rows.map((row) => new Uint8Array(row.data)),
          lastSeq: rows.at(-1)?.seq ?? (folded ? snapshotRow.seq : Math.max(afterSeq, snapshotRow?.seq ?? 0)),
        };
      });
      return read();
    },
    async append(docName, updates) {
      assertOpen();
      try {
        const seq = appendAll(docName, updates);
        lastSeqs.set(docName, seq);
        return seq;
      } catch (error) {
        // What was written is unknown after a failure: read the position again next time.
        lastSeqs.delete(docName);
        throw error;
      }
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

/** Databases written before the log was keyed by document keep their updates: they move to the new table once. */
function moveOldLog(db: Database.Database): void {
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'doc_updates'").get();
  if (!old) return;
  db.transaction(() => {
    db.exec(`
      INSERT INTO doc_log (doc_name, seq, data) SELECT doc_name, seq, data FROM doc_updates;
      DROP TABLE doc_updates;
    `);
  })();
}
