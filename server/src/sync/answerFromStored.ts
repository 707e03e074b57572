import { SyncMessageType } from '@debrief/shared';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { StoredDocument } from '../persistence/RoomStore.ts';
import { encodeSyncStep2Update } from './encodeMessages.ts';

export interface StoredAnswer {
  /** The sync step 2 to send. */
  readonly message: Uint8Array;
  /**
   * What the client holds once it has applied it, for the room to send the rest when it has loaded. Worked out when
   * first asked for, after the answer has gone: it reads the whole document again (tens of milliseconds for 1 MB).
   * Null when that fails: the room then answers the client's request itself.
   */
  readonly stateVector: () => Uint8Array | null;
}

/**
 * The answer to a client's sync step 1 from a document's stored bytes, without building the document: the stored
 * snapshot and updates, less what the client already has. Null when `message` is not a sync step 1 or the store's
 * copy cannot be read (the room answers it then, once loaded). A whole-document request on a document stored as one
 * piece gets those bytes as they are, unread: the store holds only what the server wrote after checking it.
 */
export function answerFromStored(message: Uint8Array, stored: StoredDocument): StoredAnswer | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== SyncMessageType.sync) return null;
    if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) return null;
    const clientState = decoding.readVarUint8Array(decoder);
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : [...stored.updates];
    const whole = parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts);
    const missing = isEmptyStateVector(clientState) ? whole : Y.diffUpdate(whole, clientState);
    let stateVector: Uint8Array | null | undefined;
    return {
      message: encodeSyncStep2Update(missing),
      stateVector: () => {
        if (stateVector === undefined) {
          try {
            stateVector = Y.encodeStateVectorFromUpdate(whole);
          } catch {
            stateVector = null;
          }
        }
        return stateVector;
      },
    };
  } catch {
    return null;
  }
}

/** The state vector of a client that has no document yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
