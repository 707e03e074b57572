import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openOfflineCache } from './openOfflineCache.ts';

let idle: (() => void)[] = [];
let storage: Map<string, string>;

beforeEach(() => {
  idle = [];
  storage = new Map();
  vi.stubGlobal('window', {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    cancelIdleCallback: () => undefined,
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
      removeItem: (key: string) => storage.delete(key),
    },
  });
  // IndexedDB that never opens: enough to see when the copy is made.
  vi.stubGlobal('indexedDB', { open: () => ({}) });
});
afterEach(() => vi.unstubAllGlobals());

function openDoc() {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider('ws://here/sync', 'm', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  });
  return { doc, provider };
}

describe('openOfflineCache', () => {
  it('opens the copy at once when this browser has one, so the meeting shows offline', () => {
    storage.set('debrief:has-offline-copy:debrief:m', '1');
    const { doc, provider } = openDoc();
    const cache = openOfflineCache('m', doc, provider);
    expect(cache.current()).not.toBeNull();
    cache.destroy();
    provider.destroy();
  });

  it('on a first visit, makes the copy once the server’s copy has arrived and the page is idle', () => {
    const { doc, provider } = openDoc();
    const cache = openOfflineCache('m', doc, provider);
    expect(cache.current()).toBeNull();
    // The server's copy arrives.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(new Y.Doc()), provider);
    provider.synced = true;
    expect(cache.current()).toBeNull();
    expect(idle).toHaveLength(1);
    for (const callback of idle) callback();
    expect(cache.current()).not.toBeNull();
    cache.destroy();
    provider.destroy();
  });

  it('on a first visit, makes the copy at once when something is written here, not when the server writes', () => {
    const { doc, provider } = openDoc();
    const cache = openOfflineCache('m', doc, provider);
    const server = new Y.Doc();
    server.getText('notes').insert(0, 'from the server');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), provider);
    expect(cache.current()).toBeNull();
    doc.getText('notes').insert(0, 'typed here ');
    expect(cache.current()).not.toBeNull();
    cache.destroy();
    provider.destroy();
  });
});
