import { isOneToFive, type RatingDistribution } from '@debrief/shared';
import type pg from 'pg';
import type { CheckOutRatingStore } from '../CheckOutRatingStore.ts';
import { LOCK_CLASS } from './lockKeys.ts';
import { withTransaction } from './withTransaction.ts';

const UPSERT = `
  INSERT INTO check_out_ratings (meeting_id, owner_hash, worth) VALUES ($1, $2, $3)
  ON CONFLICT (meeting_id, owner_hash) DO UPDATE SET worth = excluded.worth`;

async function readCounts(db: pg.Pool | pg.PoolClient, meetingId: string): Promise<RatingDistribution> {
  const { rows } = await db.query<{ worth: number; people: string }>(
    'SELECT worth, COUNT(*) AS people FROM check_out_ratings WHERE meeting_id = $1 GROUP BY worth',
    [meetingId],
  );
  const byWorth = [0, 0, 0, 0, 0];
  for (const row of rows) byWorth[row.worth - 1] = Number(row.people);
  return [byWorth[0] ?? 0, byWorth[1] ?? 0, byWorth[2] ?? 0, byWorth[3] ?? 0, byWorth[4] ?? 0];
}

export function createPostgresCheckOutRatingStore(pool: pg.Pool): CheckOutRatingStore {
  return {
    async read(meetingId, ratingId) {
      const { rows } = await pool.query<{ worth: number }>(
        'SELECT worth FROM check_out_ratings WHERE meeting_id = $1 AND owner_hash = $2',
        [meetingId, ratingId],
      );
      const worth = rows[0]?.worth;
      return isOneToFive(worth) ? worth : null;
    },
    async write(meetingId, ratingId, worth) {
      if (worth === null) {
        await pool.query('DELETE FROM check_out_ratings WHERE meeting_id = $1 AND owner_hash = $2', [
          meetingId,
          ratingId,
        ]);
      } else {
        await pool.query(UPSERT, [meetingId, ratingId, worth]);
      }
    },
    async counts(meetingId) {
      return readCounts(pool, meetingId);
    },
    async importEarlier(meetingId, earlier) {
      await withTransaction(pool, async (client) => {
        // Instances importing the same meeting at once take turns, so the second sees the first's ratings.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS.meetingRatings, meetingId]);
        if ((await readCounts(client, meetingId)).some((people) => people > 0)) return;
        for (const [index, people] of earlier.entries()) {
          for (let i = 0; i < people; i++)
            await client.query(UPSERT, [meetingId, `earlier:${index + 1}:${i}`, index + 1]);
        }
      });
    },
  };
}
