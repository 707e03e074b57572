import type pg from 'pg';
import type { AlertFeedRecord, AlertFeedStore } from '../AlertFeedStore.ts';

interface Row {
  meeting_id: string;
  secret_hash: string;
  sealed_secret: string;
  created_at: string;
}

const fromRow = (row: Row): AlertFeedRecord => ({
  meetingId: row.meeting_id,
  secretHash: row.secret_hash,
  sealedSecret: row.sealed_secret,
  createdAt: Number(row.created_at),
});

export function createPostgresAlertFeedStore(pool: pg.Pool): AlertFeedStore {
  const readOne = async (column: 'meeting_id' | 'secret_hash', value: string) => {
    const { rows } = await pool.query<Row>(`SELECT * FROM alert_feeds WHERE ${column} = $1`, [value]);
    return rows[0] ? fromRow(rows[0]) : null;
  };
  return {
    async open(feed) {
      await pool.query(
        `INSERT INTO alert_feeds (meeting_id, secret_hash, sealed_secret, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id) DO UPDATE SET secret_hash = excluded.secret_hash,
           sealed_secret = excluded.sealed_secret, created_at = excluded.created_at`,
        [feed.meetingId, feed.secretHash, feed.sealedSecret, feed.createdAt],
      );
    },
    async close(meetingId) {
      await pool.query('DELETE FROM alert_feeds WHERE meeting_id = $1', [meetingId]);
    },
    async read(meetingId) {
      return readOne('meeting_id', meetingId);
    },
    async findBySecretHash(secretHash) {
      return readOne('secret_hash', secretHash);
    },
    async recordNotices(meetingId, keys) {
      // Only the instance whose insert lands gets a key back, however many record it at once. Keys go in sorted,
      // so two instances recording the same keys wait for each other in one order and never deadlock.
      const { rows } = await pool.query<{ notice_key: string }>(
        `INSERT INTO alert_feed_notices (meeting_id, notice_key)
         SELECT DISTINCT $1::text, key FROM unnest($2::text[]) AS key ORDER BY key
         ON CONFLICT (meeting_id, notice_key) DO NOTHING
         RETURNING notice_key`,
        [meetingId, keys],
      );
      return new Set(rows.map((row) => row.notice_key));
    },
    async forgetNotices(meetingId, keys) {
      await pool.query('DELETE FROM alert_feed_notices WHERE meeting_id = $1 AND notice_key = ANY($2::text[])', [
        meetingId,
        keys,
      ]);
    },
    async countNotices(meetingId) {
      const { rows } = await pool.query<{ count: string }>(
        'SELECT COUNT(*) AS count FROM alert_feed_notices WHERE meeting_id = $1',
        [meetingId],
      );
      return Number(rows[0]?.count ?? 0);
    },
  };
}
