import pg from 'pg';
import type { Stores } from '../Stores.ts';
import { createPostgresAlertFeedStore } from './createPostgresAlertFeedStore.ts';
import { createPostgresBoardImageStore } from './createPostgresBoardImageStore.ts';
import { createPostgresCheckOutRatingStore } from './createPostgresCheckOutRatingStore.ts';
import { createPostgresHeldCheckInStore } from './createPostgresHeldCheckInStore.ts';
import { createPostgresLibraryStore } from './createPostgresLibraryStore.ts';
import { createPostgresMeetingStore } from './createPostgresMeetingStore.ts';
import { createPostgresOutboxStore } from './createPostgresOutboxStore.ts';
import { createPostgresParticipantStore } from './createPostgresParticipantStore.ts';
import { createPostgresRoomStore } from './createPostgresRoomStore.ts';
import { createPostgresVoteStore } from './createPostgresVoteStore.ts';
import { migratePostgres } from './migratePostgres.ts';

export interface PostgresStores {
  readonly stores: Stores;
  readonly pool: pg.Pool;
  /** Closes the stores, then every connection. */
  close(): Promise<void>;
}

/**
 * Every store on one PostgreSQL database, which several instances may share. The schema is brought up to date
 * first.
 */
export async function createPostgresStores(databaseUrl: string): Promise<PostgresStores> {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // An idle connection the server drops is replaced by the pool; unheard, the error would end the process.
  pool.on('error', (error) => console.error('A PostgreSQL connection was lost:', error.message));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const stores: Stores = {
    rooms: createPostgresRoomStore(pool),
    meetings: createPostgresMeetingStore(pool),
    votes: createPostgresVoteStore(pool),
    heldCheckIns: createPostgresHeldCheckInStore(pool),
    participants: createPostgresParticipantStore(pool),
    checkOutRatings: createPostgresCheckOutRatingStore(pool),
    alertFeeds: createPostgresAlertFeedStore(pool),
    outbox: createPostgresOutboxStore(pool),
    library: createPostgresLibraryStore(pool),
    boardImages: createPostgresBoardImageStore(pool),
  };
  return {
    stores,
    pool,
    async close() {
      await stores.rooms.close();
      await pool.end();
    },
  };
}
