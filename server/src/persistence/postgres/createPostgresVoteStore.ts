import type pg from 'pg';
import type { VoteStore } from '../VoteStore.ts';
import { LOCK_CLASS } from './lockKeys.ts';
import { withTransaction } from './withTransaction.ts';

export function createPostgresVoteStore(pool: pg.Pool): VoteStore {
  return {
    async readBallot(meetingId, ballotId) {
      const { rows } = await pool.query<{ card_id: string; votes: number }>(
        'SELECT card_id, votes FROM lesson_votes WHERE meeting_id = $1 AND ballot_id = $2',
        [meetingId, ballotId],
      );
      return Object.fromEntries(rows.map((row) => [row.card_id, row.votes]));
    },
    async writeVote(meetingId, ballotId, cardId, count) {
      return withTransaction(pool, async (client) => {
        // Writers to one card take turns, so the total each reads includes every vote committed before it.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          LOCK_CLASS.votesOnCard,
          `${meetingId}/${cardId}`,
        ]);
        if (count > 0) {
          await client.query(
            `INSERT INTO lesson_votes (meeting_id, ballot_id, card_id, votes) VALUES ($1, $2, $3, $4)
             ON CONFLICT (meeting_id, ballot_id, card_id) DO UPDATE SET votes = excluded.votes`,
            [meetingId, ballotId, cardId, count],
          );
        } else {
          await client.query('DELETE FROM lesson_votes WHERE meeting_id = $1 AND ballot_id = $2 AND card_id = $3', [
            meetingId,
            ballotId,
            cardId,
          ]);
        }
        const { rows } = await client.query<{ total: string | null }>(
          'SELECT SUM(votes) AS total FROM lesson_votes WHERE meeting_id = $1 AND card_id = $2',
          [meetingId, cardId],
        );
        return Number(rows[0]?.total ?? 0);
      });
    },
    async countVoters(meetingId) {
      const { rows } = await pool.query<{ voters: string }>(
        'SELECT COUNT(DISTINCT ballot_id) AS voters FROM lesson_votes WHERE meeting_id = $1',
        [meetingId],
      );
      return Number(rows[0]?.voters ?? 0);
    },
    async readTotals(meetingId) {
      const { rows } = await pool.query<{ card_id: string; total: string }>(
        'SELECT card_id, SUM(votes) AS total FROM lesson_votes WHERE meeting_id = $1 GROUP BY card_id',
        [meetingId],
      );
      return Object.fromEntries(rows.map((row) => [row.card_id, Number(row.total)]));
    },
  };
}
