import type { Room } from '../sync/Room.ts';
import type { PersistedUpdate } from '../sync/RoomHooks.ts';

/**
 * Carries what each instance accepts to the other instances serving the same documents. The sync code only speaks
 * to this interface; without one, a server runs on its own.
 */
export interface RoomFanOut {
  /** Where a document's messages from other instances start: taken before the room loads from the store. */
  mark(docName: string): Promise<string>;
  /** Delivers other instances' messages for the room, from `mark` on, until it leaves. */
  join(room: Room, mark: string): void;
  leave(room: Room): void;
  /** Passes on an update this instance has stored. */
  publishUpdate(docName: string, persisted: PersistedUpdate): void;
  /** Passes on presence changes of this instance's clients. */
  publishPresence(docName: string, update: Uint8Array): void;
  close(): Promise<void>;
}
