import type Database from 'better-sqlite3';
import type { BoardImageStore } from './BoardImageStore.ts';

export function createSqliteBoardImageStore(db: Database.Database): BoardImageStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS board_images (
      meeting_id TEXT PRIMARY KEY,
      svg TEXT NOT NULL
    );
  `);
  const select = db.prepare<[string], { svg: string }>('SELECT svg FROM board_images WHERE meeting_id = ?');
  const upsert = db.prepare<[string, string]>(
    `INSERT INTO board_images (meeting_id, svg) VALUES (?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET svg = excluded.svg`,
  );
  const remove = db.prepare<[string]>('DELETE FROM board_images WHERE meeting_id = ?');
  return {
    async read(meetingId) {
      return select.get(meetingId)?.svg ?? null;
    },
    async write(meetingId, svg) {
      upsert.run(meetingId, svg);
    },
    async remove(meetingId) {
      remove.run(meetingId);
    },
  };
}
