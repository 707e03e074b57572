import { messageSync, type WebsocketProvider } from 'y-websocket';
import type { OfflineCache } from './openOfflineCache.ts';
import { readSyncStep2Update } from './readSyncStep2Update.ts';
import { whenIdle } from './whenIdle.ts';

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
export function applyLargeSyncQuietly(provider: WebsocketProvider, offline: OfflineCache): () => void {
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
    const cache = offline.current();
    doc.off('update', provider._updateHandler);
    if (cache) doc.off('update', cache._storeUpdate);
    try {
      original(encoder, decoder, handlerProvider, emitSynced, messageType);
    } finally {
      doc.on('update', provider._updateHandler);
      if (cache) doc.on('update', cache._storeUpdate);
    }
    // A cache that is not open yet (as on a first visit) stores the whole document once it opens, this update
    // included.
    if (cache === null || cache.db === null) return;
    const stored = update.slice();
    const cancel = whenIdle(() => {
      pendingWrites.delete(cancel);
      // The same call the cache makes for every update; the provider is the origin, as for any server update.
      cache._storeUpdate(stored, provider);
    }, CACHE_WRITE_DEADLINE_MS);
    pendingWrites.add(cancel);
  };

  return () => {
    provider.messageHandlers[messageSync] = original;
    for (const cancel of pendingWrites) cancel();
    pendingWrites.clear();
  };
}
