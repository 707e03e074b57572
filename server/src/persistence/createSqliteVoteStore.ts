import type Database from 'better-sqlite3';
import type { VoteStore } from './VoteStore.ts';

export function createSqliteVoteStore(db: Database.Database): VoteStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS lesson_votes (
      meeting_id TEXT NOT NULL,
      ballot_id TEXT NOT NULL,
      card_id TEXT NOT NULL,
      votes INTEGER NOT NULL CHECK (votes > 0),
      PRIMARY KEY (meeting_id, ballot_id, card_id)
    );
    CREATE INDEX IF NOT EXISTS lesson_votes_by_card ON lesson_votes (meeting_id, card_id);
  `);
  const selectBallot = db.prepare<[string, string], { card_id: string; votes: number }>(
    'SELECT card_id, votes FROM lesson_votes WHERE meeting_id = ? AND ballot_id = ?',
  );
  const upsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO lesson_votes (meeting_id, ballot_id, card_id, votes) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id, ballot_id, card_id) DO UPDATE SET votes = excluded.votes`,
  );
  const remove = db.prepare<[string, string, string]>(
    'DELETE FROM lesson_votes WHERE meeting_id = ? AND ballot_id = ? AND card_id = ?',
  );
  const selectTotal = db.prepare<[string, string], { total: number | null }>(
    'SELECT SUM(votes) AS total FROM lesson_votes WHERE meeting_id = ? AND card_id = ?',
  );
  const countVoters = db.prepare<[string], { voters: number }>(
    'SELECT COUNT(DISTINCT ballot_id) AS voters FROM lesson_votes WHERE meeting_id = ?',
  );
  const writeVote = db.transaction((meetingId: string, ballotId: string, cardId: string, count: number): number => {
    if (count > 0) upsert.run(meetingId, ballotId, cardId, count);
    else remove.run(meetingId, ballotId, cardId);
    return selectTotal.get(meetingId, cardId)?.total ?? 0;
  });
  return {
    async readBallot(meetingId, ballotId) {
      return Object.fromEntries(selectBallot.all(meetingId, ballotId).map((row) => [row.card_id, row.votes]));
    },
    async writeVote(meetingId, ballotId, cardId, count) {
      return writeVote(meetingId, ballotId, cardId, count);
    },
    async countVoters(meetingId) {
      return countVoters.get(meetingId)?.voters ?? 0;
    },
  };
}
