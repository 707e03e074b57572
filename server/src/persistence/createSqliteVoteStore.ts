import { randomBytes } from 'node:crypto';
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
  // Ballots used to be named by the same hash the participant table keeps for a person, which joined each vote to
  // a name. Each such ballot gets a random name instead: its votes still count, and no longer say whose they are.
  db.transaction(() => {
    const old = db
      .prepare<[], { meeting_id: string; ballot_id: string }>(
        `SELECT DISTINCT meeting_id, ballot_id FROM lesson_votes
         WHERE length(ballot_id) = 64 AND ballot_id NOT GLOB '*[^0-9a-f]*'`,
      )
      .all();
    const rename = db.prepare<[string, string, string]>(
      'UPDATE lesson_votes SET ballot_id = ? WHERE meeting_id = ? AND ballot_id = ?',
    );
    for (const row of old) rename.run(`earlier:${randomBytes(16).toString('hex')}`, row.meeting_id, row.ballot_id);
  })();
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
  const selectTotals = db.prepare<[string], { card_id: string; total: number }>(
    'SELECT card_id, SUM(votes) AS total FROM lesson_votes WHERE meeting_id = ? GROUP BY card_id',
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
    async readTotals(meetingId) {
      return Object.fromEntries(selectTotals.all(meetingId).map((row) => [row.card_id, row.total]));
    },
  };
}
