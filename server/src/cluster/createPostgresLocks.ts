import pg from 'pg';
import { createSerialiser } from '../meeting/createSerialiser.ts';
import { DOCUMENT_LOCK_PREFIX, type DocumentLocks } from './DocumentLocks.ts';

/**
 * Locks shared by every instance on one PostgreSQL database: a session advisory lock per key, held while the task
 * runs. An instance that dies loses its session, and with it its locks. Tasks for one key on this instance queue here
 * first, so they wait without holding a database connection each.
 */
export function createPostgresLocks(databaseUrl: string): DocumentLocks {
  // Pools of their own: a task holding a lock still needs the stores' pool for its writes. A service's task (votes,
  // check-ins) may take a document's lock inside its own, never the other way round: with one pool each, tasks
  // waiting for the outer kind can never use up the connections the inner kind needs.
  const outerPool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  const documentPool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  for (const pool of [outerPool, documentPool]) {
    pool.on('error', (error) => console.error('A PostgreSQL lock connection failed:', error.message));
  }
  const serialise = createSerialiser();
  return {
    run(key, task) {
      const pool = key.startsWith(DOCUMENT_LOCK_PREFIX) ? documentPool : outerPool;
      return serialise(key, async () => {
        const client = await pool.connect();
        let locked = false;
        try {
          await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
          locked = true;
          return await task();
        } finally {
          if (locked) {
            await client
              .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key])
              .then(() => client.release())
              // A session that cannot unlock is closed, which unlocks it.
              .catch((error: Error) => client.release(error));
          } else {
            client.release();
          }
        }
      });
    },
    close: async () => {
      await Promise.all([outerPool.end(), documentPool.end()]);
    },
  };
}
