import type pg from 'pg';
import type { BoardImageStore } from '../BoardImageStore.ts';

export function createPostgresBoardImageStore(pool: pg.Pool): BoardImageStore {
  return {
    async read(meetingId) {
      const { rows } = await pool.query<{ svg: string }>('SELECT svg FROM board_images WHERE meeting_id = $1', [
        meetingId,
      ]);
      return rows[0]?.svg ?? null;
    },
    async write(meetingId, svg) {
      await pool.query(
        `INSERT INTO board_images (meeting_id, svg) VALUES ($1, $2)
         ON CONFLICT (meeting_id) DO UPDATE SET svg = excluded.svg`,
        [meetingId, svg],
      );
    },
    async remove(meetingId) {
      await pool.query('DELETE FROM board_images WHERE meeting_id = $1', [meetingId]);
    },
  };
}
