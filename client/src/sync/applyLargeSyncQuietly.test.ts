import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { applyLargeSyncQuietly, LARGE_SYNC_BYTES } from './applyLargeSyncQuietly.ts';
import type { OfflineCache } from './openOfflineCache.ts';
import { FakeSocket, servedNotes, syncStep2Message } from './syncTestSupport.ts';

let idle: (() => void)[] = [];

beforeEach(() => {
  idle = [];
  vi.stubGlobal('window', {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    cancelIdleCallback: () => undefined,
  });
  // A database that never opens: the cache is made, and its `db` is set by hand below.
  vi.stubGlobal('indexedDB', { open: () => ({}) });
});
afterEach(() => vi.unstubAllGlobals());

/** A provider whose socket is open, and a cache whose writes land in `stored`. */
function openCopy() {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider('ws://here/sync', 'm', doc, {
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
    disableBc: true,
  });
  const socket = provider.ws as unknown as FakeSocket;
  socket.onopen?.(new Event('open'));
  const cache = new IndexeddbPersistence('debrief:m', doc);
  const stored: Uint8Array[] = [];
  const store = {
    add: (update: Uint8Array) => {
      stored.push(update);
      return {};
    },
  };
  (cache as unknown as { db: unknown }).db = { transaction: () => ({ objectStore: () => store }) };
  const offline: OfflineCache = { current: () => cache, destroy: () => undefined, clearData: async () => undefined };
  return { doc, provider, socket, cache, stored, offline };
}

// applyLargeSyncQuietly detaches two private update listeners, y-websocket's `_updateHandler` and y-indexeddb's
// `_storeUpdate`, and calls the second itself. If either library changes them, the first two tests fail.
describe('the listeners applyLargeSyncQuietly relies on', () => {
  it("y-websocket sends a change made here through the provider's _updateHandler, and not once it is detached", () => {
    const { doc, provider, socket } = openCopy();
    const sentBefore = socket.sent.length;
    doc.getText('notes').insert(0, 'a');
    expect(socket.sent.length).toBe(sentBefore + 1);
    doc.off('update', provider._updateHandler);
    doc.getText('notes').insert(0, 'b');
    expect(socket.sent.length).toBe(sentBefore + 1);
    provider.destroy();
  });

  it("y-indexeddb stores each update through the cache's _storeUpdate, and not once it is detached", () => {
    const { doc, provider, cache, stored } = openCopy();
    doc.getText('notes').insert(0, 'a');
    expect(stored).toHaveLength(1);
    doc.off('update', cache._storeUpdate);
    doc.getText('notes').insert(0, 'b');
    expect(stored).toHaveLength(1);
    const update = servedNotes('abc');
    cache._storeUpdate(update, provider);
    expect(stored).toHaveLength(2);
    expect(stored[1]).toBe(update);
    provider.destroy();
  });
});

describe('applyLargeSyncQuietly', () => {
  it('applies a large first sync without the listeners, stores its bytes when the page is idle, then listens again', () => {
    const { doc, provider, socket, stored, offline } = openCopy();
    const stop = applyLargeSyncQuietly(provider, offline);
    const update = servedNotes('x'.repeat(LARGE_SYNC_BYTES * 2));
    socket.onmessage?.(syncStep2Message(update));
    expect(doc.getText('notes').length).toBe(LARGE_SYNC_BYTES * 2);
    expect(provider.synced).toBe(true);
    expect(stored).toHaveLength(0);
    for (const callback of idle) callback();
    expect(stored).toHaveLength(1);
    expect([...(stored[0] ?? [])]).toEqual([...update]);
    // Changes made here afterwards are sent and stored as before.
    const sentBefore = socket.sent.length;
    doc.getText('notes').insert(0, 'a');
    expect(socket.sent.length).toBe(sentBefore + 1);
    expect(stored).toHaveLength(2);
    stop();
    provider.destroy();
  });

  it('leaves a small sync to the usual listeners', () => {
    const { doc, provider, socket, stored, offline } = openCopy();
    const stop = applyLargeSyncQuietly(provider, offline);
    socket.onmessage?.(syncStep2Message(servedNotes('x'.repeat(100))));
    expect(doc.getText('notes').length).toBe(100);
    expect(stored).toHaveLength(1);
    expect(idle).toHaveLength(0);
    stop();
    provider.destroy();
  });
});
