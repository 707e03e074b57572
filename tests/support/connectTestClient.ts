import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Resolves once the first sync with the server is complete. */
  synced(): Promise<void>;
  destroy(): void;
}

/** A real y-websocket client in Node, as an outside client would use it. */
export function connectTestClient(
  wsUrl: string,
  docName: string,
  options: {
    token?: string;
    doc?: Y.Doc;
    connect?: boolean;
    /** More query parameters, such as `person` and `proof` for a connection that shows who it is. */
    params?: Readonly<Record<string, string>>;
  } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    // Node 20 has no global WebSocket.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Two providers in one process would otherwise sync through BroadcastChannel, never touching the server.
    disableBc: true,
    params: { ...options.params, ...(options.token ? { token: options.token } : {}) },
    connect: options.connect ?? true,
  });
  return {
    doc,
    provider,
    synced: () =>
      new Promise<void>((resolve) => {
        if (provider.synced) return resolve();
        const onSync = (isSynced: boolean) => {
          if (!isSynced) return;
          provider.off('sync', onSync);
          resolve();
        };
        provider.on('sync', onSync);
      }),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
