import { timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { ParticipantStore } from '../ParticipantStore.ts';

/** `key_hash` of a derived id: there is nothing to keep, since the id proves itself. */
const DERIVED = '';

export function createPostgresParticipantStore(pool: pg.Pool): ParticipantStore {
  const readKeyHash = async (meetingId: string, participantId: string): Promise<string | null> => {
    const { rows } = await pool.query<{ key_hash: string }>(
      'SELECT key_hash FROM meeting_participants WHERE meeting_id = $1 AND participant_id = $2',
      [meetingId, participantId],
    );
    return rows[0]?.key_hash ?? null;
  };
  return {
    async recordJoin(meetingId, participantId) {
      await pool.query(
        `INSERT INTO meeting_participants (meeting_id, participant_id, key_hash, joined_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, participant_id) DO NOTHING`,
        [meetingId, participantId, DERIVED, Date.now()],
      );
    },
    async isLegacyClaim(meetingId, participantId, keyHash) {
      const stored = (await readKeyHash(meetingId, participantId)) ?? DERIVED;
      if (stored === DERIVED) return false;
      const a = Buffer.from(stored);
      const b = Buffer.from(keyHash);
      return a.length === b.length && timingSafeEqual(a, b);
    },
    async hasJoined(meetingId, participantId) {
      return (await readKeyHash(meetingId, participantId)) !== null;
    },
  };
}
