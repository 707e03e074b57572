import { isOneToFive, type RatingDistribution, type WorthRating } from '@debrief/shared';
import type Database from 'better-sqlite3';
import type { CheckOutRatingStore } from './CheckOutRatingStore.ts';

export function createSqliteCheckOutRatingStore(db: Database.Database): CheckOutRatingStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS check_out_ratings (
      meeting_id TEXT NOT NULL,
      owner_hash TEXT NOT NULL,
      worth INTEGER NOT NULL CHECK (worth BETWEEN 1 AND 5),
      PRIMARY KEY (meeting_id, owner_hash)
    ) WITHOUT ROWID;
  `);
  const selectOne = db.prepare<[string, string], { worth: number }>(
    'SELECT worth FROM check_out_ratings WHERE meeting_id = ? AND owner_hash = ?',
  );
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO check_out_ratings (meeting_id, owner_hash, worth) VALUES (?, ?, ?)
     ON CONFLICT (meeting_id, owner_hash) DO UPDATE SET worth = excluded.worth`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM check_out_ratings WHERE meeting_id = ? AND owner_hash = ?');
  const count = db.prepare<[string], { worth: number; people: number }>(
    'SELECT worth, COUNT(*) AS people FROM check_out_ratings WHERE meeting_id = ? GROUP BY worth',
  );
  const counts = (meetingId: string): RatingDistribution => {
    const byWorth = [0, 0, 0, 0, 0];
    for (const row of count.all(meetingId)) byWorth[row.worth - 1] = row.people;
    return [byWorth[0] ?? 0, byWorth[1] ?? 0, byWorth[2] ?? 0, byWorth[3] ?? 0, byWorth[4] ?? 0];
  };
  const write = db.transaction(
    (meetingId: string, ownerHash: string, worth: WorthRating | null, earlier: RatingDistribution) => {
      if (counts(meetingId).every((people) => people === 0)) {
        // Ratings from before they were kept here: each becomes an anonymous row of its own.
        earlier.forEach((people, index) => {
          for (let i = 0; i < people; i++) upsert.run(meetingId, `earlier:${index + 1}:${i}`, index + 1);
        });
      }
      if (worth === null) remove.run(meetingId, ownerHash);
      else upsert.run(meetingId, ownerHash, worth);
      return counts(meetingId);
    },
  );
  return {
    async read(meetingId, ownerHash) {
      const worth = selectOne.get(meetingId, ownerHash)?.worth;
      return isOneToFive(worth) ? worth : null;
    },
    async write(meetingId, ownerHash, worth, earlier) {
      return write(meetingId, ownerHash, worth, earlier);
    },
  };
}
