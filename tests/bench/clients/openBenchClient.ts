import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RoomAddress } from '../servers/BenchServer.ts';

export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves at the first full sync with the server. */
  readonly synced: Promise<void>;
  isSynced(): boolean;
  destroy(): void;
}

/** Opens a document the way a browser would: each server's own client library, one websocket per client. */
export function openBenchClient(
  address: RoomAddress,
  doc = new Y.Doc(),
  WebSocketClass: typeof WebSocket = WebSocket,
): BenchClient {
  if (address.kind === 'hocuspocus') {
    // One socket per client, as each browser tab has its own.
    const socket = new HocuspocusProviderWebsocket({ url: address.url, WebSocketPolyfill: WebSocketClass });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: address.docName, document: doc });
    provider.attach();
    const synced = new Promise<void>((resolve) => {
      if (provider.isSynced) resolve();
      else provider.on('synced', () => resolve());
    });
    return {
      doc,
      synced,
      isSynced: () => provider.isSynced,
      destroy: () => {
        provider.destroy();
        socket.destroy();
        doc.destroy();
      },
    };
  }
  const provider = new WebsocketProvider(address.url, address.docName, doc, {
    // Node 20 has no global WebSocket.
    WebSocketPolyfill: WebSocketClass as unknown as typeof globalThis.WebSocket,
    // Clients in one process would otherwise sync through BroadcastChannel, never touching the server.
    disableBc: true,
    params: address.token ? { token: address.token } : {},
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) return resolve();
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    synced,
    isSynced: () => provider.synced,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
