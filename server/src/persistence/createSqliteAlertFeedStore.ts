import type Database from 'better-sqlite3';
import type { AlertFeedRecord, AlertFeedStore } from './AlertFeedStore.ts';

interface Row {
  meeting_id: string;
  secret_hash: string;
  sealed_secret: string;
  created_at: number;
}

export function createSqliteAlertFeedStore(db: Database.Database): AlertFeedStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS alert_feeds (
      meeting_id TEXT PRIMARY KEY,
      secret_hash TEXT NOT NULL UNIQUE,
      sealed_secret TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS alert_feed_notices (
      meeting_id TEXT NOT NULL,
      notice_key TEXT NOT NULL,
      PRIMARY KEY (meeting_id, notice_key)
    );
  `);
  const upsert = db.prepare(
    `INSERT INTO alert_feeds (meeting_id, secret_hash, sealed_secret, created_at)
     VALUES (@meetingId, @secretHash, @sealedSecret, @createdAt)
     ON CONFLICT (meeting_id) DO UPDATE SET secret_hash = excluded.secret_hash,
       sealed_secret = excluded.sealed_secret, created_at = excluded.created_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM alert_feeds WHERE meeting_id = ?');
  const selectByMeeting = db.prepare<[string], Row>('SELECT * FROM alert_feeds WHERE meeting_id = ?');
  const selectBySecret = db.prepare<[string], Row>('SELECT * FROM alert_feeds WHERE secret_hash = ?');
  const insertNotice = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO alert_feed_notices (meeting_id, notice_key) VALUES (?, ?)',
  );
  const deleteNotice = db.prepare<[string, string]>(
    'DELETE FROM alert_feed_notices WHERE meeting_id = ? AND notice_key = ?',
  );
  const forgetAll = db.transaction((meetingId: string, keys: readonly string[]) => {
    for (const key of keys) deleteNotice.run(meetingId, key);
  });
  const countByMeeting = db.prepare<[string], { count: number }>(
    'SELECT COUNT(*) AS count FROM alert_feed_notices WHERE meeting_id = ?',
  );
  const recordAll = db.transaction((meetingId: string, keys: readonly string[]) => {
    const fresh = new Set<string>();
    for (const key of keys) if (insertNotice.run(meetingId, key).changes > 0) fresh.add(key);
    return fresh;
  });

  const fromRow = (row: Row): AlertFeedRecord => ({
    meetingId: row.meeting_id,
    secretHash: row.secret_hash,
    sealedSecret: row.sealed_secret,
    createdAt: row.created_at,
  });

  return {
    async open(feed) {
      upsert.run(feed);
    },
    async close(meetingId) {
      remove.run(meetingId);
    },
    async read(meetingId) {
      const row = selectByMeeting.get(meetingId);
      return row ? fromRow(row) : null;
    },
    async findBySecretHash(secretHash) {
      const row = selectBySecret.get(secretHash);
      return row ? fromRow(row) : null;
    },
    async recordNotices(meetingId, keys) {
      return recordAll(meetingId, keys);
    },
    async forgetNotices(meetingId, keys) {
      forgetAll(meetingId, keys);
    },
    async countNotices(meetingId) {
      return countByMeeting.get(meetingId)?.count ?? 0;
    },
  };
}
