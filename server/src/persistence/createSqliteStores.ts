import type Database from 'better-sqlite3';
import { createSqliteAlertFeedStore } from './createSqliteAlertFeedStore.ts';
import { createSqliteBoardImageStore } from './createSqliteBoardImageStore.ts';
import { createSqliteCheckOutRatingStore } from './createSqliteCheckOutRatingStore.ts';
import { createSqliteHeldCheckInStore } from './createSqliteHeldCheckInStore.ts';
import { createSqliteLibraryStore } from './createSqliteLibraryStore.ts';
import { createSqliteMeetingStore } from './createSqliteMeetingStore.ts';
import { createSqliteOutboxStore } from './createSqliteOutboxStore.ts';
import { createSqliteParticipantStore } from './createSqliteParticipantStore.ts';
import { createSqliteRoomStore } from './createSqliteRoomStore.ts';
import { createSqliteVoteStore } from './createSqliteVoteStore.ts';
import type { Stores } from './Stores.ts';

/** Every store on one SQLite database. */
export function createSqliteStores(db: Database.Database): Stores {
  return {
    rooms: createSqliteRoomStore(db),
    meetings: createSqliteMeetingStore(db),
    votes: createSqliteVoteStore(db),
    heldCheckIns: createSqliteHeldCheckInStore(db),
    participants: createSqliteParticipantStore(db),
    checkOutRatings: createSqliteCheckOutRatingStore(db),
    alertFeeds: createSqliteAlertFeedStore(db),
    outbox: createSqliteOutboxStore(db),
    library: createSqliteLibraryStore(db),
    boardImages: createSqliteBoardImageStore(db),
  };
}
