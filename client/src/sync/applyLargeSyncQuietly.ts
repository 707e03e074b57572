import type { IndexeddbPersistence } from 'y-indexeddb';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { readSyncStep2Update } from './readSyncStep2Update.ts';

/**
 * Server answers bigger than this are applied without the work the update listeners would add; a typical meeting's
 * first sync (100 events, 60 cards) is about 64 KiB.
 */
export const LARGE_SYNC_BYTES = 16 * 1024;
/** The cache write waits for an idle moment, but no longer than this. */
const CACHE_WRITE_DEADLINE_MS = 3000;

/**
 * A meeting's first sync can be a megabyte. Applied as is, Yjs encodes it again for the document's update
 * listeners (the provider, which ignores its own updates, and the IndexedDB cache), and the cache copies it at
 * once: a third of the time the page is blocked. So a large sync-step-2 is applied with those two listeners
 * detached, and the bytes the server sent are written to the cache when the page is idle. Returns a function that
 * restores the provider's own handler.
 */
export function applyLargeSyncQuietly(provider: WebsocketProvider, cache: IndexeddbPersistence): () => void {
  const original = provider.messageHandlers[messageSync];
  if (!original) return () => undefined;
  const { doc } = provider;
  const pendingWrites = new Set<() => void>();

  provider.messageHandlers[messageSync] = (encoder, decoder, handlerProvider, emitSynced, messageType) => {
    const update = readSyncStep2Update(decoder.arr, decoder.pos);
    if (update === null || update.byteLength < LARGE_SYNC_BYTES) {
      original(encoder, decoder, handlerProvider, emitSynced, messageType);
      return;
    }
    doc.off('update', provider._updateHandler);
    doc.off('update', cache._storeUpdate);
    try {
      original(encoder, decoder, handlerProvider, emitSynced, messageType);
    } finally {
      doc.on('update', provider._updateHandler);
      doc.on('update', cache._storeUpdate);
    }
    // A cache that is still opening (as on a first visit) stores the whole document once it opens, this update included.
    if (cache.db === null) return;
    const stored = update.slice();
    const cancel = whenIdle(() => {
      pendingWrites.delete(cancel);
      // The same call the cache makes for every update; the provider is the origin, as for any server update.
      cache._storeUpdate(stored, provider);
    });
    pendingWrites.add(cancel);
  };

  return () => {
    provider.messageHandlers[messageSync] = original;
    for (const cancel of pendingWrites) cancel();
    pendingWrites.clear();
  };
}

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: CACHE_WRITE_DEADLINE_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 200);
  return () => clearTimeout(timer);
}
