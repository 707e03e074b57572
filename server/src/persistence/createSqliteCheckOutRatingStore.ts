import { isOneToFive, type RatingDistribution } from '@debrief/shared';
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
  // Ratings used to be kept under the same hash the participant table keeps for a person: that joined each rating
  // to a name. Each such row gets a random id, so it still counts and no longer says whose it is.
  db.exec(`
    UPDATE check_out_ratings SET owner_hash = 'earlier:' || lower(hex(randomblob(16)))
    WHERE length(owner_hash) = 64 AND owner_hash NOT GLOB '*[^0-9a-f]*';
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
  const importEarlier = db.transaction((meetingId: string, earlier: RatingDistribution) => {
    if (counts(meetingId).some((people) => people > 0)) return;
    earlier.forEach((people, index) => {
      for (let i = 0; i < people; i++) upsert.run(meetingId, `earlier:${index + 1}:${i}`, index + 1);
    });
  });
  return {
    async read(meetingId, ratingId) {
      const worth = selectOne.get(meetingId, ratingId)?.worth;
      return isOneToFive(worth) ? worth : null;
    },
    async write(meetingId, ratingId, worth) {
      if (worth === null) remove.run(meetingId, ratingId);
      else upsert.run(meetingId, ratingId, worth);
    },
    async counts(meetingId) {
      return counts(meetingId);
    },
    async importEarlier(meetingId, earlier) {
      importEarlier(meetingId, earlier);
    },
  };
}
