import type { openSqliteDatabase } from '@debrief/server';

/**
 * Puts `update` in place of everything stored for a document in a SQLite database, as an older Debrief would have
 * stored it: the store's own compaction never goes back to an earlier document, so a test does it directly.
 */
export function replaceStoredDocument(
  db: ReturnType<typeof openSqliteDatabase>,
  docName: string,
  update: Uint8Array,
): void {
  db.transaction(() => {
    const seq =
      db
        .prepare<[string, string], { seq: number | null }>(
          `SELECT max(seq) AS seq FROM (
             SELECT max(seq) AS seq FROM doc_log WHERE doc_name = ?
             UNION ALL SELECT seq FROM doc_snapshots WHERE doc_name = ?
           )`,
        )
        .get(docName, docName)?.seq ?? 0;
    db.prepare('DELETE FROM doc_log WHERE doc_name = ?').run(docName);
    db.prepare(
      `INSERT INTO doc_snapshots (doc_name, snapshot, seq) VALUES (?, ?, ?)
       ON CONFLICT (doc_name) DO UPDATE SET snapshot = excluded.snapshot, seq = excluded.seq`,
    ).run(docName, update, seq);
  })();
}
