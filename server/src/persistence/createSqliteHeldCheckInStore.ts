import { isOneToFive } from '@debrief/shared';
import type Database from 'better-sqlite3';
import type { HeldCheckIn, HeldCheckInStore } from './HeldCheckInStore.ts';

interface Row {
  participant_id: string;
  owner_hash: string;
  name: string;
  note: string | null;
  mood: number | null;
  passed: number;
  at: number;
}

export function createSqliteHeldCheckInStore(db: Database.Database): HeldCheckInStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS held_check_ins (
      meeting_id TEXT NOT NULL,
      participant_id TEXT NOT NULL,
      owner_hash TEXT NOT NULL,
      name TEXT NOT NULL,
      note TEXT,
      mood INTEGER,
      passed INTEGER NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (meeting_id, participant_id)
    );
  `);
  // The owner is the participant id, which only its key can act as; the hash kept here once joined to a person.
  db.exec(`UPDATE held_check_ins SET owner_hash = '' WHERE owner_hash != ''`);
  const upsert = db.prepare(
    `INSERT INTO held_check_ins (meeting_id, participant_id, owner_hash, name, note, mood, passed, at)
     VALUES (@meetingId, @participantId, '', @name, @note, @mood, @passed, @at)
     ON CONFLICT (meeting_id, participant_id) DO UPDATE SET name = excluded.name,
       note = excluded.note, mood = excluded.mood, passed = excluded.passed, at = excluded.at`,
  );
  const selectOne = db.prepare<[string, string], Row>(
    'SELECT * FROM held_check_ins WHERE meeting_id = ? AND participant_id = ?',
  );
  const selectAll = db.prepare<[string], Row>('SELECT * FROM held_check_ins WHERE meeting_id = ? ORDER BY at');
  const remove = db.prepare<[string, string]>('DELETE FROM held_check_ins WHERE meeting_id = ? AND participant_id = ?');
  const removeAll = db.transaction((meetingId: string, ids: readonly string[]) => {
    for (const id of ids) remove.run(meetingId, id);
  });

  const fromRow = (row: Row): HeldCheckIn => ({
    participantId: row.participant_id,
    name: row.name,
    note: row.note,
    mood: isOneToFive(row.mood) ? row.mood : null,
    passed: row.passed === 1,
    at: row.at,
  });

  return {
    async hold(meetingId, checkIn) {
      upsert.run({ meetingId, ...checkIn, passed: checkIn.passed ? 1 : 0 });
    },
    async read(meetingId, participantId) {
      const row = selectOne.get(meetingId, participantId);
      return row ? fromRow(row) : null;
    },
    async readAll(meetingId) {
      return selectAll.all(meetingId).map(fromRow);
    },
    async release(meetingId, participantIds) {
      removeAll(meetingId, participantIds);
    },
  };
}
