import { timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ParticipantStore } from './ParticipantStore.ts';

/** `key_hash` of a derived id: there is nothing to keep, since the id proves itself. */
const DERIVED = '';

export function createSqliteParticipantStore(db: Database.Database): ParticipantStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meeting_participants (
      meeting_id TEXT NOT NULL,
      participant_id TEXT NOT NULL,
      key_hash TEXT NOT NULL,
      joined_at INTEGER NOT NULL,
      PRIMARY KEY (meeting_id, participant_id)
    ) WITHOUT ROWID;
  `);
  const insert = db.prepare<[string, string, string, number]>(
    `INSERT INTO meeting_participants (meeting_id, participant_id, key_hash, joined_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id, participant_id) DO NOTHING`,
  );
  const selectKey = db.prepare<[string, string], { key_hash: string }>(
    'SELECT key_hash FROM meeting_participants WHERE meeting_id = ? AND participant_id = ?',
  );
  return {
    async recordJoin(meetingId, participantId) {
      insert.run(meetingId, participantId, DERIVED, Date.now());
    },
    async isLegacyClaim(meetingId, participantId, keyHash) {
      const stored = selectKey.get(meetingId, participantId)?.key_hash ?? DERIVED;
      if (stored === DERIVED) return false;
      const a = Buffer.from(stored);
      const b = Buffer.from(keyHash);
      return a.length === b.length && timingSafeEqual(a, b);
    },
    async hasJoined(meetingId, participantId) {
      return selectKey.get(meetingId, participantId) !== undefined;
    },
  };
}
