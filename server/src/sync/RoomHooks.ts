import type { Room } from './Room.ts';

/** What a room has just made durable: one update that holds positions `fromSeq` to `toSeq` of its document's log. */
export interface PersistedUpdate {
  readonly update: Uint8Array;
  readonly fromSeq: number;
  readonly toSeq: number;
}

/**
 * Where a room tells others about what it accepted, such as other instances serving the same documents. Called
 * synchronously; a hook must not throw, and does its own I/O in the background.
 */
export interface RoomHooks {
  /** After updates this instance accepted (from its clients or on the server's behalf) are stored. */
  afterPersist?(room: Room, persisted: PersistedUpdate): void;
  /** After presence changes of this instance's clients are applied: an awareness update to pass on as it is. */
  afterPresence?(room: Room, update: Uint8Array): void;
  /** After the document took in changes another instance made, heard directly or read back from the store. */
  afterOutsideChange?(room: Room): void;
}
