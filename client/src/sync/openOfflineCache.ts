import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { readStorage, writeStorage } from '../identity/browserStorage.ts';
import { whenIdle } from './whenIdle.ts';

/** How long after its first sync a document waits for an idle moment before it is copied into IndexedDB. */
const FIRST_COPY_DEADLINE_MS = 1000;
/** A document that never syncs (opened offline on a first visit) is given its copy after this anyway. */
const UNSYNCED_COPY_AFTER_MS = 10_000;

export interface OfflineCache {
  /** The IndexedDB copy, or null while a document opened here for the first time waits to be copied. */
  readonly current: () => IndexeddbPersistence | null;
  /** Stops the copy (and the wait for it), leaving what is stored. */
  readonly destroy: () => void;
  /** Deletes what is stored for this document. */
  readonly clearData: () => Promise<void>;
}

const hasCopyKey = (name: string) => `debrief:has-offline-copy:${name}`;

/**
 * The offline copy of a document in IndexedDB. A document this browser has a copy of opens it at once, so that it
 * shows even when the server cannot be reached. One opened here for the first time has nothing to read back, and
 * copying it means encoding and writing the whole document: that waits until the server's copy has arrived and the
 * page is idle, so it does not delay the first render. A change made here before then opens the copy at once.
 */
export function openOfflineCache(docName: string, doc: Y.Doc, provider: WebsocketProvider): OfflineCache {
  const name = `debrief:${docName}`;
  let cache: IndexeddbPersistence | null = null;
  let stopWaiting: () => void = () => undefined;
  const open = (): IndexeddbPersistence => {
    stopWaiting();
    if (cache) return cache;
    const opened = new IndexeddbPersistence(name, doc);
    opened.once('synced', () => writeStorage(hasCopyKey(name), '1'));
    cache = opened;
    return opened;
  };

  if (readStorage(hasCopyKey(name)) !== null) open();
  else stopWaiting = openWhenIdleAfterSync(doc, provider, open);

  return {
    current: () => cache,
    destroy: () => {
      stopWaiting();
      cache?.destroy();
    },
    clearData: async () => {
      stopWaiting();
      await (cache ? cache.clearData() : clearDocument(name));
      // Cleared, it is a first visit again.
      try {
        window.localStorage.removeItem(hasCopyKey(name));
      } catch {
        // Storage is off: there is no flag to clear.
      }
    },
  };
}

function openWhenIdleAfterSync(doc: Y.Doc, provider: WebsocketProvider, open: () => void): () => void {
  let idle: (() => void) | null = null;
  // Soon, so that a refresh a moment later, or a network that drops, still finds the copy.
  const onSync = (synced: boolean) => {
    if (synced && idle === null) idle = whenIdle(open, FIRST_COPY_DEADLINE_MS);
  };
  // Someone's own change must be kept offline from the moment it is made. (Not an 'update' listener: with one, Yjs
  // would encode every update, the server's first sync included.)
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin !== provider && (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0)) {
      open();
    }
  };
  const timer = setTimeout(open, UNSYNCED_COPY_AFTER_MS);
  provider.on('sync', onSync);
  doc.on('afterTransaction', onTransaction);
  if (provider.synced) onSync(true);
  return () => {
    clearTimeout(timer);
    idle?.();
    provider.off('sync', onSync);
    doc.off('afterTransaction', onTransaction);
  };
}
