import { timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ParticipantStore } from './ParticipantStore.ts';

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
  const claim = db.transaction((meetingId: string, participantId: string, keyHash: string): boolean => {
    insert.run(meetingId, participantId, keyHash, Date.now());
    const stored = selectKey.get(meetingId, participantId)?.key_hash ?? '';
    const a = Buffer.from(stored);
    const b = Buffer.from(keyHash);
    return a.length === b.length && timingSafeEqual(a, b);
  });
  return {
    async claim(meetingId, participantId, keyHash) {
      return claim(meetingId, participantId, keyHash);
    },
    async hasJoined(meetingId, participantId) {
      return selectKey.get(meetingId, participantId) !== undefined;
    },
  };
}
