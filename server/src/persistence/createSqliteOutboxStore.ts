import type Database from 'better-sqlite3';
import type { NoticeMemory, OutboxMessage, OutboxStore } from './OutboxStore.ts';

interface Row {
  id: number;
  body: string;
  delivery_id: string;
  created_at: number;
  attempts: number;
  next_attempt_at: number;
}

export function createSqliteOutboxStore(db: Database.Database): OutboxStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS webhook_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      body TEXT NOT NULL,
      delivery_id TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      last_error TEXT,
      failed_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS webhook_outbox_pending ON webhook_outbox (failed_at, id);
    CREATE TABLE IF NOT EXISTS webhook_notices (
      notice_key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `);
  const insert = db.prepare<[string, string, number, number]>(
    'INSERT INTO webhook_outbox (body, delivery_id, created_at, next_attempt_at) VALUES (?, ?, ?, ?)',
  );
  const selectNotice = db.prepare<[string], { value: string }>(
    'SELECT value FROM webhook_notices WHERE notice_key = ?',
  );
  const upsertNotice = db.prepare<[string, string]>(
    `INSERT INTO webhook_notices (notice_key, value) VALUES (?, ?)
     ON CONFLICT (notice_key) DO UPDATE SET value = excluded.value`,
  );
  const selectNext = db.prepare<[], Row>(
    `SELECT id, body, delivery_id, created_at, attempts, next_attempt_at FROM webhook_outbox
     WHERE failed_at IS NULL ORDER BY id LIMIT 1`,
  );
  const remove = db.prepare<[number]>('DELETE FROM webhook_outbox WHERE id = ?');
  const retry = db.prepare<[number, number, string, number]>(
    'UPDATE webhook_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?',
  );
  const fail = db.prepare<[number, string, number]>(
    'UPDATE webhook_outbox SET failed_at = ?, last_error = ? WHERE id = ?',
  );
  const counts = db.prepare<[], { pending: number; failed: number }>(
    `SELECT COUNT(*) - COUNT(failed_at) AS pending, COUNT(failed_at) AS failed FROM webhook_outbox`,
  );
  const enqueueOnce = db.transaction(
    (message: { body: string; deliveryId: string; createdAt: number }, remember: NoticeMemory | undefined) => {
      if (remember) {
        if (selectNotice.get(remember.key)?.value === remember.value) return false;
        upsertNotice.run(remember.key, remember.value);
      }
      insert.run(message.body, message.deliveryId, message.createdAt, message.createdAt);
      return true;
    },
  );

  const fromRow = (row: Row): OutboxMessage => ({
    id: row.id,
    body: row.body,
    deliveryId: row.delivery_id,
    createdAt: row.created_at,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
  });

  return {
    async enqueue(message, remember) {
      return enqueueOnce(message, remember);
    },
    async readNext() {
      const row = selectNext.get();
      return row ? fromRow(row) : null;
    },
    async markDelivered(id) {
      remove.run(id);
    },
    async scheduleRetry(id, attempts, nextAttemptAt, error) {
      retry.run(attempts, nextAttemptAt, error, id);
    },
    async markFailed(id, failedAt, error) {
      fail.run(failedAt, error, id);
    },
    async count() {
      const row = counts.get();
      return { pending: row?.pending ?? 0, failed: row?.failed ?? 0 };
    },
  };
}
