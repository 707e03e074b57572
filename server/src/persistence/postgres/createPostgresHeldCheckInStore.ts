import { isOneToFive } from '@debrief/shared';
import type pg from 'pg';
import type { HeldCheckIn, HeldCheckInStore } from '../HeldCheckInStore.ts';

interface Row {
  participant_id: string;
  name: string;
  note: string | null;
  mood: number | null;
  passed: boolean;
  at: string;
}

export function createPostgresHeldCheckInStore(pool: pg.Pool): HeldCheckInStore {
  const fromRow = (row: Row): HeldCheckIn => ({
    participantId: row.participant_id,
    name: row.name,
    note: row.note,
    mood: isOneToFive(row.mood) ? row.mood : null,
    passed: row.passed,
    at: Number(row.at),
  });

  return {
    async hold(meetingId, checkIn) {
      await pool.query(
        `INSERT INTO held_check_ins (meeting_id, participant_id, name, note, mood, passed, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (meeting_id, participant_id) DO UPDATE SET name = excluded.name,
           note = excluded.note, mood = excluded.mood, passed = excluded.passed, at = excluded.at`,
        [meetingId, checkIn.participantId, checkIn.name, checkIn.note, checkIn.mood, checkIn.passed, checkIn.at],
      );
    },
    async read(meetingId, participantId) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM held_check_ins WHERE meeting_id = $1 AND participant_id = $2',
        [meetingId, participantId],
      );
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async readAll(meetingId) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM held_check_ins WHERE meeting_id = $1 ORDER BY at, participant_id',
        [meetingId],
      );
      return rows.map(fromRow);
    },
    async release(meetingId, participantIds) {
      await pool.query('DELETE FROM held_check_ins WHERE meeting_id = $1 AND participant_id = ANY($2::text[])', [
        meetingId,
        participantIds,
      ]);
    },
  };
}
