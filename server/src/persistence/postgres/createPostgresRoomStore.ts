import type pg from 'pg';
import type { RoomStore, StoredDocument } from '../RoomStore.ts';
import { withTransaction } from './withTransaction.ts';

interface StoredRow {
  is_snapshot: boolean;
  seq: string;
  data: Buffer;
}

/**
 * The snapshot (when its position is above `$2`) and the log after both `$2` and the snapshot, in one statement, so
 * a compaction in between cannot make them disagree.
 */
const SELECT_STORED = `
  SELECT true AS is_snapshot, seq, snapshot AS data FROM doc_snapshots WHERE doc_name = $1 AND seq > $2
  UNION ALL
  SELECT false, seq, data FROM doc_log
  WHERE doc_name = $1 AND seq > GREATEST($2, COALESCE((SELECT seq FROM doc_snapshots WHERE doc_name = $1), 0))
  ORDER BY is_snapshot DESC, seq`;

/**
 * Moving the head takes its row lock until commit, so appends to one document run one after another: positions have
 * no gaps, and no later position commits before an earlier one.
 */
const APPEND = `
  WITH head AS (UPDATE doc_heads SET seq = seq + $2 WHERE doc_name = $1 RETURNING seq)
  INSERT INTO doc_log (doc_name, seq, data)
  SELECT $1, head.seq - $2 + added.n, added.data
  FROM head, unnest($3::bytea[]) WITH ORDINALITY AS added(data, n)
  RETURNING seq`;

/** A document's head starts at the last position stored for it. */
const INSERT_HEAD = `
  INSERT INTO doc_heads (doc_name, seq)
  SELECT $1, GREATEST(
    (SELECT max(seq) FROM doc_log WHERE doc_name = $1),
    (SELECT seq FROM doc_snapshots WHERE doc_name = $1),
    0)
  ON CONFLICT (doc_name) DO NOTHING`;

/** Replaces the snapshot only with one that folds in more; the conflicting row stays locked until commit. */
const UPSERT_SNAPSHOT = `
  INSERT INTO doc_snapshots (doc_name, snapshot, seq) VALUES ($1, $2, $3)
  ON CONFLICT (doc_name) DO UPDATE SET snapshot = excluded.snapshot, seq = excluded.seq
  WHERE doc_snapshots.seq < excluded.seq
  RETURNING seq`;

export function createPostgresRoomStore(pool: pg.Pool): RoomStore {
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new Error('The room store is closed');
  };
  const readStored = async (docName: string, afterSeq: number) => {
    const { rows } = await pool.query<StoredRow>(SELECT_STORED, [docName, afterSeq]);
    const snapshotRow = rows[0]?.is_snapshot ? rows[0] : undefined;
    const updateRows = snapshotRow ? rows.slice(1) : rows;
    return {
      snapshot: snapshotRow ? { data: new Uint8Array(snapshotRow.data), seq: Number(snapshotRow.seq) } : null,
      updates: updateRows.map((row) => new Uint8Array(row.data)),
      lastUpdateSeq: updateRows.length > 0 ? Number(updateRows[updateRows.length - 1]?.seq) : null,
    };
  };

  return {
    async load(docName): Promise<StoredDocument> {
      assertOpen();
      const stored = await readStored(docName, -1);
      return {
        snapshot: stored.snapshot?.data ?? null,
        updates: stored.updates,
        lastSeq: stored.lastUpdateSeq ?? stored.snapshot?.seq ?? 0,
      };
    },
    async readSince(docName, afterSeq): Promise<StoredDocument> {
      assertOpen();
      const stored = await readStored(docName, afterSeq);
      return {
        snapshot: stored.snapshot?.data ?? null,
        updates: stored.updates,
        lastSeq: stored.lastUpdateSeq ?? stored.snapshot?.seq ?? Math.max(afterSeq, 0),
      };
    },
    async append(docName, updates) {
      assertOpen();
      if (updates.length === 0) {
        await pool.query(INSERT_HEAD, [docName]);
        const { rows } = await pool.query<{ seq: string }>('SELECT seq FROM doc_heads WHERE doc_name = $1', [docName]);
        return Number(rows[0]?.seq ?? 0);
      }
      for (;;) {
        // One statement is one transaction: it resolves after COMMIT.
        const { rows } = await pool.query<{ seq: string }>(APPEND, [docName, updates.length, updates]);
        if (rows.length > 0) return Math.max(...rows.map((row) => Number(row.seq)));
        // No head yet: the first append to this document makes it, then appends again.
        await pool.query(INSERT_HEAD, [docName]);
      }
    },
    async compact(docName, snapshot, upToSeq) {
      assertOpen();
      await withTransaction(pool, async (client) => {
        const replaced = await client.query(UPSERT_SNAPSHOT, [docName, snapshot, upToSeq]);
        if (replaced.rowCount === 0) return;
        await client.query('DELETE FROM doc_log WHERE doc_name = $1 AND seq <= $2', [docName, upToSeq]);
      });
    },
    // The pool belongs to whoever made it; closing the store only stops its use.
    async close() {
      closed = true;
    },
  };
}
